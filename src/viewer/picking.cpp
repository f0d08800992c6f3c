// Picking by R-tree candidates and exact geometry tests.
#include "viewer/picking.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "viewer/even_odd.hpp"
#include "viewer/segment.hpp"

namespace landplan::viewer {
namespace {

double segment_distance(Point2 p, Point2 a, Point2 b) {
  Point2 q = nearest_on_segment(p, a, b);
  return std::hypot(p.x - q.x, p.y - q.y);
}

}  // namespace

double distance_to_feature(const Layer& layer, std::size_t feature, Point2 p) {
  double best = std::numeric_limits<double>::infinity();
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t part = first_part; part < last_part; ++part) {
    auto [first, last] = layer.rings(part);
    for (std::size_t r = first; r < last; ++r) {
      RingView ring = layer.ring(r);
      if (ring.size == 1) best = std::min(best, std::hypot(ring.x(0) - p.x, ring.y(0) - p.y));
      for (std::size_t i = 1; i < ring.size; ++i) {
        best = std::min(
            best, segment_distance(p, {ring.x(i - 1), ring.y(i - 1)}, {ring.x(i), ring.y(i)}));
      }
    }
  }
  return best;
}

std::optional<Hit> pick(const MapModel& map, const ViewTransform& view, Point2 screen,
                        double tolerance_px, const std::function<bool(const MapLayer&)>& only) {
  Point2 p = view.to_world(screen);
  double tolerance = tolerance_px * view.metres_per_pixel();
  Box near;
  near.extend(p.x - tolerance, p.y - tolerance);
  near.extend(p.x + tolerance, p.y + tolerance);
  for (std::size_t l = map.layers.size(); l-- > 0;) {
    const MapLayer& layer = map.layers[l];
    if (!layer.visible || layer.opacity <= 0.0f || (only && !only(layer))) continue;
    std::optional<Hit> best;
    double best_distance = std::numeric_limits<double>::infinity();
    // A point symbol is hit anywhere on it, however large it is drawn.
    double reach = layer.data.kind == GeometryKind::point
                       ? std::max(tolerance, layer.style.size / 2.0 * view.metres_per_pixel())
                       : tolerance;
    Box around = near;
    around.extend(p.x - reach, p.y - reach);
    around.extend(p.x + reach, p.y + reach);
    // An outline-only polygon layer (village boundaries over the parcels) is picked at its
    // edges, so a click inside still reaches the parcel below.
    bool by_area = layer.data.kind == GeometryKind::polygon &&
                   (layer.style.fill || !layer.style.categories.empty());
    layer.index.query(around, [&](std::uint32_t f) {
      if (by_area) {
        // Overlapping polygons: the one drawn last (highest index) is on top.
        if (polygon_contains(layer.data, f, p) && (!best || f > best->feature)) best = Hit{l, f};
        return;
      }
      double d = distance_to_feature(layer.data, f, p);
      if (d <= reach && d < best_distance) {
        best_distance = d;
        best = Hit{l, f};
      }
    });
    if (best) return best;
  }
  return std::nullopt;
}

}  // namespace landplan::viewer
