// Is a shapefile whole? Its three files checked against each other before trusting GDAL (internal).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace landplan::io::detail {

struct ShapefileCheck {
  std::optional<std::string> damage;  // what is damaged, or nothing when every header agrees
  std::size_t deleted = 0;            // .dbf records marked deleted, which GDAL leaves out
};

// Checks the shapefile `shp` with its .shx and .dbf (when either is missing, GDAL's own error
// says so). GDAL reads a damaged shapefile without complaint in many cases (a record
// cut short, a .dbf with fewer records, a shape whose bytes were overwritten), returning fewer
// features or empty geometries; these checks find it from the files' own bookkeeping:
// - .shp and .shx: file code 9994, stated length = actual size, one .shx entry per record;
// - each record: its number, where the .shx says, shape type of the file (or null), content
//   length matching its part and point counts, part offsets in order, points finite and
//   inside the record's bounding box;
// - .dbf: as many records as shapes, header and record lengths matching the file size and the
//   field descriptors, each record starting with a deletion flag (' ' or '*').
ShapefileCheck check_shapefile(const std::string& shp);

}  // namespace landplan::io::detail
