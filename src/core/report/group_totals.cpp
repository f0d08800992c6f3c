// Summing feature values by group, largest first, with a TOTAL row.
#include "landplan/report/group_totals.hpp"

#include <algorithm>
#include <map>

namespace landplan::report {

std::vector<GroupTotal> group_totals(const Layer& layer,
                                     const std::vector<std::optional<double>>& values,
                                     const Column* by) {
  std::map<std::string, GroupTotal> groups;
  GroupTotal total{"TOTAL"};
  for (std::size_t f = 0; f < layer.size(); ++f) {
    double value = values[f].value_or(0.0);
    if (by) {
      std::string name = by->to_string(f);
      GroupTotal& g = groups.try_emplace(name, GroupTotal{name}).first->second;
      ++g.count;
      g.sum += value;
    }
    ++total.count;
    total.sum += value;
  }
  std::vector<GroupTotal> ordered;
  for (auto& [name, group] : groups) ordered.push_back(std::move(group));
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const GroupTotal& a, const GroupTotal& b) { return a.sum > b.sum; });
  ordered.push_back(total);
  return ordered;
}

}  // namespace landplan::report
