// Planning rules as code: every violation of the project's [[rules]], with by how much.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::plan {

// Area left over by geometry noise where shapes share an edge: not a violation.
inline constexpr double kNegligibleM2 = 1e-3;

struct Violation {
  std::string rule;  // the rule's name
  RuleKind kind = RuleKind::forbid_overlap;
  std::string layer_a, layer_b;
  std::int64_t fid_a = -1, fid_b = -1;  // -1 where the rule has no second feature
  std::string name_a, name_b;           // the features' names, when their layers map `name`
  double amount = 0.0;  // overlap or outside area (mu), distance (m), area (mu)
  double limit = 0.0;   // the rule's figure (m or mu), 0 when it has none
  std::string unit;     // "mu" or "m"
};

// Where one rule is broken: a layer named "violations:<rule>" with one feature per violation
// and the fields rule, kind, fid_a, fid_b (null without a second feature), amount, unit. The
// geometry is what the amount measures: forbid_overlap the overlap, within the part outside the
// container, min_area/max_area the feature, min_distance the shortest line between the two
// features (its length is the distance; where they meet, a line of zero length at that point).
struct BrokenRule {
  std::string rule;
  Layer where;
};

struct RuleCheck {
  std::vector<Violation> violations;  // rule by rule, in the project's order
  std::vector<BrokenRule> broken;     // one per rule with violations, in the same order
};

// Checks every rule; features are named by fid and, where mapped, by name.
RuleCheck check_rules_with_geometry(const PlanInputs& inputs, ops::AreaMethod method,
                                    Warnings& warnings);
// The rules a candidate (polygons not yet in a layer: a site being drawn) would break as features
// of the project layer `as_layer` (key or role): each rule naming that layer, with the candidate
// in its place (a rule of the layer with itself: the candidate against the layer's features).
// `within` rules with that layer as the container are left out. Violations name the candidate's
// layer and fids.
RuleCheck check_rules_for(const PlanInputs& inputs, const Layer& candidate,
                          std::string_view as_layer, ops::AreaMethod method, Warnings& warnings);
// The violations alone (`landplan check`).
std::vector<Violation> check_rules(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
