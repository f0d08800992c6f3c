// The even-odd rule: inside, outside, in a hole, on an island in the hole, and vertices on the ray.
#include "viewer/even_odd.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "support/layer_from_wkt.hpp"

namespace landplan::viewer {
namespace {

// A 300 m square with a 100 m hole in its middle, and a 20 m island inside that hole (a second
// part): read by GDAL, so the rings are what the WKT says, not what the viewer would build.
Layer square_with_hole_and_island() {
  return test::layer_from_wkt(
      {"MULTIPOLYGON(((0 0,300 0,300 300,0 300,0 0),(100 100,200 100,200 200,100 200,100 100)),"
       "((140 140,160 140,160 160,140 160,140 140)))"});
}

TEST(EvenOdd, PointsInTheShellAreInsideAndBeyondItOutside) {
  Layer layer = square_with_hole_and_island();
  EXPECT_TRUE(polygon_contains(layer, 0, {50, 50}));
  EXPECT_TRUE(polygon_contains(layer, 0, {250, 150}));
  EXPECT_FALSE(polygon_contains(layer, 0, {350, 50}));   // east of the square
  EXPECT_FALSE(polygon_contains(layer, 0, {-10, 150}));  // west, level with the hole
  EXPECT_FALSE(polygon_contains(layer, 0, {150, 310}));  // north
}

TEST(EvenOdd, AHoleIsOutsideAndAnIslandInItInsideAgain) {
  Layer layer = square_with_hole_and_island();
  EXPECT_FALSE(polygon_contains(layer, 0, {120, 120}));
  EXPECT_FALSE(polygon_contains(layer, 0, {180, 150}));
  EXPECT_TRUE(polygon_contains(layer, 0, {150, 150}));
}

TEST(EvenOdd, AVertexOnTheRayCountsOnce) {
  // A diamond: the ray east from its centre passes exactly through the vertex (100, 0); counted
  // twice (once per edge), the centre would be outside.
  Layer diamond = test::layer_from_wkt({"POLYGON((0 -100,100 0,0 100,-100 0,0 -100))"});
  EXPECT_TRUE(polygon_contains(diamond, 0, {0, 0}));
  EXPECT_FALSE(polygon_contains(diamond, 0, {-150, 0}));  // both vertices east of it
  EXPECT_FALSE(polygon_contains(diamond, 0, {150, 0}));
}

TEST(EvenOdd, CrossingsOfALineAreWhereItMeetsEveryRing) {
  Layer layer = square_with_hole_and_island();
  std::vector<double> at;
  for_each_crossing(layer, 0, 150.0, [&](double x) { at.push_back(x); });
  std::sort(at.begin(), at.end());
  EXPECT_EQ(at, (std::vector<double>{0, 100, 140, 160, 200, 300}));
  at.clear();
  for_each_crossing(layer, 0, 50.0, [&](double x) { at.push_back(x); });
  std::sort(at.begin(), at.end());
  EXPECT_EQ(at, (std::vector<double>{0, 300}));
}

}  // namespace
}  // namespace landplan::viewer
