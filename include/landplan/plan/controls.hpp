// The built-in checks of the 三区三线 control lines: construction (the relocation sites) must not
// occupy 永久基本农田 or 生态保护红线 (violations, like a broken [[rules]] rule); construction
// outside the 城镇开发边界 and greenhouse zones on 永久基本农田 are reported, not forbidden. Each
// runs when the project has its layers, unless [controls] switches it off.
#pragma once

#include <string_view>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"
#include "landplan/plan/rules.hpp"

namespace landplan::plan {

// What a check says, in the words of the rules it follows.
struct ControlText {
  std::string_view title;   // the finding's rule name: "安置点不得占用永久基本农田"
  std::string_view basis;   // the rule text it follows, with its source
  std::string_view action;  // what a finding means for the plan
};
const ControlText& control_text(ControlCheck check);

// Whether the check's findings are violations (check exits 1) or reported only.
bool forbids(ControlCheck check);

// The candidates a check measures and the control line it measures them against.
Role candidates_of(ControlCheck check);  // relocation_sites or greenhouse_zones
Role line_of(ControlCheck check);  // basic_farmland, ecological_redline or development_boundary

struct ControlFinding {
  ControlCheck check;
  // The candidate as layer_a/fid_a/name_a, the line as layer_b (merged: no fid_b), and the area
  // occupied — for the boundary, the area outside it — in mu.
  Violation finding;
};

struct Controls {
  std::vector<ControlCheck> ran;         // the checks that were on and had their layers
  std::vector<ControlFinding> findings;  // check by check, candidates in layer order
  std::vector<BrokenRule> broken;        // the violations' geometry, one layer per check
  // The reported findings' geometry, one layer per check, named by the check (its [controls]
  // key): the part on the line, or outside the boundary.
  std::vector<BrokenRule> reported;

  // The findings of the forbidding checks.
  std::vector<Violation> violations() const;
};

// Runs every check that is on and whose two layers the project has (only areas above
// kNegligibleM2 are findings). Throws InputError for a control line that is not polygons.
Controls check_controls(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings);
// The checks of a candidate (a site being drawn) as a feature of the layer of its role: those
// whose candidates are of that role.
Controls check_controls_for(const PlanInputs& inputs, const Layer& candidate,
                            ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
