// Overlaps between two polygon layers: every intersecting pair, its area and share of each side.
#pragma once

#include <functional>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"

namespace landplan::ops {

struct OverlapPiece {
  std::size_t a = 0;  // feature index in A
  std::size_t b = 0;  // feature index in B
  double area_m2 = 0.0;
  double pct_of_a = 0.0;  // of A's feature area, 0–100
  double pct_of_b = 0.0;
};

struct Overlap {
  std::vector<OverlapPiece> pieces;  // sorted by (a, b); pairs that only touch are absent
  Layer geometry;  // piece i is feature i (fid i + 1), when OverlapOptions::keep_geometry
};

struct OverlapOptions {
  AreaMethod method = AreaMethod::ellipsoidal;
  bool keep_geometry = false;
  bool shares = true;  // compute pct_of_a and pct_of_b (needs the areas of both sides)
  // When set, only the pairs (feature of A, feature of B) it accepts are intersected: a test on
  // attributes (the same village) that spares GEOS the pairs whose overlap would not be used.
  // The local overlay's alone: the PostGIS engine refuses it.
  std::function<bool(std::size_t a, std::size_t b)> only_pairs = nullptr;
};

// Intersects two polygon layers in the same working CRS. Boxes first (a packed R-tree on the
// smaller layer), so features whose boxes meet nothing never become GEOS geometries; a
// prepared `contains` gives whole features without computing an intersection; OverlayNG (with
// a snapping retry) does the rest, in parallel. Invalid polygons are made valid with a
// warning; a pair GEOS cannot intersect is skipped with a warning naming both features.
// Areas are measured on A's source ellipsoid (or planar).
Overlap overlap(const Layer& a, const Layer& b, const OverlapOptions& options, Warnings& warnings);

// The pieces as a layer (geometry kept): fid_a, fid_b, then A's and B's attributes (suffixed
// _a/_b where both have a field of that name), then area_m2, area_mu, pct_of_a, pct_of_b.
Layer overlap_layer(Overlap overlap, const Layer& a, const Layer& b);

}  // namespace landplan::ops
