// Where each rule is broken, against hand-computed shapes: the overlap's area, the part outside
// the container, the feature over its limit, the shortest line's ends and length.
#include <gtest/gtest.h>

#include <cmath>

#include "core/plan/plan_fixtures.hpp"
#include "landplan/plan/rules.hpp"
#include "landplan/planar.hpp"

using namespace landplan;
using namespace landplan::plan;

namespace {

constexpr double X = test::kPlace.x;

LayerSpec spec(const std::string& key) {
  LayerSpec s;
  s.key = key;
  s.layer = key;
  return s;
}

// a and b of test::squares_a_and_b.
RuleCheck check(RuleKind kind, std::vector<std::string> layers, double value) {
  Project project;
  project.layers = {spec("a"), spec("b")};
  project.rules = {Rule{"r", kind, std::move(layers), value}};
  PlanInputs inputs(project, test::squares_a_and_b());
  Warnings warnings;
  return check_rules_with_geometry(inputs, ops::AreaMethod::planar, warnings);
}

const Layer& only_broken(const RuleCheck& check) {
  EXPECT_EQ(check.broken.size(), 1u);
  EXPECT_EQ(check.broken[0].rule, "r");
  EXPECT_EQ(check.broken[0].where.size(), check.violations.size());
  return check.broken[0].where;
}

}  // namespace

TEST(ViolationLayer, ForbidOverlapKeepsTheOverlapWithTheViolationsFields) {
  RuleCheck c = check(RuleKind::forbid_overlap, {"a", "b"}, 0);
  const Layer& where = only_broken(c);
  ASSERT_EQ(where.size(), 1u);
  EXPECT_EQ(where.kind, GeometryKind::polygon);
  EXPECT_NEAR(planar_area(where, 0), 50.0, 1e-6);  // x 5–10, y 0–10
  EXPECT_DOUBLE_EQ(where.box(0).minx, X + 5);
  EXPECT_DOUBLE_EQ(where.box(0).maxx, X + 10);
  EXPECT_EQ(where.column("rule")->text(0), "r");
  EXPECT_EQ(where.column("kind")->text(0), "forbid_overlap");
  EXPECT_EQ(where.column("fid_a")->integer(0), 1);
  EXPECT_EQ(where.column("fid_b")->integer(0), 1);
  EXPECT_NEAR(where.column("amount")->real(0), 50.0 * 15 / 10000, 1e-12);
  EXPECT_EQ(where.column("unit")->text(0), "mu");
}

TEST(ViolationLayer, MinDistanceDrawsTheShortestLine) {
  RuleCheck c = check(RuleKind::min_distance, {"a", "b"}, 11);
  const Layer& where = only_broken(c);
  ASSERT_EQ(where.size(), 2u);  // the overlap (0 m) and the 10 m gap
  EXPECT_EQ(where.kind, GeometryKind::line);
  RingView gap = where.ring(where.rings(where.parts(1).first).first);
  ASSERT_EQ(gap.size, 2u);
  EXPECT_DOUBLE_EQ(std::min(gap.x(0), gap.x(1)), X + 130);  // a's second square's east edge
  EXPECT_DOUBLE_EQ(std::max(gap.x(0), gap.x(1)), X + 140);  // b's second square's west edge
  EXPECT_DOUBLE_EQ(std::hypot(gap.x(1) - gap.x(0), gap.y(1) - gap.y(0)),
                   where.column("amount")->real(1));
  EXPECT_EQ(where.column("unit")->text(1), "m");
  RingView meeting = where.ring(where.rings(where.parts(0).first).first);
  EXPECT_DOUBLE_EQ(meeting.x(0), meeting.x(1));  // the features meet: a line of zero length
  EXPECT_DOUBLE_EQ(meeting.y(0), meeting.y(1));
}

TEST(ViolationLayer, WithinKeepsThePartOutsideTheContainer) {
  RuleCheck c = check(RuleKind::within, {"a", "b"}, 0);
  const Layer& where = only_broken(c);
  ASSERT_EQ(where.size(), 2u);
  EXPECT_NEAR(planar_area(where, 0), 50.0, 1e-6);  // x 0–5 of the first square
  EXPECT_DOUBLE_EQ(where.box(0).maxx, X + 5);
  EXPECT_NEAR(planar_area(where, 1), 900.0, 1e-6);  // all of the second
  EXPECT_TRUE(where.column("fid_b")->is_null(0));
}

TEST(ViolationLayer, AreaLimitsKeepTheFeature) {
  RuleCheck c = check(RuleKind::max_area, {"a"}, 1.0);  // 1.35 mu > 1
  const Layer& where = only_broken(c);
  ASSERT_EQ(where.size(), 1u);
  EXPECT_NEAR(planar_area(where, 0), 900.0, 1e-6);
  EXPECT_EQ(where.column("fid_a")->integer(0), 2);
  EXPECT_TRUE(check(RuleKind::max_area, {"a"}, 2.0).broken.empty());  // no violation, no layer
}
