// The plan's road kilometres as tables: per road, and per village with what lies outside them.
#pragma once

#include <vector>

#include "landplan/plan/roads.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

// 道路里程（按道路）, then, when the roads could be put in villages, 道路里程（按村）; each ends
// with 合计, the total length of the roads.
std::vector<Table> road_tables(const plan::Roads& roads, ops::LengthMethod method);

}  // namespace landplan::report
