// GCJ-02 sources (--assume-crs GCJ-02, assume_crs = "GCJ-02"): which layers it may apply to, and
// their conversion to WGS 84 as they are read (internal to the io module).
#pragma once

#include <string>

#include "landplan/crs.hpp"
#include "landplan/error.hpp"
#include "landplan/layer.hpp"

namespace landplan::io::detail {

// Throws InputError unless `crs` (the layer's declared CRS, or EPSG:4326 when it declares none)
// is longitude/latitude on WGS 84 or CGCS2000 — what files digitised on AMap, Tencent maps or 奥维
// declare (KML, GeoJSON) — or when the geometry is not read (--engine postgis).
void check_gcj02_source(const Crs& crs, const std::string& where, bool geometry);

// Converts the layer's longitude/latitude from GCJ-02 to WGS 84 in place, with one warning saying
// that the result is approximate and how far it moved the data.
void convert_gcj02(Layer& layer, Warnings& warnings);

}  // namespace landplan::io::detail
