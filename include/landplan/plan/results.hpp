// The whole plan of a project: every analysis whose layers it has, and the rule check.
#pragma once

#include <string>
#include <vector>

#include "landplan/plan/displacement.hpp"
#include "landplan/plan/greenhouse.hpp"
#include "landplan/plan/irrigation.hpp"
#include "landplan/plan/relocation.hpp"
#include "landplan/plan/rules.hpp"

namespace landplan::plan {

struct PlanResults {
  std::string project;
  std::string crs;
  ops::AreaMethod method = ops::AreaMethod::ellipsoidal;
  std::optional<Displacement> displacement;
  std::optional<Relocation> relocation;
  std::optional<Irrigation> irrigation;
  std::optional<Greenhouse> greenhouse;
  std::vector<Violation> violations;
  std::vector<std::string> skipped;  // analyses left out, and which role they lacked

  // The layers the analyses made (displaced parcels, coverage, conflicts…), for export and map.
  std::vector<const Layer*> result_layers() const;
};

// Runs each analysis whose roles the project has; the others are listed in `skipped`.
PlanResults run_plan(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
