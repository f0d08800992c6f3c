// Road kilometres per road and per village against hand-computed lengths (planar, in metres).
#include "landplan/plan/roads.hpp"

#include <gtest/gtest.h>

#include "core/plan/plan_fixtures.hpp"

using namespace landplan;
using namespace landplan::plan;
using ops::LengthMethod;

namespace {

// 县道 crosses village 甲 (x 0–100) and 乙 (x 100–200) and leaves them: 100 m each, 100 m
// outside; 村道 is drawn as two pieces inside 乙, 30 + 40 m; a road without a name, 50 m in 甲.
Layer roads_layer(std::vector<test::ColumnValues> extra = {}) {
  std::vector<test::ColumnValues> columns{{"名称", {"县道", "村道", "村道", {}}}};
  for (auto& column : extra) columns.push_back(std::move(column));
  return test::plan_layer("roads",
                          {"LINESTRING(-50 50,250 50)", "LINESTRING(150 10,150 40)",
                           "LINESTRING(150 60,150 100)", "LINESTRING(10 10,10 60)"},
                          std::move(columns));
}

}  // namespace

TEST(Roads, PerRoadByNameAndPerVillageInsideItsBoundary) {
  Layer boundaries = test::plan_layer(
      "village_boundaries",
      {test::square_wkt(0, 0, 100), test::square_wkt(100, 0, 100), test::square_wkt(0, 300, 100)},
      {{"ZLDWMC", {"甲", "乙", "丙"}}});
  Project project;
  project.layers = {test::spec("roads", {{"name", "名称"}}), test::spec("village_boundaries")};
  PlanInputs inputs(project, {roads_layer(), boundaries});
  Warnings warnings;
  Roads roads = road_lengths(inputs, LengthMethod::planar, warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(roads.roads.size(), 3u);
  EXPECT_EQ(roads.roads[0].name, "县道");
  EXPECT_NEAR(roads.roads[0].length_m, 300, 1e-9);
  EXPECT_EQ(roads.roads[1].name, "村道");
  EXPECT_EQ(roads.roads[1].segments, 2);
  EXPECT_NEAR(roads.roads[1].length_m, 70, 1e-9);
  EXPECT_EQ(roads.roads[2].name, "fid 4");
  EXPECT_NEAR(roads.total_m, 420, 1e-9);

  ASSERT_EQ(roads.villages.size(), 3u);  // 丙 has no road: listed with 0
  EXPECT_EQ(roads.villages[0].village, "甲");
  EXPECT_NEAR(roads.villages[0].length_m, 150, 1e-9);  // 县道 100 + the unnamed 50
  EXPECT_EQ(roads.villages[0].roads, 2);
  EXPECT_EQ(roads.villages[1].village, "乙");
  EXPECT_NEAR(roads.villages[1].length_m, 170, 1e-9);  // 县道 100 + 村道 70
  EXPECT_EQ(roads.villages[1].roads, 2);
  ASSERT_EQ(roads.villages[1].by_road.size(), 2u);
  EXPECT_EQ(roads.villages[1].by_road[0].first, "县道");
  EXPECT_NEAR(roads.villages[1].by_road[0].second, 100, 1e-9);
  EXPECT_EQ(roads.villages[1].by_road[1].first, "村道");
  EXPECT_NEAR(roads.villages[1].by_road[1].second, 70, 1e-9);
  EXPECT_EQ(roads.villages[2].village, "丙");
  EXPECT_EQ(roads.villages[2].length_m, 0);
  EXPECT_EQ(roads.villages[2].roads, 0);
  EXPECT_NEAR(roads.outside_villages_m, 100, 1e-9);
  EXPECT_EQ(roads.villages_from, "村界 (village_boundaries)");
}

TEST(Roads, WithoutBoundariesByTheRoadsVillageFieldElseNone) {
  Project project;
  project.layers = {test::spec("roads", {{"name", "名称"}, {"village", "村"}})};
  PlanInputs inputs(project, {roads_layer({{"村", {"甲", "乙", "乙", "甲"}}})});
  Warnings warnings;
  Roads roads = road_lengths(inputs, LengthMethod::planar, warnings);
  ASSERT_EQ(roads.villages.size(), 2u);
  EXPECT_EQ(roads.villages[0].village, "甲");
  EXPECT_NEAR(roads.villages[0].length_m, 350, 1e-9);
  EXPECT_NEAR(roads.villages[1].length_m, 70, 1e-9);
  EXPECT_EQ(roads.villages[1].roads, 1);
  EXPECT_EQ(roads.outside_villages_m, 0);

  Project bare;
  bare.layers = {test::spec("roads", {{"name", "名称"}})};
  PlanInputs without(bare, {roads_layer()});
  EXPECT_TRUE(road_lengths(without, LengthMethod::planar, warnings).villages.empty());
}
