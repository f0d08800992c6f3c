// A drawn site's live answers against hand-computed areas: what it occupies, the rules it would
// break as a feature of its layer (and those it has no part in), its households and distance.
#include "landplan/plan/candidate.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/plan/plan_fixtures.hpp"
#include "landplan/units.hpp"

using namespace landplan;
using namespace landplan::plan;
using ops::AreaMethod;

namespace {

// The square-site world (plan_fixtures.hpp) with a village 甲 at x 300–350 and rules.
struct World {
  Project project;
  std::vector<Layer> layers = test::square_site_layers();
  Layer villages = test::plan_layer("villages", {test::square_wkt(300, 0, 50)}, {{"村名", {"甲"}}});

  World() {
    project = test::project_of(layers);
    project.layers.push_back(test::spec("villages", {{"name", "村名"}}));
    for (LayerSpec& spec : project.layers) {
      if (spec.key == "relocation_sites")
        spec = test::spec("relocation_sites",
                          {{"name", "名称"}, {"village", "安置村"}, {"households", "户数"}});
    }
    project.planning["household_area_m2"] = 300;
    project.rules = {
        Rule{"安置点不小于20亩", RuleKind::min_area, {"relocation_sites"}, 20},
        Rule{"安置点互不重叠", RuleKind::forbid_overlap, {"relocation_sites", "relocation_sites"}, 0},
        Rule{"安置点不压红线", RuleKind::forbid_overlap, {"relocation_sites", "ecological_redline"}, 0},
        Rule{"红线与开发边界", RuleKind::forbid_overlap, {"ecological_redline", "development_boundary"}, 0},
    };
  }

  // Planar, so the areas are the hand-computed ones.
  CandidateAnswers answer(const Layer& site, const std::string& as_layer = "relocation_sites") const {
    PlanInputs planned = inputs();
    Warnings warnings;
    return answer_candidate(planned, site, as_layer, AreaMethod::planar, warnings);
  }

  PlanInputs inputs() const {
    std::vector<const Layer*> all;
    for (const Layer& layer : layers) all.push_back(&layer);
    all.push_back(&villages);
    return PlanInputs(project, all);
  }
};

// A site drawn as (x, y)–(x + side, y + side), for the village 甲 with 40 households.
Layer drawn_site(double x, double y, double side) {
  return test::plan_layer("relocation_sites", {test::square_wkt(x, y, side)},
                          {{"名称", {"新点"}}, {"安置村", {"甲"}}, {"户数", {40.0}}});
}

}  // namespace

TEST(Candidate, OccupiesWhatTheSiteItWouldReplaceOccupies) {
  World world;
  CandidateAnswers a = world.answer(drawn_site(0, 0, 100));
  EXPECT_NEAR(a.area_m2, 10000, 1e-6);
  EXPECT_EQ(a.occupied.name, "新点");
  EXPECT_NEAR(*a.occupied.basic_farmland_m2, 3400, 1e-6);
  EXPECT_NEAR(*a.occupied.ecological_redline_m2, 400, 1e-6);
  EXPECT_NEAR(*a.occupied.development_boundary_m2, 7000, 1e-6);
  EXPECT_NEAR(a.occupied.farmland_m2.at("0103"), 4500, 1e-6);
  EXPECT_NEAR(a.occupied.farmland_m2.at("0101"), 1700, 1e-6);
  EXPECT_NEAR(a.occupied.farmland_total_m2(), 8200, 1e-6);
  EXPECT_EQ(a.capacity, 33);  // ⌊10000 / 300⌋
  EXPECT_EQ(a.assigned, 40);
  EXPECT_NEAR(*a.distance_to_village_m, 200, 1e-9);  // x = 100 to x = 300
}

TEST(Candidate, BreaksTheRulesOfItsLayerAndNoOther) {
  World world;
  CandidateAnswers a = world.answer(drawn_site(0, 0, 100));
  // 15 mu < 20; the whole of 甲点 (15 mu) under it, not 乙点; 400 m² of the red line. The red
  // line crossing the development boundary is not the site's business. Then the 三区三线 checks:
  // 3,400 m² of 永久基本农田 (5.1 mu) and the 400 m² of 生态保护红线 (0.6 mu) forbidden; 3,000 m²
  // outside the 城镇开发边界 (4.5 mu) reported.
  ASSERT_EQ(a.rules.violations.size(), 5u);
  EXPECT_NEAR(a.rules.violations[3].amount, 5.1, 1e-9);
  EXPECT_NEAR(a.rules.violations[4].amount, 0.6, 1e-9);
  ASSERT_EQ(a.reported.size(), 1u);
  EXPECT_NEAR(a.reported[0].amount, 4.5, 1e-9);
  ASSERT_EQ(a.reported_where.size(), 1u);
  const Violation& small = a.rules.violations[0];
  EXPECT_EQ(small.rule, "安置点不小于20亩");
  EXPECT_NEAR(small.amount, 15.0, 1e-9);
  const Violation& overlap = a.rules.violations[1];
  EXPECT_EQ(overlap.rule, "安置点互不重叠");
  EXPECT_EQ(overlap.name_a, "新点");
  EXPECT_EQ(overlap.name_b, "甲点");
  EXPECT_NEAR(overlap.amount, 15.0, 1e-9);
  EXPECT_NEAR(a.rules.violations[2].amount, Area::from_m2(400).mu(), 1e-9);
  ASSERT_EQ(a.rules.broken.size(), 5u);
  EXPECT_EQ(a.rules.broken[2].where.size(), 1u);  // the piece on the red line, to hatch

  // Moved east onto nothing and made 20 mu (13,333.3 m²): no rule broken, and no capacity
  // answer for a greenhouse zone.
  double side = std::sqrt(Area::from_mu(20).m2()) + 0.01;
  CandidateAnswers moved = world.answer(drawn_site(400, 0, side));
  EXPECT_TRUE(moved.rules.violations.empty());
  Layer zone = test::plan_layer("greenhouse_zones", {test::square_wkt(400, 0, 10)});
  world.project.layers.push_back(test::spec("greenhouse_zones"));
  world.layers.push_back(zone);
  CandidateAnswers greenhouse = world.answer(zone, "greenhouse_zones");
  EXPECT_FALSE(greenhouse.capacity);
  EXPECT_TRUE(greenhouse.rules.violations.empty());
}
