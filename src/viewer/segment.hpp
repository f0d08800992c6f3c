// The point of a segment nearest to a point: shared by picking (distances) and snapping (where).
#pragma once

#include <algorithm>

#include "viewer/view_transform.hpp"

namespace landplan::viewer {

// The foot of the perpendicular from p, clamped to the ends; a zero-length segment gives a.
inline Point2 nearest_on_segment(Point2 p, Point2 a, Point2 b) {
  double dx = b.x - a.x, dy = b.y - a.y;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
  return {a.x + t * dx, a.y + t * dy};
}

}  // namespace landplan::viewer
