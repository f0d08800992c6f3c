// Writing Layers for other GIS software: shapefiles that open right in ArcGIS and QGIS (GBK or
// UTF-8), GeoPackage, GeoJSON, FlatGeobuf, CSV, and KML/KMZ for field staff's phones — all or
// nothing, never clobbering.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "landplan/colour.hpp"
#include "landplan/error.hpp"
#include "landplan/layer.hpp"

namespace landplan::io {

// jzd: the Ministry's coordinate-exchange TXT (界址点坐标, 部标格式), one <layer>.txt per layer;
// kml/kmz: one document for field staff, a folder per layer.
enum class OutputFormat { shp, shpzip, gpkg, geojson, fgb, csv, jzd, kml, kmz };
std::optional<OutputFormat> parse_output_format(std::string_view text);
std::string_view format_name(OutputFormat format);

// Text encoding of shapefile, CSV and jzd output; the other formats are UTF-8 by specification.
enum class TextEncoding { utf8, gbk };
std::optional<TextEncoding> parse_text_encoding(std::string_view text);  // UTF-8, GBK, CP936, 936

// How a layer looks where the format carries styles (KML/KMZ), resolved from the project.
struct LayerLook {
  std::string name_field;  // the column naming each feature (a KML Placemark's <name>); "" = none
  std::optional<Rgba> fill, outline;  // none = not filled / no outline
  double opacity = 1.0;               // of fills and outlines alike
  double width = 1.0;                 // outline or line width, pixels
  // Colours by the value of a field (style.by): one per category, and each feature's category
  // (-1 = the plain fill).
  std::vector<Rgba> category_colours;
  std::vector<std::int32_t> feature_category;
};

struct WriteOptions {
  OutputFormat format = OutputFormat::shp;
  TextEncoding encoding = TextEncoding::utf8;
  bool overwrite = false;  // replace earlier outputs of the same layers
  // Real columns rounded to this many decimals and declared so (DBF width/precision).
  std::map<std::string, int> fixed_decimals;
  // Files that must never be replaced, even with `overwrite`: the export's own inputs.
  std::vector<std::filesystem::path> inputs;
  // GeoPackage: all layers as layers of one dataset of this name (e.g. "results" → results.gpkg),
  // instead of one file per layer. KML/KMZ are always one document: <one_dataset>.kml|kmz, one
  // folder per layer ("landplan" when empty).
  std::string one_dataset;
  // KML/KMZ: the document's title, and each layer's look by layer name (layers without one are
  // drawn in the viewer's default colours of the app that opens them).
  std::string title;
  std::map<std::string, LayerLook> looks;
  // The command-line option that named the output folder, for the hints of errors about it.
  std::string folder_option = "--to";
  // jzd only: Y written with the zone number in front (40 423 000.000), and the field each
  // layer's plots take their 地块名称 from, by layer name.
  bool zone_prefix = true;
  std::map<std::string, std::string> name_fields;
};

// Throws InputError for options that cannot go together (GBK text in a GeoPackage), so that a
// caller can refuse them before reading anything; write_layers checks them too.
void check_options(const WriteOptions& options);

struct WrittenLayer {
  std::string layer;             // the layer's name
  std::filesystem::path file;    // its main file in the output folder (…/parcels.shp)
  std::size_t features = 0;      // features written
  std::filesystem::path fields;  // …/parcels.fields.csv when field names were changed, else ""
};

// Writes each layer into `dir` as one dataset named after it (a safe file name), in each
// layer's own CRS (`layer.crs`; for jzd a Gauss-Kruger one, else InputError before writing).
// Everything is written into a staging folder beside `dir` and moved into place only when complete,
// so `dir` never holds a partial export. Throws InputError before writing anything when an output
// exists without `overwrite`, when `dir` cannot be written, or when a shapefile would exceed 2 GB.
// Adds a warning for every value or name that had to change to fit the format.
std::vector<WrittenLayer> write_layers(const std::vector<Layer>& layers,
                                       const std::filesystem::path& dir,
                                       const WriteOptions& options, Warnings& warnings);

}  // namespace landplan::io
