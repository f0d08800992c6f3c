// Overlaps within one layer against hand-computed areas: overlapping squares, a duplicate, a
// parcel inside another; neighbours sharing edges (with and without common vertices), an island
// filling a hole and rings of either orientation give no pairs.
#include "landplan/ops/self_overlap.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

using namespace landplan;
using ops::AreaMethod;
using test::square_wkt;

namespace {

// On the central meridian of EPSG:4549 (x = 500000), where Gauss-Kruger's scale is 1: planar
// and ellipsoidal areas of these small shapes agree to 1e-9.
Layer layer_of(const std::vector<std::string>& wkt) {
  return test::layer_from_wkt(wkt, {.name = "dltb", .origin = {500000, 4700000}});
}

std::vector<ops::SelfOverlap> overlaps(const Layer& layer, AreaMethod method = AreaMethod::planar) {
  Warnings warnings;
  auto pairs = ops::self_overlaps(layer, method, warnings);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  return pairs;
}

}  // namespace

TEST(SelfOverlap, TwoSquaresShareTheirHandComputedOverlap) {
  // [0,100]² and [60,160]×[30,130] share [60,100]×[30,100]: 40 × 70 = 2800 m².
  Layer layer = layer_of({square_wkt(0, 0, 100), square_wkt(60, 30, 100), square_wkt(200, 0, 10)});
  auto planar = overlaps(layer);
  ASSERT_EQ(planar.size(), 1u);
  EXPECT_EQ(planar[0].a, 0u);
  EXPECT_EQ(planar[0].b, 1u);
  EXPECT_NEAR(planar[0].area_m2, 2800.0, 1e-9);
  auto ellipsoidal = overlaps(layer, AreaMethod::ellipsoidal);
  ASSERT_EQ(ellipsoidal.size(), 1u);
  EXPECT_NEAR(ellipsoidal[0].area_m2, 2800.0, 2800.0 * 1e-6);
}

TEST(SelfOverlap, EachPairOnceInOrder) {
  // Three squares on one spot's corner: 0∩1 = 0∩2 = 1∩2 = [5,10]² (25 m²); a duplicate of 3.
  Layer layer = layer_of({square_wkt(0, 0, 10), square_wkt(5, 5, 10), square_wkt(5, 5, 5),
                          square_wkt(100, 0, 10), square_wkt(100, 0, 10)});
  auto pairs = overlaps(layer);
  ASSERT_EQ(pairs.size(), 4u);
  std::vector<std::pair<std::size_t, std::size_t>> got;
  for (const auto& p : pairs) got.push_back({p.a, p.b});
  EXPECT_EQ(got,
            (std::vector<std::pair<std::size_t, std::size_t>>{{0, 1}, {0, 2}, {1, 2}, {3, 4}}));
  EXPECT_NEAR(pairs[0].area_m2, 25.0, 1e-9);
  EXPECT_NEAR(pairs[1].area_m2, 25.0, 1e-9);
  EXPECT_NEAR(pairs[2].area_m2, 25.0, 1e-9);   // 2 lies wholly inside 1
  EXPECT_NEAR(pairs[3].area_m2, 100.0, 1e-9);  // a duplicate shares all of itself
}

TEST(SelfOverlap, ATilingHasNoPairs) {
  // A 3×3 grid sharing vertices; a strip beside it whose edge holds vertices the grid lacks
  // (T-junctions: the exact proof gives up, GEOS finds a line of area 0).
  std::vector<std::string> wkt;
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) wkt.push_back(square_wkt(10.0 * i, 10.0 * j, 10));
  wkt.push_back("POLYGON((30 0,40 0,40 30,30 30,30 0))");
  EXPECT_TRUE(overlaps(layer_of(wkt)).empty());
}

TEST(SelfOverlap, AnIslandFillingAHoleAndClockwiseRingsHaveNoPairs) {
  Layer layer = layer_of({"POLYGON((0 0,30 0,30 30,0 30,0 0),(10 10,20 10,20 20,10 20,10 10))",
                          square_wkt(10, 10, 10),
                          "POLYGON((30 0,30 30,40 30,40 0,30 0))",  // clockwise
                          "POLYGON((40 0,40 30,50 30,50 0,40 0))"});
  EXPECT_TRUE(overlaps(layer).empty());
}

TEST(SelfOverlap, APolygonInsideAnotherAlongItsEdgeOverlapsByItsArea) {
  // [0,10]×[0,5] inside [0,10]² along the bottom edge: the edge is run the same way by both.
  Layer layer = layer_of({square_wkt(0, 0, 10), "POLYGON((0 0,10 0,10 5,0 5,0 0))"});
  auto pairs = overlaps(layer);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_NEAR(pairs[0].area_m2, 50.0, 1e-9);
}

TEST(SelfOverlap, AnInvalidPolygonIsMeasuredAfterRepair) {
  // The bow-tie's valid form is two triangles; the square over its right one shares
  // [15,20]×[0,10] ∩ the triangle (15,5)-(20,0)-(20,10): 25 m².
  Layer layer = layer_of({"POLYGON((10 0,20 10,20 0,10 10,10 0))", square_wkt(15, 0, 10)});
  auto pairs = overlaps(layer);
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_NEAR(pairs[0].area_m2, 25.0, 1e-9);
}

TEST(SelfOverlap, NullGeometriesAndSingleFeaturesGiveNothing) {
  EXPECT_TRUE(overlaps(layer_of({square_wkt(0, 0, 10), ""})).empty());
  EXPECT_TRUE(overlaps(layer_of({square_wkt(0, 0, 10)})).empty());
}
