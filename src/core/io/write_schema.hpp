// How a layer will be written, decided before anything is written: each column's output name,
// type and width, what must change to fit the format, and the file size where the format has a
// limit (a shapefile's .shp and .dbf hold at most 2 GB each).
#pragma once

#include <ogr_core.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "io/write_encoding.hpp"
#include "landplan/io/write.hpp"

namespace landplan::io::detail {

struct ColumnSchema {
  std::string name;  // in the output (shortened for DBF)
  OGRFieldType type = OFTString;
  OGRFieldSubType subtype = OFSTNone;  // OFSTBoolean for booleans
  int width = 0;  // 0 = the driver's default
  int precision = 0;
  int decimals = -1;             // reals rounded to this many decimals; -1 = as they are
  bool numbers_as_text = false;  // numbers a DBF number field cannot hold exactly
  std::size_t max_bytes = 0;     // text cut to fit this many bytes; 0 = no limit
};

struct LayerSchema {
  const Layer* layer = nullptr;
  OutputFormat format = OutputFormat::shp;
  std::string base;   // safe file name, without extension
  std::string where;  // the output file, for messages
  std::vector<ColumnSchema> columns;
  bool multi = false;      // some feature has several parts: every geometry written as Multi*
  bool keep_fids = false;  // FIDs are unique and not negative: formats that store FIDs keep them
  bool names_changed = false;
  // KML: what each Placemark carries beyond the columns (set by the KML writer), else null.
  const struct PlacemarkExtras* placemark = nullptr;
};

struct PlacemarkExtras {
  std::string id;                     // the layer's id in the document (ASCII)
  std::string name_field;             // a text field added after the columns: the <name>
  const Column* name = nullptr;       // its values, or null for none
  std::vector<std::string> styles;    // per feature: "@style-id" of the document's style table
};

bool is_shapefile(OutputFormat format);
bool is_kml(OutputFormat format);  // kml or kmz: one LIBKML document

// Decides the layer's columns for the format and checks the format's limits (throws InputError
// for a shapefile over 2 GB or with more than 255 fields). Adds one warning per column whose
// values must change to fit.
LayerSchema layer_schema(const Layer& layer, const std::string& base, const std::string& where,
                     const WriteOptions& options, const TextEncoder& encoder, Warnings& warnings);

// A text value as written: valid UTF-8, only characters the encoding holds, within the column's
// byte limit (cut on a character boundary).
std::string fitted_text(const std::string& value, const ColumnSchema& schema,
                        const TextEncoder& encoder);

// A real value as written: rounded to the column's decimals; nullopt for NaN and infinities,
// which no output format holds.
std::optional<double> fitted_real(double value, const ColumnSchema& schema);

// A shapefile's .shp or .dbf holds at most 2 GB (offsets are 32-bit signed).
inline constexpr std::uint64_t kShapefileMaxBytes = std::uint64_t{1} << 31;

// Throws InputError naming the file when the .shp or .dbf would reach `max_bytes`, or the DBF
// would have more than 255 fields.
void check_shapefile_limits(const LayerSchema& schema, std::uint64_t max_bytes = kShapefileMaxBytes);

// The .shp and .dbf sizes in bytes that GDAL will write for the schema.
std::uint64_t shp_file_size(const LayerSchema& schema);
std::uint64_t dbf_file_size(const LayerSchema& schema);

}  // namespace landplan::io::detail
