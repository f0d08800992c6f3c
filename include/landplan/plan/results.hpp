// The whole plan of a project: every analysis whose layers it has, and the rule check.
#pragma once

#include <string>
#include <vector>

#include "landplan/plan/controls.hpp"
#include "landplan/plan/displacement.hpp"
#include "landplan/plan/farmland_ledger.hpp"
#include "landplan/plan/greenhouse.hpp"
#include "landplan/plan/irrigation.hpp"
#include "landplan/plan/occupation.hpp"
#include "landplan/plan/relocation.hpp"
#include "landplan/plan/roads.hpp"
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
  control_findings,  // one reporting control check's findings (Controls::reported)
  violations,        // one broken rule's (BrokenRule), the control lines' included
};

struct ResultLayer {
  ResultKind kind;
  const Layer* layer = nullptr;
  const std::string* rule = nullptr;  // the rule's or check's name, for violations and findings
};

struct PlanResults {
  std::string project;
  std::string crs;
  ops::AreaMethod method = ops::AreaMethod::ellipsoidal;
  std::optional<Displacement> displacement;
  std::optional<Relocation> relocation;
  std::optional<Irrigation> irrigation;
  std::optional<Greenhouse> greenhouse;
  std::optional<Roads> roads;  // road kilometres, when the project has a line layer of roads
  // What the relocation sites, then the greenhouse zones, occupy: when the project has parcels
  // or control lines. The 耕地 ledger of them, when it has parcels.
  std::vector<Occupation> occupations;
  std::optional<FarmlandLedger> ledger;
  std::optional<Controls> controls;  // when any control check ran
  // The [[rules]]' violations, then the forbidding control checks'.
  std::vector<Violation> violations;
  std::vector<BrokenRule> broken_rules;  // where each violated rule is violated (checks: controls)
  std::vector<std::string> skipped;      // analyses left out, and which role they lacked

  // Every result with geometry: the analyses' layers, the reported control findings, then the
  // broken rules' and the broken control checks'. The map's source.
  std::vector<ResultLayer> layers() const;
  // The analyses' layers alone (displaced parcels, coverage, conflicts…), without the checks'
  // findings (violations, reported control findings): what `export --results` and `report
  // --out` write.
  std::vector<const Layer*> result_layers() const;
};

// Runs each analysis whose roles the project has; the others are listed in `skipped`.
PlanResults run_plan(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
