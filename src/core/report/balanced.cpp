// Largest-remainder rounding, counted in whole units of the last decimal place.
#include "landplan/report/balanced.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace landplan::report {

std::vector<double> round_to_total(const std::vector<double>& values, double total, int decimals) {
  const double scale = std::pow(10.0, decimals);
  std::vector<std::int64_t> units(values.size());
  std::vector<double> remainder(values.size());
  std::int64_t assigned = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    double scaled = values[i] * scale;
    // A value a hair under a whole unit (0.1 + 0.2 = 0.30000000000000004 the other way) is that
    // unit, not one less plus a remainder of 0.9999999.
    double whole = std::floor(scaled + 1e-9);
    units[i] = static_cast<std::int64_t>(whole);
    remainder[i] = std::max(0.0, scaled - whole);
    assigned += units[i];
  }
  std::int64_t missing = std::llround(total * scale) - assigned;
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (remainder[a] != remainder[b]) return remainder[a] > remainder[b];
    return values[a] > values[b];
  });
  // Normally 0 ≤ missing < values.size(); a total that is not the values' sum may ask more or
  // less, which goes round the same order (never below zero).
  for (std::size_t k = 0; missing != 0 && !order.empty(); k = (k + 1) % order.size()) {
    std::size_t i = order[missing > 0 ? k : order.size() - 1 - k];
    if (missing > 0) {
      ++units[i];
      --missing;
    } else if (units[i] > 0) {
      --units[i];
      ++missing;
    } else if (std::all_of(units.begin(), units.end(), [](std::int64_t u) { return u == 0; })) {
      break;
    }
  }
  std::vector<double> rounded(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) rounded[i] = static_cast<double>(units[i]) / scale;
  return rounded;
}

}  // namespace landplan::report
