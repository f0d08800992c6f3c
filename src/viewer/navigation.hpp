// Turning mouse and keyboard events into view changes, the way QGIS users expect: drag pans,
// the wheel zooms about the cursor, arrows pan, +/− zoom, Home shows the whole project. A press
// and release without movement is a click (identify, or a measure point). No window needed:
// events are plain sf::Event values.
#pragma once

#include <SFML/System/Clock.hpp>
#include <SFML/Window/Event.hpp>
#include <optional>

#include "viewer/view_transform.hpp"

namespace landplan::viewer {

struct NavigationResult {
  bool view_changed = false;
  std::optional<Point2> click;         // screen point of a left click
  std::optional<Point2> double_click;  // screen point of a left double click
};

class Navigator {
 public:
  // `home` is the extent Home returns to.
  NavigationResult handle(const sf::Event& event, ViewTransform& view, const Box& home);
  bool dragging() const { return pressed_ && moved_; }

 private:
  static constexpr double kClickSlopPx = 4.0;
  bool pressed_ = false;
  bool moved_ = false;
  Point2 press_at_, last_at_;
  std::optional<Point2> last_click_;
  sf::Clock clock_;
  float last_click_time_ = -10.0f;
};

// A smooth flight between two views: the centre moves linearly and the scale geometrically, so
// zooming 100× takes as long as zooming 10× twice. t in [0, 1], eased at both ends.
ViewTransform interpolate(const ViewTransform& from, const ViewTransform& to, double t);

}  // namespace landplan::viewer
