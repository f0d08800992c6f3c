// Planning rules as code: every violation of the project's [[rules]], with by how much.
#pragma once

#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::plan {

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

// Checks every rule; features are named by fid and, where mapped, by name.
std::vector<Violation> check_rules(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
