// Making zones from layers: buffers, service circles, dissolves, subsets, subdivisions.
#pragma once

#include <functional>
#include <vector>

#include "landplan/layer.hpp"

namespace landplan::ops {

// Circles approximated by 4 × kQuadrantSegments sides: the area falls short of π r² by about
// 1e-4 relative (a 256-gon), well below the precision of a well's service radius.
inline constexpr int kQuadrantSegments = 64;

// All features of a polygon layer merged into one (a dissolve), grown by `distance` metres
// first when it is not zero. Named `name`, in the layer's CRS.
Layer dissolve(const Layer& layer, double distance, const std::string& name);

// One circle per point feature, of radius radii[f] (metres), with the points' attributes.
Layer circles(const Layer& points, const std::vector<double>& radii, const std::string& name);

// The features for which `keep` is true, with their attributes, in layer order.
Layer subset(const Layer& layer, const std::function<bool(std::size_t)>& keep,
             const std::string& name);

// The polygons of `zone` cut along a grid of `cell` metres into pieces with disjoint interiors
// (GEOS ClipByRect), so that overlaying a large, many-vertex zone (the union of a county's
// well circles) costs per piece what a small polygon costs. Pieces carry no attributes. The
// zone must be valid (as a dissolve's result is): it is not checked again.
Layer subdivide(const Layer& zone, double cell, const std::string& name);


}  // namespace landplan::ops
