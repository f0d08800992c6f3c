// The even-odd point-in-polygon test, from the crossings of a ray east of the point.
#include "viewer/even_odd.hpp"

namespace landplan::viewer {

bool polygon_contains(const Layer& layer, std::size_t feature, Point2 p) {
  bool inside = false;
  for_each_crossing(layer, feature, p.y, [&](double x) {
    if (p.x < x) inside = !inside;
  });
  return inside;
}

}  // namespace landplan::viewer
