// Intersecting two valid GEOS geometries robustly (internal to ops).
#pragma once

#include "landplan/geos.hpp"

namespace landplan::ops::detail {

// Their intersection by OverlayNG, retried on a 1 mm grid where floating-point noding fails
// (nearly coincident edges); null when both fail, with context.last_error() saying why.
GeosGeometry intersect_robustly(GeosContext& context, const GEOSGeometry* a, const GEOSGeometry* b);

}  // namespace landplan::ops::detail
