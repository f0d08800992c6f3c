// Which feature is under the cursor: an R-tree lookup, then exact tests on the flat arrays.
#pragma once

#include <functional>
#include <optional>

#include "viewer/map_model.hpp"
#include "viewer/view_transform.hpp"

namespace landplan::viewer {

struct Hit {
  std::size_t layer = 0;    // index into MapModel::layers
  std::size_t feature = 0;  // feature index in that layer
};

// The topmost visible feature at the screen point: a point symbol or line within
// `tolerance_px`, else a polygon containing the point (holes excluded). `only`, when given,
// passes over the layers it refuses (a sketch copies a relocation site under a result's hatch).
std::optional<Hit> pick(const MapModel& map, const ViewTransform& view, Point2 screen,
                        double tolerance_px = 4.0,
                        const std::function<bool(const MapLayer&)>& only = nullptr);

// Shortest distance from p to the feature's vertices (points) or segments (lines), metres.
double distance_to_feature(const Layer& layer, std::size_t feature, Point2 p);

}  // namespace landplan::viewer
