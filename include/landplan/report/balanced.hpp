// Rounding that keeps sums: the bureau's tables round every figure yet children add up to their
// parent exactly, by giving the rounding remainder to the largest remainders first.
#pragma once

#include <vector>

namespace landplan::report {

// `values` rounded to `decimals` places so that they add up exactly to `total` rounded to the
// same places: each value is rounded down, and the units still missing go one each to the values
// with the largest remainders (ties: the larger value, then the earlier one). `total` is
// normally the sum of `values`; every value is ≥ 0.
std::vector<double> round_to_total(const std::vector<double>& values, double total, int decimals);

}  // namespace landplan::report
