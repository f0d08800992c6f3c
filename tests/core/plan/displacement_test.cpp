// Reservoir displacement of a small village against hand-computed areas and households.
#include "landplan/plan/displacement.hpp"

#include <gtest/gtest.h>

#include "core/plan/plan_fixtures.hpp"

using namespace landplan;
using namespace landplan::plan;
using ops::AreaMethod;

TEST(Displacement, LandByVillageAndLandUseAndHouseholds) {
  Project project;
  PlanInputs inputs = test::small_township(project);
  Warnings warnings;
  Displacement d = reservoir_displacement(inputs, AreaMethod::planar, warnings);
  ASSERT_EQ(d.villages.size(), 2u);
  const VillageLoss& jia = d.villages[0].village == "甲" ? d.villages[0] : d.villages[1];
  const VillageLoss& yi = d.villages[0].village == "甲" ? d.villages[1] : d.villages[0];
  // 甲 loses x 140–200 of the homestead parcel: 60 × 100 m²; 乙 its whole parcel.
  EXPECT_NEAR(jia.total_m2, 6000, 1e-6);
  EXPECT_NEAR(jia.m2_by_landuse.at("农村宅基地"), 6000, 1e-6);
  EXPECT_EQ(jia.households, 12);
  EXPECT_EQ(jia.homestead_parcels, 1);
  EXPECT_NEAR(yi.total_m2, 10000, 1e-6);
  EXPECT_NEAR(yi.farmland_m2, 10000, 1e-6);
  EXPECT_EQ(d.households, 12);
  EXPECT_EQ(d.affected_parcels.size(), 2u);  // the 旱地 parcel at x 0–100 stays dry
}
