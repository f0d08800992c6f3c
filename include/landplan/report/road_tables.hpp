// The plan's road kilometres as tables: per road, and per village with what lies outside them.
#pragma once

#include <vector>

#include "landplan/plan/roads.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

// 道路里程（按道路）, then, when the roads could be put in villages, 道路里程（按村） (both end
// with 合计, the total length of the roads) and 道路里程按村、道路 (each road's part in each
// village, no total).
std::vector<Table> road_tables(const plan::Roads& roads, ops::LengthMethod method);

}  // namespace landplan::report
