// Planar measures straight from the flat arrays (no GEOS): ring areas, feature areas, centroids,
// line lengths.
#pragma once

#include "landplan/layer.hpp"

namespace landplan {

// Shoelace area, positive when counter-clockwise. Computed relative to the first vertex, so
// Gauss-Kruger coordinates in the millions lose no precision.
double signed_ring_area(RingView ring);

// Σ over parts of |shell| − Σ|holes|, in CRS units².
double planar_area(const Layer& layer, std::size_t feature);

// Σ of the segments' lengths along the vertices, in CRS units.
double line_length(RingView line);

// The area-weighted centroid of a polygon feature (holes subtracted).
struct Point {
  double x = 0.0;
  double y = 0.0;
};
Point area_centroid(const Layer& layer, std::size_t feature);

// True when the ring does not cross or touch itself (consecutive duplicate vertices allowed).
// O(n²): meant for the small rings of cadastral parcels.
bool ring_is_simple(RingView ring);

}  // namespace landplan
