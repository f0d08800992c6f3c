// What each output format needs: its GDAL driver, file names and creation options, and the
// finishing touches GDAL does not do itself (a .cpg of 936 for GBK, the zip of shpzip, GBK CSV).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "io/write_schema.hpp"

namespace landplan::io::detail {

const char* driver_name(OutputFormat format);

// The file GDAL writes the layer to inside the staging folder (shpzip: the .shp to be zipped).
std::string gdal_file_name(const LayerSchema& schema);

// The layer's main file in the output folder: parcels.shp, parcels.shp.zip, parcels.gpkg…
// (a shapefile without geometry is just its .dbf).
std::string main_file_name(const LayerSchema& schema);

// Every file an export of this layer may leave in the output folder, with sidecars that other
// software adds (spatial indexes, SQLite journals): an earlier export's stale .qix or -wal would
// corrupt the new one, so these are replaced or removed together.
std::vector<std::string> file_family(const LayerSchema& schema);

std::vector<std::string> layer_creation_options(const LayerSchema& schema, TextEncoding encoding,
                                                const std::string& fid_name,
                                                const std::string& geometry_name);

// After GDAL has closed the dataset: a .cpg that GDAL and ArcGIS both read as GBK, the zip of
// shpzip, CSV text recoded to GBK. Throws InputError when a file cannot be written.
void finish_files(const LayerSchema& schema, const std::filesystem::path& staging,
                  const TextEncoder& encoder);

// DIR/<layer>.fields.csv: each field's name in the layer and in the output (UTF-8 with a byte
// order mark, so Excel and WPS open it right).
void write_field_map(const LayerSchema& schema, const std::filesystem::path& file);
std::string field_map_name(const LayerSchema& schema);

}  // namespace landplan::io::detail
