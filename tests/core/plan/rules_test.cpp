// Every rule kind firing and not firing, against hand-computed areas and distances.
#include "landplan/plan/rules.hpp"

#include <gtest/gtest.h>

#include "core/plan/plan_fixtures.hpp"

using namespace landplan;
using namespace landplan::plan;
using ops::AreaMethod;

namespace {

struct RuleCase {
  std::string kind;
  std::vector<std::string> layers;
  double value;
  std::size_t expected;  // violations
};

std::vector<Violation> check(const RuleCase& c) {
  Project project;
  project.layers = {test::spec("a"), test::spec("b")};
  project.rules = {Rule{"r", *parse_rule_kind(c.kind), c.layers, c.value}};
  PlanInputs inputs(project, test::squares_a_and_b());
  Warnings warnings;
  return check_rules(inputs, AreaMethod::planar, warnings);
}

}  // namespace

TEST(Rules, EachRuleFiresAndDoesNotFire) {
  std::vector<RuleCase> cases = {
      {"forbid_overlap", {"a", "b"}, 0, 1},
      {"forbid_overlap", {"b", "b"}, 0, 0},
      {"min_distance", {"a", "b"}, 11, 2},  // the overlap (0 m) and the 10 m gap
      {"min_distance", {"a", "b"}, 5, 1},
      {"within", {"a", "b"}, 0, 2},  // half of the first outside, all of the second
      {"min_area", {"a"}, 1.0, 1},   // 0.15 mu < 1
      {"min_area", {"a"}, 0.1, 0},
      {"max_area", {"a"}, 1.0, 1},  // 1.35 mu > 1
      {"max_area", {"a"}, 2.0, 0},
  };
  for (const RuleCase& c : cases) {
    EXPECT_EQ(check(c).size(), c.expected) << c.kind << " " << c.value;
  }
  auto overlap = check(cases[0]);
  EXPECT_NEAR(overlap[0].amount, 50.0 * 15 / 10000, 1e-12);  // 5 × 10 m² in mu
  auto near = check(cases[3]);
  EXPECT_EQ(near[0].fid_a, 1);
  auto within = check(cases[4]);
  EXPECT_NEAR(within[0].amount, 50.0 * 15 / 10000, 1e-12);
  auto small = check(cases[5]);
  EXPECT_NEAR(small[0].amount, 0.15, 1e-12);
}
