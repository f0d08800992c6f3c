// Snapping by R-tree candidates, then every vertex and edge of each candidate.
#include "viewer/snapping.hpp"

#include <cmath>

#include "viewer/map_model.hpp"
#include "viewer/segment.hpp"

namespace landplan::viewer {
namespace {

// The best candidate of one kind so far; the first found wins a tie, so layers are searched
// from the top down.
struct Nearest {
  std::optional<SnapResult> found;
  double distance = 0.0;

  void offer(Point2 at, Point2 from, double within, SnapResult::Kind kind, std::size_t layer,
             std::size_t feature) {
    double d = std::hypot(at.x - from.x, at.y - from.y);
    if (d > within || (found && d >= distance)) return;
    found = SnapResult{at, kind, layer, feature};
    distance = d;
  }
};

bool snaps_to(const MapLayer& layer) {
  return layer.visible && layer.opacity > 0.0f && !layer.style.hatch;
}

}  // namespace

std::optional<SnapResult> Snapper::snap(Point2 world, const ViewTransform& view,
                                        double tolerance_px) const {
  double tolerance = tolerance_px * view.metres_per_pixel();
  Box near;
  near.extend(world.x, world.y);
  near = near.grown(tolerance);
  Nearest vertex, edge;
  for (std::size_t l = map_.layers.size(); l-- > 0;) {
    const MapLayer& layer = map_.layers[l];
    if (!snaps_to(layer)) continue;
    const Layer& data = layer.data;
    layer.index.query(near, [&](std::uint32_t f) {
      auto [first_part, last_part] = data.parts(f);
      for (std::size_t part = first_part; part < last_part; ++part) {
        auto [first, last] = data.rings(part);
        for (std::size_t r = first; r < last; ++r) {
          // Rings are stored closed, so consecutive vertices give every edge.
          RingView ring = data.ring(r);
          for (std::size_t i = 0; i < ring.size; ++i) {
            Point2 b{ring.x(i), ring.y(i)};
            vertex.offer(b, world, tolerance, SnapResult::Kind::vertex, l, f);
            if (i == 0) continue;
            Point2 a{ring.x(i - 1), ring.y(i - 1)};
            edge.offer(nearest_on_segment(world, a, b), world, tolerance, SnapResult::Kind::edge, l,
                       f);
          }
        }
      }
    });
  }
  return vertex.found ? vertex.found : edge.found;
}

}  // namespace landplan::viewer
