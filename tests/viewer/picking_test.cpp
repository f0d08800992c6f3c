// Picking: the topmost visible feature under a screen point; holes are outside.
#include "viewer/picking.hpp"

#include <gtest/gtest.h>

#include "viewer/identify.hpp"
#include "viewer_fixtures.hpp"

namespace landplan::viewer {
namespace {

using test::kX0;
using test::kY0;

MapModel two_layers() {
  // Bottom: a 300 m square with a 100 m hole in the middle, and a neighbour east of it.
  Layer land = test::layer_from_wkt(
      {"POLYGON((0 0,300 0,300 300,0 300,0 0),(100 100,200 100,200 200,100 200,100 100))",
       "POLYGON((300 0,600 0,600 300,300 300,300 0))"},
      {.name = "land", .origin = test::kMapOrigin});
  Layer wells =
      test::layer_from_wkt({"POINT(450 150)"}, {.name = "points", .origin = test::kMapOrigin});
  return test::map_of({std::move(land), std::move(wells)});
}

// 1 m per pixel, the map's south-west corner (kX0, kY0) at screen (100, 500).
ViewTransform view() {
  return ViewTransform({kX0 + 300, kY0 + 100}, 1.0, 800, 600);
}

Point2 screen_of(double dx, double dy) {
  return view().to_screen({kX0 + dx, kY0 + dy});
}

TEST(Picking, FindsThePolygonUnderTheCursor) {
  MapModel map = two_layers();
  auto hit = pick(map, view(), screen_of(50, 50));
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->layer, 0u);
  EXPECT_EQ(map.layers[0].data.fid(hit->feature), 1);
  hit = pick(map, view(), screen_of(350, 250));
  ASSERT_TRUE(hit);
  EXPECT_EQ(map.layers[0].data.fid(hit->feature), 2);
}

TEST(Picking, InsideAHoleIsNotThePolygon) {
  MapModel map = two_layers();
  EXPECT_FALSE(pick(map, view(), screen_of(150, 150)));
}

TEST(Picking, PointsOnTopWinWithinTheirTolerance) {
  MapModel map = two_layers();
  auto hit = pick(map, view(), screen_of(452, 149));  // 2 px from the well
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->layer, 1u);
  hit = pick(map, view(), screen_of(470, 150));  // 20 px away: the parcel below
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->layer, 0u);
}

TEST(Picking, HiddenLayersAreNotPicked) {
  MapModel map = two_layers();
  map.layers[1].visible = false;
  auto hit = pick(map, view(), screen_of(450, 150));
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->layer, 0u);
}

TEST(Picking, OutlineOnlyPolygonsArePickedAtTheirEdges) {
  MapModel map = two_layers();
  map.layers[0].style.fill.reset();  // boundaries only, like village limits over parcels
  EXPECT_FALSE(pick(map, view(), screen_of(50, 50)));
  auto hit = pick(map, view(), screen_of(2, 50));
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->layer, 0u);
}

TEST(Identify, GivesAttributesAndTheEllipsoidalAreaOfTheHolePolygon) {
  MapModel map = two_layers();
  auto hit = pick(map, view(), screen_of(20, 20));
  ASSERT_TRUE(hit);
  Identified id = identify(map, *hit);
  EXPECT_EQ(id.fid, 1);
  ASSERT_TRUE(id.area_m2);
  // 300² − 100² = 80,000 m² planar; the ellipsoidal area is smaller by the GK scale factor
  // squared (k ≈ 1.0001 at 91 km from the central meridian).
  EXPECT_NEAR(*id.area_m2, 80000.0 / (1.0001 * 1.0001), 4.0);
  EXPECT_NE(id.method.find("ellipsoidal"), std::string::npos);
}

}  // namespace
}  // namespace landplan::viewer
