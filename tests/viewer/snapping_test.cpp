// Snapping: the nearest vertex of a visible layer within the tolerance, else the nearest edge
// point, answers computed by hand on 100 m shapes.
#include "viewer/snapping.hpp"

#include <gtest/gtest.h>

#include "viewer_fixtures.hpp"

namespace landplan::viewer {
namespace {

using test::kX0;
using test::kY0;

// A 100 m square with its south-west corner at (kX0, kY0), and a diagonal road beside it.
MapModel square_and_road() {
  Layer land = test::layer_from_wkt({"POLYGON((0 0,100 0,100 100,0 100,0 0))"},
                                    {.name = "land", .origin = test::kMapOrigin});
  Layer road = test::layer_from_wkt({"LINESTRING(200 0,300 100)"},
                                    {.name = "road", .origin = test::kMapOrigin});
  return test::map_of({std::move(land), std::move(road)});
}

ViewTransform at_scale(double metres_per_pixel) {
  return ViewTransform({kX0 + 150, kY0 + 50}, metres_per_pixel, 800, 600);
}

Point2 world(double dx, double dy) {
  return {kX0 + dx, kY0 + dy};
}

TEST(Snapping, SnapsToAKnownVertex) {
  MapModel map = square_and_road();
  auto snap = Snapper(map).snap(world(103, 104), at_scale(1.0));  // 5 px from (100, 100)
  ASSERT_TRUE(snap);
  EXPECT_EQ(snap->kind, SnapResult::Kind::vertex);
  EXPECT_EQ(snap->at.x, kX0 + 100);
  EXPECT_EQ(snap->at.y, kY0 + 100);
  EXPECT_EQ(snap->layer, 0u);
  EXPECT_EQ(snap->feature, 0u);
}

TEST(Snapping, SnapsToTheFootOfThePerpendicularOnAnEdge) {
  MapModel map = square_and_road();
  // The road runs along y − x = −200 (offsets). From (250, 56) the foot is at
  // ((250 + 56 + 200) / 2, (250 + 56 − 200) / 2) = (253, 53), 3√2 ≈ 4.24 m away.
  auto snap = Snapper(map).snap(world(250, 56), at_scale(1.0));
  ASSERT_TRUE(snap);
  EXPECT_EQ(snap->kind, SnapResult::Kind::edge);
  EXPECT_EQ(snap->layer, 1u);
  EXPECT_NEAR(snap->at.x, kX0 + 253, 1e-9);
  EXPECT_NEAR(snap->at.y, kY0 + 53, 1e-9);
}

TEST(Snapping, AVertexBeatsANearerEdge) {
  MapModel map = square_and_road();
  // (99, 94): 1 m from the east edge, √(1 + 36) ≈ 6.08 m from the corner (100, 100).
  auto snap = Snapper(map).snap(world(99, 94), at_scale(1.0));
  ASSERT_TRUE(snap);
  EXPECT_EQ(snap->kind, SnapResult::Kind::vertex);
  EXPECT_EQ(snap->at.x, kX0 + 100);
  EXPECT_EQ(snap->at.y, kY0 + 100);
  // 20 m along the edge from the corner, the edge is all there is.
  snap = Snapper(map).snap(world(99, 80), at_scale(1.0));
  ASSERT_TRUE(snap);
  EXPECT_EQ(snap->kind, SnapResult::Kind::edge);
  EXPECT_EQ(snap->at.x, kX0 + 100);
  EXPECT_EQ(snap->at.y, kY0 + 80);
}

TEST(Snapping, NothingBeyondTheTolerance) {
  MapModel map = square_and_road();
  EXPECT_FALSE(Snapper(map).snap(world(50, 50), at_scale(1.0)));   // 50 m inside the square
  EXPECT_FALSE(Snapper(map).snap(world(109, 50), at_scale(1.0)));  // 9 px east of its edge
}

TEST(Snapping, TheToleranceIsInPixelsOfTheView) {
  MapModel map = square_and_road();
  Point2 p = world(112, 100);                         // 12 m east of the corner
  EXPECT_FALSE(Snapper(map).snap(p, at_scale(1.0)));  // 12 px
  auto snap = Snapper(map).snap(p, at_scale(2.0));    // 6 px
  ASSERT_TRUE(snap);
  EXPECT_EQ(snap->at.x, kX0 + 100);
  EXPECT_TRUE(Snapper(map).snap(p, at_scale(1.0), 12.5));
  EXPECT_FALSE(Snapper(map).snap(p, at_scale(2.0), 5.5));
}

TEST(Snapping, HiddenLayersAndResultsAreIgnored) {
  MapModel map = square_and_road();
  Point2 p = world(203, 2);  // 3.6 m from the road's start (200, 0)
  map.layers[1].visible = false;
  EXPECT_FALSE(Snapper(map).snap(p, at_scale(1.0)));
  map.layers[1].visible = true;
  map.layers[1].opacity = 0.0f;  // faded out in the layer list: not seen, not snapped to
  EXPECT_FALSE(Snapper(map).snap(p, at_scale(1.0)));
  // A conflict result copies the data's edges; snapping to it would be snapping to the answer.
  Layer conflict = test::layer_from_wkt({"POLYGON((0 0,100 0,100 100,0 100,0 0))"},
                                        {.name = "conflict", .origin = test::kMapOrigin});
  add_result_layer(map, std::move(conflict), "冲突", sf::Color::Red);
  map.layers[0].visible = false;
  EXPECT_FALSE(Snapper(map).snap(world(101, 101), at_scale(1.0)));
}

TEST(Snapping, AnEqualDistanceGoesToTheLayerOnTop) {
  Layer below =
      test::layer_from_wkt({"POINT(10 10)"}, {.name = "below", .origin = test::kMapOrigin});
  Layer above = test::layer_from_wkt({"POLYGON((10 10,50 10,50 50,10 10))"},
                                     {.name = "above", .origin = test::kMapOrigin});
  MapModel map = test::map_of({std::move(below), std::move(above)});
  auto snap = Snapper(map).snap(world(12, 9), at_scale(1.0));
  ASSERT_TRUE(snap);
  EXPECT_EQ(snap->layer, 1u);
  EXPECT_EQ(snap->kind, SnapResult::Kind::vertex);
}

}  // namespace
}  // namespace landplan::viewer
