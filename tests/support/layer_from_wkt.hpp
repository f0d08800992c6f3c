// Test layers written as WKT literals with their attributes, GEOS-style, parsed by GDAL (a reader
// independent of landplan's) and stored the way the core stores features.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan::test {

// One attribute value; std::monostate is a null.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

// A column's values, one per feature; its type is that of its first non-null value.
struct ColumnValues {
  std::string name;
  std::vector<Value> values;
};

// A place the WKT is written relative to: GK coordinates in the millions written as offsets.
struct Origin {
  double x = 0.0;
  double y = 0.0;
};

struct LayerOptions {
  std::string crs = "EPSG:4549";
  std::string source_crs;  // "" = crs
  std::string name = "test";
  std::optional<Role> role;
  std::string source;
  GeometryKind kind = GeometryKind::none;  // none = the kind of the first geometry
  std::vector<std::int64_t> fids;          // empty = 1, 2, 3…
  std::vector<ColumnValues> columns;
  Origin origin;  // added to every vertex
};

// One feature per WKT ("" or an EMPTY geometry = a null geometry). Multi-geometries become
// parts; vertices are kept as written. Throws std::invalid_argument for WKT GDAL cannot read.
Layer layer_from_wkt(const std::vector<std::string>& wkt, const LayerOptions& options = {});

// A polygon of computed coordinates as WKT: interleaved x,y rings (shell first, then holes),
// each closed, written with 17 significant digits so every double reads back unchanged.
std::string polygon_wkt_of(const std::vector<std::vector<double>>& rings);

// A square of `side` with its south-west corner at (x, y), counter-clockwise, in WKT.
std::string square_wkt(double x, double y, double side);

}  // namespace landplan::test
