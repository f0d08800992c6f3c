// The sketch as a feature of its target layer, and its live answers off the window's thread,
// against ellipsoidal areas from pyproj's Geod and hand-computed distances and capacities.
#include "viewer/live_answers.hpp"

#include <gtest/gtest.h>

#include "viewer/sketch_site.hpp"
#include "viewer_fixtures.hpp"

using namespace landplan;
using namespace landplan::viewer;

namespace {

Layer layer(const std::string& name, Role role, const std::vector<std::string>& wkt,
            std::vector<test::ColumnValues> columns = {}) {
  return test::layer_from_wkt(wkt, {.name = name,
                                    .role = role,
                                    .columns = std::move(columns),
                                    .origin = test::kMapOrigin});
}

LayerSpec spec(const std::string& key, Role role, std::map<std::string, std::string> fields = {}) {
  LayerSpec s;
  s.key = key;
  s.role = role;
  s.fields = std::move(fields);
  return s;
}

// A 100 m parcel of 旱地 at the origin, 永久基本农田 on its south-west 60 m, the site 甲点 at
// x 200–250 and the village 河东村 at x 400–420.
MapModel township() {
  MapModel map = test::map_of({
      layer("parcels", Role::parcels, {test::square_wkt(0, 0, 100)},
            {{"DLBM", {std::string("0103")}}, {"KCXS", {0.0}}}),
      layer("basic_farmland", Role::basic_farmland, {test::square_wkt(0, 0, 60)}),
      layer("relocation_sites", Role::relocation_sites, {test::square_wkt(200, 0, 50)},
            {{"名称", {std::string("甲点")}},
             {"安置村", {std::string("河东村")}},
             {"户数", {std::int64_t{10}}}}),
      layer("villages", Role::villages, {test::square_wkt(400, 0, 20)},
            {{"村名", {std::string("河东村")}}}),
  });
  map.project.layers = {
      spec("parcels", Role::parcels),
      spec("basic_farmland", Role::basic_farmland),
      spec("relocation_sites", Role::relocation_sites,
           {{"name", "名称"}, {"village", "安置村"}, {"households", "户数"}}),
      spec("villages", Role::villages, {{"name", "村名"}}),
  };
  map.project.planning["household_area_m2"] = 300;
  return map;
}

std::vector<Point2> square(double x, double y, double side) {
  using test::kX0, test::kY0;
  return {{kX0 + x, kY0 + y}, {kX0 + x + side, kY0 + y}, {kX0 + x + side, kY0 + y + side},
          {kX0 + x, kY0 + y + side}};
}

}  // namespace

TEST(SketchSite, IsAFeatureOfItsTargetWithItsFields) {
  MapModel map = township();
  EXPECT_EQ(sketch_targets(map), std::vector<std::string>{"relocation_sites"});  // not the data
  EXPECT_EQ(village_names(map), std::vector<std::string>{"河东村"});
  Layer site = sketch_layer(map, square(0, 0, 100),
                            {.target = "relocation_sites", .name = "新点", .households = 40});
  ASSERT_EQ(site.size(), 1u);
  EXPECT_EQ(site.name, "relocation_sites");
  EXPECT_EQ(site.role, Role::relocation_sites);
  ASSERT_EQ(site.columns.size(), 3u);
  EXPECT_EQ(site.column("名称")->text(0), "新点");
  EXPECT_TRUE(site.column("安置村")->is_null(0));
  EXPECT_EQ(site.column("户数")->integer(0), 40);
  EXPECT_EQ(site.ring(0).size, 5u);  // closed

  // A copy of 甲点 keeps its values but the one typed in.
  Layer copy = sketch_layer(map, square(200, 0, 50),
                            {.target = "relocation_sites", .name = "甲点二", .copied_from = 0});
  EXPECT_EQ(copy.column("名称")->text(0), "甲点二");
  EXPECT_EQ(copy.column("安置村")->text(0), "河东村");
  EXPECT_EQ(copy.column("户数")->integer(0), 10);
}

TEST(LiveAnswers, AnswersTheNewestSketchOffTheWindowThread) {
  MapModel map = township();
  LiveAnswers live(map);
  EXPECT_EQ(live.latest(), nullptr);
  SketchAttributes site{.target = "relocation_sites", .name = "新点", .village = "河东村",
                        .households = 40};
  // Five versions in quick succession: the worker may skip some, but answers the last.
  for (std::uint64_t revision = 1; revision <= 5; ++revision) {
    live.ask({.revision = revision,
              .site = sketch_layer(map, square(0, 0, 20.0 * double(revision)), site),
              .target = "relocation_sites"});
  }
  live.wait();
  EXPECT_FALSE(live.busy());
  std::shared_ptr<const SketchAnswer> a = live.latest();
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->revision, 5u);
  EXPECT_TRUE(a->error.empty()) << a->error;
  // pyproj: Geod(ellps='GRS80').polygon_area_perimeter of the corners in EPSG:4490. The core's
  // areas agree to ~1e-9 (its exactness goal is 1e-6).
  const double site_m2 = 9997.965642238967, farmland_m2 = 3599.2673088479787;
  EXPECT_NEAR(a->answers.area_m2, site_m2, site_m2 * 1e-8);
  EXPECT_NEAR(a->answers.occupied.farmland_m2.at("0103"), site_m2, site_m2 * 1e-8);
  EXPECT_NEAR(*a->answers.occupied.basic_farmland_m2, farmland_m2, farmland_m2 * 1e-8);
  EXPECT_EQ(a->answers.capacity, 33);  // ⌊9997.97 / 300⌋
  EXPECT_EQ(a->answers.assigned, 40);
  EXPECT_NEAR(*a->answers.distance_to_village_m, 300.0, 1e-9);  // x = 100 to x = 400
  EXPECT_GE(a->latency_ms, a->compute_ms);
}

TEST(LiveAnswers, ASketchThatCannotBeMeasuredSaysWhy) {
  MapModel map = township();
  LiveAnswers live(map);
  // A target the project has not: the worker reports it instead of dying with the window.
  Layer site = sketch_layer(map, square(0, 0, 10), {.target = "relocation_sites"});
  live.ask({.revision = 1, .site = site, .target = "greenhouse_zones"});
  live.wait();
  ASSERT_NE(live.latest(), nullptr);
  EXPECT_NE(live.latest()->error.find("greenhouse_zones"), std::string::npos)
      << live.latest()->error;
}
