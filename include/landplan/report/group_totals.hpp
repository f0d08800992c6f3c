// Features summed by the value of a field: the rows of the --summary tables (area, length).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "landplan/layer.hpp"

namespace landplan::report {

struct GroupTotal {
  std::string group;
  std::int64_t count = 0;
  double sum = 0.0;
};

// One total per value of `by` (the largest sum first, ties in the order of the values; none
// without `by`), then TOTAL over all features. A feature without a value counts, with 0.
std::vector<GroupTotal> group_totals(const Layer& layer,
                                     const std::vector<std::optional<double>>& values,
                                     const Column* by);

}  // namespace landplan::report
