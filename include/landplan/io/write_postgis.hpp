// Writing Layers into PostGIS tables, all in one transaction.
#pragma once

#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/io/write.hpp"
#include "landplan/layer.hpp"

namespace landplan::io {

// Writes each layer as a table named after it (fid primary key, `geom` with the layer's SRID and
// a GiST index, attributes as UTF-8 text, 64-bit integers and doubles) into the database of
// `target` ("PG:…"). One transaction holds every table: on any failure nothing is left behind
// and tables that were there are as they were. Throws InputError before writing anything when a
// table exists without `options.overwrite`. WrittenLayer::file is "schema.table".
std::vector<WrittenLayer> write_postgis(const std::vector<Layer>& layers, const std::string& target,
                                        const WriteOptions& options, Warnings& warnings);

}  // namespace landplan::io
