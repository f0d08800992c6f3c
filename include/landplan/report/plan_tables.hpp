// The plan's results as tables a township leader reads: Chinese names, mu, totals, percentages.
#pragma once

#include <vector>

#include "landplan/plan/results.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

std::vector<Table> plan_tables(const plan::PlanResults& plan);

// One row per violation: rule,kind,layer_a,fid_a,name_a,layer_b,fid_b,name_b,amount,unit,limit.
Table violations_table(const std::vector<plan::Violation>& violations);

}  // namespace landplan::report
