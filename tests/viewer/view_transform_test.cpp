// The view transform: screen ↔ world, pan, zoom about the cursor, and float32-safe drawing.
#include "viewer/view_transform.hpp"

#include <gtest/gtest.h>

namespace landplan::viewer {
namespace {

TEST(ViewTransform, WorldAndScreenRoundTripWithYUp) {
  ViewTransform view({409000.0, 4697000.0}, 2.0, 800, 600);
  Point2 s = view.to_screen({409000.0, 4697000.0});
  EXPECT_DOUBLE_EQ(s.x, 400.0);
  EXPECT_DOUBLE_EQ(s.y, 300.0);
  Point2 north_east = view.to_screen({409100.0, 4697100.0});  // 50 px right, 50 px up
  EXPECT_DOUBLE_EQ(north_east.x, 450.0);
  EXPECT_DOUBLE_EQ(north_east.y, 250.0);
  Point2 w = view.to_world({123.0, 456.0});
  Point2 back = view.to_screen(w);
  EXPECT_NEAR(back.x, 123.0, 1e-9);
  EXPECT_NEAR(back.y, 456.0, 1e-9);
}

TEST(ViewTransform, ZoomKeepsThePointUnderTheCursor) {
  ViewTransform view({409000.0, 4697000.0}, 10.0, 1000, 800);
  Point2 cursor{130.0, 610.0};
  Point2 before = view.to_world(cursor);
  view.zoom_about(cursor, 4.0);
  EXPECT_DOUBLE_EQ(view.metres_per_pixel(), 2.5);
  Point2 after = view.to_world(cursor);
  EXPECT_NEAR(after.x, before.x, 1e-6);
  EXPECT_NEAR(after.y, before.y, 1e-6);
}

TEST(ViewTransform, DragMovesTheContentWithTheMouse) {
  ViewTransform view({409000.0, 4697000.0}, 2.0, 800, 600);
  Point2 grabbed = view.to_world({100.0, 100.0});
  view.pan_pixels(30.0, -20.0);
  Point2 now = view.to_screen(grabbed);
  EXPECT_NEAR(now.x, 130.0, 1e-9);
  EXPECT_NEAR(now.y, 80.0, 1e-9);
}

TEST(ViewTransform, FitShowsTheWholeBoxCentred) {
  Box box{408000.0, 4696000.0, 412000.0, 4697000.0};  // 4 km × 1 km
  ViewTransform view = ViewTransform::fit(box, 800, 600, 0.0);
  EXPECT_DOUBLE_EQ(view.metres_per_pixel(), 5.0);  // the width decides
  Box visible = view.visible_box();
  EXPECT_LE(visible.minx, box.minx + 1e-6);
  EXPECT_GE(visible.maxx, box.maxx - 1e-6);
  EXPECT_LE(visible.miny, box.miny);
  EXPECT_GE(visible.maxy, box.maxy);
}

TEST(ViewTransform, ZoomIsClampedToSensibleScales) {
  ViewTransform view({0, 0}, 1.0, 100, 100);
  view.zoom_about({50, 50}, 1e9);
  EXPECT_DOUBLE_EQ(view.metres_per_pixel(), ViewTransform::kMinMetresPerPixel);
  view.zoom_about({50, 50}, 1e-12);
  EXPECT_DOUBLE_EQ(view.metres_per_pixel(), ViewTransform::kMaxMetresPerPixel);
}

// At GK y ≈ 4.7e6 a float32 has a step of 0.5 m; vertices relative to a local origin, with the
// transform built in double, keep a vertex at the right pixel even at 5 cm per pixel.
TEST(ViewTransform, LocalOriginKeepsSubPixelAccuracyAtGaussKrugerCoordinates) {
  Point2 origin{409000.0, 4697000.0};
  ViewTransform view({411234.567, 4699876.543}, 0.05, 1600, 1200);
  Point2 vertex{411240.123, 4699871.74};
  sf::Vector2f local(static_cast<float>(vertex.x - origin.x),
                     static_cast<float>(vertex.y - origin.y));
  sf::Vector2f drawn = view.local_to_screen(origin).transformPoint(local);
  Point2 exact = view.to_screen(vertex);
  EXPECT_NEAR(drawn.x, exact.x, 0.1);
  EXPECT_NEAR(drawn.y, exact.y, 0.1);
  // Whereas the raw float coordinate is already off by more than a pixel at this scale.
  double raw_error = std::abs(double(static_cast<float>(vertex.y)) - vertex.y) / 0.05;
  EXPECT_GT(raw_error, 1.0);
}

}  // namespace
}  // namespace landplan::viewer

namespace landplan::viewer {
namespace {

// A 200 m square under a right-hand panel (x 700–1000 of a 1000 px window at 1 m/px): moved
// into the free map on the left at the same scale; a square too big for it: zoomed out to fit.
TEST(ViewTransform, KeepingABoxInsideTheFreeMap) {
  ViewTransform view({0.0, 0.0}, 1.0, 1000, 800);
  Box free{0, 0, 700, 800};
  Box under_panel{250, -100, 450, 100};  // screen x 750–950
  ViewTransform moved = keeping_inside(view, under_panel, free);
  EXPECT_DOUBLE_EQ(moved.metres_per_pixel(), 1.0);
  Point2 low = moved.to_screen({250, 100}), high = moved.to_screen({450, -100});
  EXPECT_NEAR(low.x, 250.0, 1e-9);  // centred in 0–700: 350 ± 100
  EXPECT_NEAR(high.x, 450.0, 1e-9);
  EXPECT_NEAR(low.y, 300.0, 1e-9);
  EXPECT_NEAR(high.y, 500.0, 1e-9);

  Box inside{-300, -100, -100, 100};  // screen x 200–400: left alone
  ViewTransform same = keeping_inside(view, inside, free);
  EXPECT_DOUBLE_EQ(same.centre().x, 0.0);
  EXPECT_DOUBLE_EQ(same.centre().y, 0.0);

  Box wide{0, 0, 1260, 100};  // 1260 m into 0.9 × 700 px: 2 m/px
  ViewTransform out = keeping_inside(view, wide, free);
  EXPECT_NEAR(out.metres_per_pixel(), 2.0, 1e-12);
  EXPECT_NEAR(out.to_screen({0, 0}).x, 35.0, 1e-9);  // 350 − 630 / 2
  EXPECT_NEAR(out.to_screen({1260, 0}).x, 665.0, 1e-9);
}

}  // namespace
}  // namespace landplan::viewer
