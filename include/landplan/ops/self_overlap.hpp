// Overlaps within one polygon layer: the pairs of features whose interiors meet (a land-use
// layer's parcels must tile without overlapping).
#pragma once

#include <cstddef>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"

namespace landplan::ops {

struct SelfOverlap {
  std::size_t a = 0;  // feature index, a < b
  std::size_t b = 0;
  double area_m2 = 0.0;  // their common area
};

// Every pair of features of `layer` sharing a positive area, each pair once, sorted by (a, b).
// Neighbours that share only edges or vertices are not pairs. Boxes first (a packed R-tree),
// then, for boxes that overlap, an exact test on the flat arrays that proves most neighbours
// only share edges; GEOS (a prepared `contains`, OverlayNG) measures the rest. Invalid polygons
// are made valid first, without a warning (the caller reports them); a pair GEOS cannot
// intersect is a data fault naming both features. In parallel, the output deterministic.
std::vector<SelfOverlap> self_overlaps(const Layer& layer, AreaMethod method, Warnings& warnings);

}  // namespace landplan::ops
