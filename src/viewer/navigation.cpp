// Mouse and keyboard navigation.
#include "viewer/navigation.hpp"

#include <algorithm>
#include <cmath>

namespace landplan::viewer {

NavigationResult Navigator::handle(const sf::Event& event, ViewTransform& view, const Box& home) {
  NavigationResult r;
  switch (event.type) {
    case sf::Event::MouseButtonPressed:
      if (event.mouseButton.button == sf::Mouse::Left) {
        pressed_ = true;
        moved_ = false;
        press_at_ = last_at_ = {double(event.mouseButton.x), double(event.mouseButton.y)};
      }
      break;
    case sf::Event::MouseMoved: {
      Point2 at{double(event.mouseMove.x), double(event.mouseMove.y)};
      if (pressed_) {
        if (std::hypot(at.x - press_at_.x, at.y - press_at_.y) > kClickSlopPx) moved_ = true;
        if (moved_) {
          view.pan_pixels(at.x - last_at_.x, at.y - last_at_.y);
          r.view_changed = true;
        }
      }
      last_at_ = at;
      break;
    }
    case sf::Event::MouseButtonReleased:
      if (event.mouseButton.button == sf::Mouse::Left && pressed_) {
        pressed_ = false;
        if (!moved_) {
          Point2 at{double(event.mouseButton.x), double(event.mouseButton.y)};
          float now = clock_.getElapsedTime().asSeconds();
          bool twice = last_click_ && now - last_click_time_ < 0.4f &&
                       std::hypot(at.x - last_click_->x, at.y - last_click_->y) <= kClickSlopPx;
          if (twice) {
            r.double_click = at;
            last_click_.reset();
          } else {
            r.click = at;
            last_click_ = at;
            last_click_time_ = now;
          }
        }
      }
      break;
    case sf::Event::MouseWheelScrolled:
      if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel) {
        view.zoom_about({double(event.mouseWheelScroll.x), double(event.mouseWheelScroll.y)},
                        std::pow(1.25, event.mouseWheelScroll.delta));
        r.view_changed = true;
      }
      break;
    case sf::Event::KeyPressed: {
      // An eighth of the screen per arrow press.
      double dx = view.width() / 8.0, dy = view.height() / 8.0;
      Point2 centre{view.width() / 2.0, view.height() / 2.0};
      switch (event.key.code) {
        case sf::Keyboard::Left:
          view.pan_pixels(dx, 0);
          break;
        case sf::Keyboard::Right:
          view.pan_pixels(-dx, 0);
          break;
        case sf::Keyboard::Up:
          view.pan_pixels(0, dy);
          break;
        case sf::Keyboard::Down:
          view.pan_pixels(0, -dy);
          break;
        case sf::Keyboard::Add:
        case sf::Keyboard::Equal:
          view.zoom_about(centre, 1.5);
          break;
        case sf::Keyboard::Subtract:
        case sf::Keyboard::Hyphen:
          view.zoom_about(centre, 1 / 1.5);
          break;
        case sf::Keyboard::Home:
          view = ViewTransform::fit(home, view.width(), view.height());
          break;
        default:
          return r;
      }
      r.view_changed = true;
      break;
    }
    case sf::Event::Resized:
      view.resize(event.size.width, event.size.height);
      r.view_changed = true;
      break;
    default:
      break;
  }
  return r;
}

ViewTransform interpolate(const ViewTransform& from, const ViewTransform& to, double t) {
  t = std::clamp(t, 0.0, 1.0);
  double e = t * t * (3 - 2 * t);  // smoothstep: no jolt at either end
  ViewTransform v = to;
  Point2 a = from.centre(), b = to.centre();
  v.set_centre({a.x + (b.x - a.x) * e, a.y + (b.y - a.y) * e});
  v.set_metres_per_pixel(from.metres_per_pixel() *
                         std::pow(to.metres_per_pixel() / from.metres_per_pixel(), e));
  return v;
}

}  // namespace landplan::viewer
