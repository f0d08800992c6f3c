// Relocation sites: capacity from the household area, and conflicts with the reservoir and
// farmland, against hand-computed areas.
#include "landplan/plan/relocation.hpp"

#include <gtest/gtest.h>

#include "core/plan/plan_fixtures.hpp"
#include "landplan/plan/displacement.hpp"

using namespace landplan;
using namespace landplan::plan;
using ops::AreaMethod;

TEST(Relocation, CapacityAndConflicts) {
  Project project;
  PlanInputs base = test::small_township(project);
  // 东点: 10,000 m² on nothing; 西点: 3,000 m² in the reservoir and on 水浇地.
  Layer sites = test::plan_layer("relocation_sites",
                                 {"POLYGON((-200 0,-100 0,-100 100,-200 100,-200 0))",
                                  "POLYGON((250 0,300 0,300 60,250 60,250 0))"},
                                 {{"名称", {"东点", "西点"}}, {"户数", {33.0, 11.0}}});
  project.layers.push_back(
      test::spec("relocation_sites", {{"name", "名称"}, {"households", "户数"}}));
  project.planning["household_area_m2"] = 300;
  std::vector<const Layer*> layers = base.layers();
  layers.push_back(&sites);
  PlanInputs inputs(project, layers);
  Warnings warnings;
  Displacement d = reservoir_displacement(inputs, AreaMethod::planar, warnings);
  Relocation r = relocation_sites(inputs, d.zone, AreaMethod::planar, warnings);
  ASSERT_EQ(r.sites.size(), 2u);
  EXPECT_EQ(r.sites[0].capacity, 33);  // ⌊10000 / 300⌋
  EXPECT_TRUE(r.sites[0].fits());
  EXPECT_FALSE(r.sites[0].conflicts());
  EXPECT_EQ(r.sites[1].capacity, 10);  // ⌊3000 / 300⌋ < 11 households
  EXPECT_FALSE(r.sites[1].fits());
  EXPECT_NEAR(r.sites[1].reservoir_m2, 3000, 1e-6);
  EXPECT_NEAR(r.sites[1].farmland_m2, 3000, 1e-6);
  EXPECT_EQ(r.conflicts.size(), 2u);
}
