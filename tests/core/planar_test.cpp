// Planar measures against hand-computed shoelace areas, centroids and self-crossings.
#include "landplan/planar.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

using namespace landplan;

namespace {

constexpr test::Origin kGaussKruger = {409000, 4696000};

Layer polygon(const std::string& wkt) {
  return test::layer_from_wkt({wkt}, {.origin = kGaussKruger});
}

}  // namespace

TEST(Planar, ShoelaceIsSignedByWinding) {
  Layer ccw = polygon("POLYGON((0 0,40 0,40 25,0 25,0 0))");
  Layer cw = polygon("POLYGON((0 0,0 25,40 25,40 0,0 0))");
  EXPECT_DOUBLE_EQ(signed_ring_area(ccw.ring(0)), 1000.0);
  EXPECT_DOUBLE_EQ(signed_ring_area(cw.ring(0)), -1000.0);
  // A right triangle of legs 30 and 7 at GK magnitudes: 105 m², exactly.
  EXPECT_DOUBLE_EQ(signed_ring_area(polygon("POLYGON((0 0,30 0,0 7,0 0))").ring(0)), 105.0);
}

TEST(Planar, FeatureAreaSubtractsHolesAndAddsParts) {
  // 100×100 minus a 20×30 hole, plus a second part, an L of 30×30 minus 20×20: 9400 + 500.
  Layer layer = polygon(
      "MULTIPOLYGON(((0 0,100 0,100 100,0 100,0 0),(10 10,10 40,30 40,30 10,10 10)),"
      "((200 0,230 0,230 10,210 10,210 30,200 30,200 0)))");
  EXPECT_DOUBLE_EQ(planar_area(layer, 0), 10000.0 - 600.0 + 500.0);
}

TEST(Planar, CentroidIsAreaWeightedWithHolesTakenOut) {
  // The L (bar 30×10 at (15,5), stem 10×20 at (5,20)): ((300·15 + 200·5) / 500, (300·5 +
  // 200·20) / 500) = (11, 11).
  Point l = area_centroid(polygon("POLYGON((0 0,30 0,30 10,10 10,10 30,0 30,0 0))"), 0);
  EXPECT_NEAR(l.x, kGaussKruger.x + 11, 1e-9);
  EXPECT_NEAR(l.y, kGaussKruger.y + 11, 1e-9);
  // A 40×20 rectangle with its east 20×20 half cut out as a hole: the west half's centre.
  Point west =
      area_centroid(polygon("POLYGON((0 0,40 0,40 20,0 20,0 0),(20 0,40 0,40 20,20 20,20 0))"), 0);
  EXPECT_NEAR(west.x, kGaussKruger.x + 10, 1e-9);
  EXPECT_NEAR(west.y, kGaussKruger.y + 10, 1e-9);
}

TEST(Planar, BowTieAndTouchingRingsAreNotSimple) {
  EXPECT_TRUE(ring_is_simple(polygon("POLYGON((0 0,10 0,10 10,0 10,0 0))").ring(0)));
  EXPECT_TRUE(ring_is_simple(polygon("POLYGON((0 0,10 0,10 0,10 10,0 10,0 0))").ring(0)));
  EXPECT_FALSE(ring_is_simple(polygon("POLYGON((0 0,20 20,20 0,0 20,0 0))").ring(0)));
  // A figure eight through (10, 10) twice: it touches itself.
  EXPECT_FALSE(ring_is_simple(
      polygon("POLYGON((0 0,10 0,10 10,20 10,20 20,10 20,10 10,0 10,0 0))").ring(0)));
}
