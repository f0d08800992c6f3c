// Navigation from plain SFML events: wheel zoom about the cursor, drag, click, keys.
#include "viewer/navigation.hpp"

#include <gtest/gtest.h>

#include "viewer/bench_path.hpp"

namespace landplan::viewer {
namespace {

sf::Event mouse(sf::Event::EventType type, int x, int y) {
  sf::Event e{};
  e.type = type;
  if (type == sf::Event::MouseMoved) {
    e.mouseMove = {x, y};
  } else {
    e.mouseButton = {sf::Mouse::Left, x, y};
  }
  return e;
}

sf::Event key(sf::Keyboard::Key code) {
  sf::Event e{};
  e.type = sf::Event::KeyPressed;
  e.key.code = code;
  return e;
}

const Box kHome{0, 0, 8000, 6000};

TEST(Navigation, WheelZoomsAboutTheCursor) {
  ViewTransform view = ViewTransform::fit(kHome, 800, 600, 0);
  Point2 under = view.to_world({200, 100});
  sf::Event e{};
  e.type = sf::Event::MouseWheelScrolled;
  e.mouseWheelScroll = {sf::Mouse::VerticalWheel, 1.0f, 200, 100};
  Navigator nav;
  EXPECT_TRUE(nav.handle(e, view, kHome).view_changed);
  EXPECT_NEAR(view.metres_per_pixel(), 10.0 / 1.25, 1e-9);
  Point2 still = view.to_world({200, 100});
  EXPECT_NEAR(still.x, under.x, 1e-6);
  EXPECT_NEAR(still.y, under.y, 1e-6);
}

TEST(Navigation, DragPansAndAStillPressIsAClick) {
  ViewTransform view = ViewTransform::fit(kHome, 800, 600, 0);
  Navigator nav;
  Point2 grabbed = view.to_world({100, 100});
  nav.handle(mouse(sf::Event::MouseButtonPressed, 100, 100), view, kHome);
  nav.handle(mouse(sf::Event::MouseMoved, 160, 130), view, kHome);
  auto r = nav.handle(mouse(sf::Event::MouseButtonReleased, 160, 130), view, kHome);
  EXPECT_FALSE(r.click);
  Point2 now = view.to_screen(grabbed);
  EXPECT_NEAR(now.x, 160, 1e-9);
  EXPECT_NEAR(now.y, 130, 1e-9);
  nav.handle(mouse(sf::Event::MouseButtonPressed, 300, 300), view, kHome);
  nav.handle(mouse(sf::Event::MouseMoved, 302, 301), view, kHome);  // a hand's tremor
  r = nav.handle(mouse(sf::Event::MouseButtonReleased, 302, 301), view, kHome);
  ASSERT_TRUE(r.click);
  EXPECT_EQ(r.click->x, 302);
}

TEST(Navigation, KeysPanZoomAndGoHome) {
  ViewTransform view = ViewTransform::fit(kHome, 800, 600, 0);
  Navigator nav;
  Point2 c = view.centre();
  nav.handle(key(sf::Keyboard::Right), view, kHome);
  EXPECT_GT(view.centre().x, c.x);
  nav.handle(key(sf::Keyboard::Add), view, kHome);
  EXPECT_NEAR(view.metres_per_pixel(), 10.0 / 1.5, 1e-9);
  nav.handle(key(sf::Keyboard::Hyphen), view, kHome);
  EXPECT_NEAR(view.metres_per_pixel(), 10.0, 1e-9);
  nav.handle(key(sf::Keyboard::Home), view, kHome);
  EXPECT_NEAR(view.centre().x, 4000, 1e-9);
  EXPECT_FALSE(nav.handle(key(sf::Keyboard::Q), view, kHome).view_changed);
}

TEST(Navigation, FlightsInterpolateScaleGeometrically) {
  ViewTransform a({0, 0}, 100, 800, 600), b({1000, 0}, 1, 800, 600);
  EXPECT_NEAR(interpolate(a, b, 0.5).metres_per_pixel(), 10.0, 1e-9);
  EXPECT_NEAR(interpolate(a, b, 1.0).centre().x, 1000, 1e-9);
}

TEST(BenchPath, ZoomsInPansAndZoomsOut) {
  auto path = bench_path({0, 0, 20000, 20000}, 800, 800, 30);
  ASSERT_EQ(path.size(), 30u);
  EXPECT_NEAR(path[9].metres_per_pixel() * 20, path[0].metres_per_pixel(), 1e-9);
  EXPECT_NEAR(path[29].metres_per_pixel(), path[0].metres_per_pixel(), 1e-9);
  FrameStats s = summarise({5, 1, 3, 2, 4, 100});
  EXPECT_DOUBLE_EQ(s.median_ms, 3.5);
  EXPECT_DOUBLE_EQ(s.p95_ms, 100);
}

}  // namespace
}  // namespace landplan::viewer
