// Polygon validity: a cheap check for the common parcel, GEOS for the rest, MakeValid (internal).
#pragma once

#include <string>

#include "landplan/geos.hpp"
#include "landplan/layer.hpp"

namespace landplan::plan::detail {

// True when the polygon feature is valid; else `reason` says why (GEOS's words).
bool is_valid_polygon(const Layer& layer, std::size_t feature, std::string& reason);

// The feature as a valid GEOS geometry: made valid when it was not (then `reason` is set).
GeosGeometry valid_geometry(GeosContext& context, const Layer& layer, std::size_t feature,
                            std::string& reason);

// The polygonal parts of a GEOS geometry as a one-feature layer in `crs`.
Layer polygon_layer_of(GeosContext& context, const GEOSGeometry* geometry, const Crs& crs,
                       std::int64_t fid);

}  // namespace landplan::plan::detail
