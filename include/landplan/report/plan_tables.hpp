// The plan's results as tables a township leader reads: Chinese names, mu, totals, percentages.
#pragma once

#include <string>
#include <vector>

#include "landplan/plan/results.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

// The plan's tables by the part of the plan they answer, in the report's order: the sections of
// the report document, each with the map of its part.
struct PlanPart {
  enum class Kind { displacement, relocation, irrigation, greenhouse, roads, land, rules };
  Kind kind;
  std::string heading;  // the section's heading, e.g. 水库淹没影响
  std::vector<Table> tables;
};
std::vector<PlanPart> plan_parts(const plan::PlanResults& plan);

// Every part's tables, one after another: the report for the terminal, CSV, JSON and Excel.
std::vector<Table> plan_tables(const plan::PlanResults& plan);

// One row per violation: rule,kind,layer_a,fid_a,name_a,layer_b,fid_b,name_b,amount,unit,limit.
Table violations_table(const std::vector<plan::Violation>& violations);

}  // namespace landplan::report
