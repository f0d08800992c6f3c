// Snapping a sketch's cursor to the vertices and edges of the visible layers, within a few pixels.
#pragma once

#include <cstddef>
#include <optional>

#include "viewer/view_transform.hpp"

namespace landplan::viewer {

struct MapModel;

struct SnapResult {
  Point2 at;  // working CRS
  enum class Kind { vertex, edge } kind;
  std::size_t layer;    // index into MapModel::layers
  std::size_t feature;  // feature index in that layer
};

class Snapper {
 public:
  explicit Snapper(const MapModel& map) : map_(map) {}

  // The nearest vertex of a visible layer's feature within tolerance_px (screen pixels at `view`)
  // of `world`, else the nearest point on an edge within it, else nullopt. Vertices win over
  // edges even when an edge is nearer: a planner snaps to corners. Hidden layers (or fully
  // transparent ones) and planning results (hatched conflicts, which copy the data's edges) are
  // not snapped to. Equal distances go to the layer drawn on top.
  std::optional<SnapResult> snap(Point2 world, const ViewTransform& view,
                                 double tolerance_px = 8.0) const;

 private:
  const MapModel& map_;
};

}  // namespace landplan::viewer
