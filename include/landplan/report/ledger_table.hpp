// The 耕地 ledger (耕地占补平衡台账) as a table for the report.
#pragma once

#include "landplan/plan/farmland_ledger.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

// One row per site and zone: its 耕地 in mu, by code and by slope grade (a column for each that
// occurs); then 合计, 补充耕地 and the 结余 (surplus) or 缺口 (deficit).
Table ledger_table(const plan::FarmlandLedger& ledger);

}  // namespace landplan::report
