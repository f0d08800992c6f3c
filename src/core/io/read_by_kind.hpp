// Source layers that hold points, lines and polygons together, read as one Layer per kind —
// a Layer has one geometry kind, and a shapefile holds one.
#pragma once

#include <string>
#include <vector>

#include "landplan/io/read.hpp"

namespace landplan::io::detail {

// The layer's geometry kinds, in the order point, line, polygon: the kind it declares, or, when
// it declares none (GeoJSON, DXF, GEOMETRY columns), the kinds its features hold.
std::vector<GeometryKind> geometry_kinds(const std::string& source, const ReadOptions& options);

// Reads the layer as one Layer per kind in `kinds`, each named <layer>_<kind>, in its own CRS.
// A geometry collection gives its parts to the Layers of their kinds; features without geometry
// go with the first kind.
std::vector<Layer> read_by_kind(const std::string& source, const ReadOptions& options,
                                const std::vector<GeometryKind>& kinds, Warnings& warnings);

}  // namespace landplan::io::detail
