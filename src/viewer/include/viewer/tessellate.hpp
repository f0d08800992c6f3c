// Polygons (concave, with holes) → triangles for fills: once per feature, never for measuring.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "viewer/view_transform.hpp"

namespace landplan::viewer {

// One ring's vertices (x,y interleaved, relative to a local origin), without a closing repeat.
using RingCoords = std::vector<double>;

struct TessellationStats {
  std::size_t fans = 0;         // convex shells: a triangle fan
  std::size_t ear_clipped = 0;  // small concave shells: ear clipping
  std::size_t delaunay = 0;     // holes or many vertices: GEOS constrained Delaunay
  std::size_t fallbacks = 0;    // GEOS failed (invalid input): the shell alone was ear-clipped
  void add(const TessellationStats& other);
};

// Appends the triangles of the polygon whose shell is rings[0] and holes the rest. First every
// ring's vertices go to `vertices` (x,y pairs) in order and count, the shell made
// counter-clockwise, so outlines can index them; then any extra vertices the triangulation needs.
// `triangles` gets three indices into `vertices` per triangle.
void tessellate_polygon(std::span<const RingCoords> rings, std::vector<double>& vertices,
                        std::vector<std::uint32_t>& triangles, TessellationStats& stats);

// The ring made fit for tessellation, into `out`: relative to `origin`, closing vertex and
// repeated vertices removed.
void clean_ring(const double* xy, std::size_t size, Point2 origin, RingCoords& out);

// Douglas–Peucker for display at a coarse zoom (tolerance in metres) into `out`; a ring that
// collapses below three vertices comes back empty. Never used for areas.
void simplify_ring(const RingCoords& ring, double tolerance, RingCoords& out);

// Signed area (positive when counter-clockwise), for tests and orientation.
double signed_area(const RingCoords& ring);

}  // namespace landplan::viewer
