// Polygon validity: a cheap check for the common parcel, GEOS for the rest, MakeValid (internal).
#pragma once

#include <string>

#include "landplan/geos.hpp"
#include "landplan/layer.hpp"

namespace landplan::ops::detail {

// Beyond this (metres or degrees) a coordinate is garbage in any CRS (the Earth is 4e7 m round),
// and near 1e154 GEOS's products overflow: MakeValid then never returns.
inline constexpr double kLargestCoordinate = 1e15;

// False when a vertex is NaN (reprojection leaves NaN where PROJ cannot transform one; GEOS
// cannot even build such a ring: "not closed") or beyond kLargestCoordinate. Such features never
// reach GEOS.
bool has_usable_coordinates(const Layer& layer, std::size_t feature);
inline constexpr const char* kUnusableCoordinates =
    "vertices that could not be transformed into the working CRS, or absurdly far";

// True when the polygon feature is valid; else `reason` says why (GEOS's words).
bool is_valid_polygon(const Layer& layer, std::size_t feature, std::string& reason);

// The feature as a valid GEOS geometry: made valid when it was not (then `reason` is set).
GeosGeometry valid_geometry(GeosContext& context, const Layer& layer, std::size_t feature,
                            std::string& reason);

// The polygonal parts of a GEOS geometry as a one-feature layer in `crs`.
Layer polygon_layer_of(GeosContext& context, const GEOSGeometry* geometry, const Crs& crs,
                       std::int64_t fid);

}  // namespace landplan::ops::detail
