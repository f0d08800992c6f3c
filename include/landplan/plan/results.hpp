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

// What a result layer shows, so that each sink names and draws it without reading its name.
enum class ResultKind {
  reservoir_zone,
  displaced_parcels,
  displaced_villages,
  relocation_conflicts,
  well_service_areas,
  irrigation_coverage,
  uncovered_farmland,
  violations,  // one broken rule's (BrokenRule)
};

struct ResultLayer {
  ResultKind kind;
  const Layer* layer = nullptr;
  const std::string* rule = nullptr;  // the broken rule's name, for violations
};

struct PlanResults {
  std::string project;
  std::string crs;
  ops::AreaMethod method = ops::AreaMethod::ellipsoidal;
  std::optional<Displacement> displacement;
  std::optional<Relocation> relocation;
  std::optional<Irrigation> irrigation;
  std::optional<Greenhouse> greenhouse;
  std::vector<Violation> violations;
  std::vector<BrokenRule> broken_rules;  // where each violated rule is violated
  std::vector<std::string> skipped;      // analyses left out, and which role they lacked

  // Every result with geometry: the analyses' layers, then the broken rules'. The map's source.
  std::vector<ResultLayer> layers() const;
  // The analyses' layers alone (displaced parcels, coverage, conflicts…): what `export
  // --results` and `report --out` write.
  std::vector<const Layer*> result_layers() const;
};

// Runs each analysis whose roles the project has; the others are listed in `skipped`.
PlanResults run_plan(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
