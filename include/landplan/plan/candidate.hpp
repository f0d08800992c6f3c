// What a site being drawn would answer for if it were a feature of a project layer: the figures
// the viewer's sketch panel shows live (its area, what it occupies, the rules it would break, the
// households it holds and how far it is from its village), computed as `occupy`, `check` and the
// relocation check compute them, so the live numbers are the ones the report will print.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/controls.hpp"
#include "landplan/plan/inputs.hpp"
#include "landplan/plan/occupation.hpp"
#include "landplan/plan/rules.hpp"

namespace landplan::plan {

struct CandidateAnswers {
  double area_m2 = 0.0;
  OccupiedLand occupied;  // as plan::occupation measures it
  // The rules of its layer it would break (check_rules_for), then the 三区三线 checks it would
  // fail (check_controls_for), as `check` and the report list them; and the checks' findings
  // that are reported, not forbidden (outside the 城镇开发边界), with their geometry.
  RuleCheck rules;
  std::vector<Violation> reported;
  std::vector<BrokenRule> reported_where;
  // Relocation sites only: the households the site holds ([planning] household_area_m2 each),
  // those its `households` field assigns to it, and the distance to the village it serves.
  std::optional<std::int64_t> capacity;
  std::optional<std::int64_t> assigned;
  std::optional<double> distance_to_village_m;
};

// `candidate`: one polygon feature in the inputs' working CRS, named as the project layer
// `as_layer` (its key) and with that layer's role, its columns named as that layer's fields
// (so name, village and households read as they do for the layer's own features).
CandidateAnswers answer_candidate(const PlanInputs& inputs, const Layer& candidate,
                                  std::string_view as_layer, ops::AreaMethod method,
                                  Warnings& warnings);

}  // namespace landplan::plan
