// The even-odd rule on a feature's rings: the one place the viewer decides what is inside a
// polygon.
#pragma once

#include <cstddef>

#include "landplan/layer.hpp"
#include "viewer/view_transform.hpp"

namespace landplan::viewer {

// Calls at(x) for every edge of the feature's rings (shells and holes alike) that crosses the
// horizontal line through y, with the x where it crosses. An edge counts when one end is above y
// and the other is not, so a vertex exactly on the line is counted once, never twice.
template <class At>
void for_each_crossing(const Layer& layer, std::size_t feature, double y, At&& at) {
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t part = first_part; part < last_part; ++part) {
    auto [first, last] = layer.rings(part);
    for (std::size_t r = first; r < last; ++r) {
      RingView ring = layer.ring(r);
      for (std::size_t i = 0, j = ring.size - 1; i < ring.size; j = i++) {
        double yi = ring.y(i), yj = ring.y(j);
        if ((yi > y) != (yj > y)) at(ring.x(j) + (y - yj) / (yi - yj) * (ring.x(i) - ring.x(j)));
      }
    }
  }
}

// Inside when a ray east from p crosses the rings an odd number of times, so a point in a hole
// is outside and one in an island inside the hole is inside again.
bool polygon_contains(const Layer& layer, std::size_t feature, Point2 p);

}  // namespace landplan::viewer
