// Irrigation against hand-computed answers: the lens of two wells, a farther well keeping what
// only it reaches, coverage per village, and no service circle at all.
#include "landplan/plan/irrigation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/plan/plan_fixtures.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "landplan/planar.hpp"

using namespace landplan;
using namespace landplan::ops;
using namespace landplan::plan;
using test::plan_layer;
using test::spec;

namespace {

double polygon_area(const Layer& layer) {
  double sum = 0;
  for (std::size_t f = 0; f < layer.size(); ++f) sum += planar_area(layer, f);
  return sum;
}

// Area common to two circles of radius r whose centres are d apart.
double lens_area(double r, double d) {
  return 2 * r * r * std::acos(d / (2 * r)) - d / 2 * std::sqrt(4 * r * r - d * d);
}

}  // namespace

TEST(Irrigation, TwoOverlappingWellsCountTheLensOnceAndSplitItEvenly) {
  const double r = 300, d = 400;
  Layer wells = plan_layer("wells", {"POINT(0 0)", "POINT(400 0)"});  // d apart
  Layer service = ops::circles(wells, {r, r}, "service");
  Layer zone = coverage_zone(wells, {r, r});
  // The circles are 256-gons: compare the lens they imply with the circles' closed form.
  double one = planar_area(service, 0);
  double lens = 2 * one - polygon_area(zone);
  EXPECT_NEAR(lens / lens_area(r, d), 1.0, 2e-3);
  EXPECT_NEAR(one / (std::numbers::pi * r * r), 1.0, 2e-4);
  // Each well is credited its circle minus half the lens; together exactly the union.
  Layer shares = nearest_well_shares(wells, service, zone);
  ASSERT_EQ(shares.size(), 2u);
  EXPECT_NEAR(planar_area(shares, 0), one - lens / 2, 1e-6 * one);
  EXPECT_NEAR(planar_area(shares, 1), one - lens / 2, 1e-6 * one);
}

TEST(Irrigation, AFartherWellKeepsWhatOnlyItReaches) {
  // A small circle at 0 and a big one at 250: the Voronoi line is x = 125, but the small well
  // reaches only to x = 100, so the big well keeps everything else.
  Layer wells = plan_layer("wells", {"POINT(0 0)", "POINT(250 0)"});
  Layer service = ops::circles(wells, {100, 400}, "service");
  Layer zone = coverage_zone(wells, {100, 400});
  Layer shares = nearest_well_shares(wells, service, zone);
  EXPECT_NEAR(planar_area(shares, 0) + planar_area(shares, 1), polygon_area(zone),
              1e-6 * polygon_area(zone));
  EXPECT_NEAR(planar_area(shares, 0), planar_area(service, 0), 1e-6 * planar_area(service, 0));
}

TEST(Irrigation, CoverageCountsOverlapsOnceAndSumsPerVillage) {
  // Farmland: two 1000×1000 parcels of two villages; one well of radius 300 in each parcel's
  // interior, and a third overlapping the first.
  Layer parcels = plan_layer("parcels",
                             {"POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))",
                              "POLYGON((1000 0,2000 0,2000 1000,1000 1000,1000 0))"},
                             {{"地类", {"水浇地", "旱地"}}, {"村名", {"甲", "乙"}}});
  Layer wells = plan_layer("wells", {"POINT(500 500)", "POINT(1500 500)", "POINT(700 500)"});
  Project project;
  project.layers = {spec("parcels", {{"landuse", "地类"}, {"village", "村名"}}), spec("wells")};
  project.planning["default_well_radius_m"] = 300;
  PlanInputs inputs(project, {parcels, wells});
  Warnings warnings;
  Irrigation result = irrigation_coverage(inputs, AreaMethod::planar, warnings);
  double circle = planar_area(ops::circles(wells, {300, 300, 300}, "service"), 0);
  ASSERT_EQ(result.villages.size(), 2u);
  const VillageIrrigation& jia =
      result.villages[0].village == "甲" ? result.villages[0] : result.villages[1];
  const VillageIrrigation& yi =
      result.villages[0].village == "甲" ? result.villages[1] : result.villages[0];
  EXPECT_NEAR(yi.covered_m2, circle, 1e-6 * circle);  // one whole circle
  // 甲: two circles 200 m apart, their lens counted once.
  EXPECT_NEAR(jia.covered_m2 / (2 * circle - lens_area(300, 200)), 1.0, 2e-4);
  EXPECT_NEAR(result.covered_m2, jia.covered_m2 + yi.covered_m2, 1e-6);
  double credited = 0;
  for (const WellService& w : result.wells) credited += w.farmland_m2;
  EXPECT_NEAR(credited, result.covered_m2, 1e-6 * result.covered_m2);
  EXPECT_EQ(result.uncovered_parcels.size(), 2u);  // neither parcel is fully covered
}

TEST(Irrigation, NoServiceCircleGivesEmptySharesNotACrash) {
  test::LayerOptions options = {
      .name = "wells", .role = Role::wells, .source = "wells.gpkg", .kind = GeometryKind::point};
  Layer wells = test::layer_from_wkt({"POINT(500000 4400000)", "POINT(500100 4400000)"}, options);
  Layer service = ops::circles(wells, {0, 0}, "service");
  Layer zone = ops::coverage_zone(wells, {0, 0});
  Layer shares = plan::nearest_well_shares(wells, service, zone);
  ASSERT_EQ(shares.size(), 2u);
  EXPECT_TRUE(shares.is_null(0));
  EXPECT_TRUE(shares.is_null(1));
  Layer none = test::layer_from_wkt({}, options);
  EXPECT_EQ(
      plan::nearest_well_shares(none, ops::circles(none, {}, "s"), ops::coverage_zone(none, {}))
          .size(),
      0u);
}
