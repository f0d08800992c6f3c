// Reading any GDAL vector source into Layers in one working CRS.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "landplan/crs.hpp"
#include "landplan/error.hpp"
#include "landplan/layer.hpp"

namespace landplan::io {

struct ReadOptions {
  std::string layer;            // layer name; "" = the dataset's only layer
  Crs assume_crs;               // used when the source declares no CRS
  // The coordinates are GCJ-02 (--assume-crs GCJ-02): longitude/latitude converted to WGS 84
  // as read; refused for a layer in a projected CRS. Never applied unless asked for.
  bool gcj02 = false;
  std::string source_encoding;  // e.g. "GBK"; "" = the source's own (.cpg) or UTF-8
  // false: fids and attributes only, every feature without geometry, and Layer::stated_extent
  // from the source (for --engine postgis, where the server reads the geometry itself).
  bool geometry = true;
};

// What `landplan info` shows of one layer.
struct LayerInfo {
  std::string name;
  std::size_t feature_count = 0;
  std::string geometry_type;
  std::string crs;  // label, or "" when the layer has none
  Box extent;       // in the layer's own CRS
  std::string encoding;
};

// Sets what --assume-crs or assume_crs says, as written: GCJ-02 (gcj02, with WGS 84 for sources
// that declare no CRS), else a CRS. Throws InputError naming `what` (the flag or key).
void set_assumed_crs(ReadOptions& options, std::string_view text, const std::string& what);

std::vector<LayerInfo> describe(const std::string& source, const ReadOptions& options);

// The names of the dataset's layers, in its order (a folder of shapefiles: one per file).
std::vector<std::string> layer_names(const std::string& source);

// The vector datasets in `dir` (not in its subfolders), in name order: every file GDAL knows as
// vector data and every FileGDB folder (*.gdb). A shapefile's other files (.dbf, .shx, .prj,
// .cpg, indexes) belong to its .shp and are not datasets of their own.
std::vector<std::filesystem::path> vector_datasets(const std::filesystem::path& dir);

// Reads a layer in its own CRS (layer.crs == layer.source_crs). Throws InputError on bad input;
// adds one line per recoverable problem to `warnings`.
Layer read_native(const std::string& source, const ReadOptions& options, Warnings& warnings);

// The working CRS for these layers: the GK/UTM zone of their common extent's centre.
Crs choose_working_crs(const std::vector<const Layer*>& layers);

// Reprojects the layer's coordinates into `working` in bulk.
void reproject(Layer& layer, const Crs& working, Warnings& warnings);

// read_native + reproject into `working` (chosen automatically when empty).
Layer read_layer(const std::string& source, const ReadOptions& options, const Crs& working,
                 Warnings& warnings);

}  // namespace landplan::io

#include "landplan/project.hpp"

namespace landplan::io {

// Reads one project layer in its own CRS, named by its key and with its role (`geometry`: as
// ReadOptions::geometry).
Layer read_project_layer(const Project& project, const LayerSpec& spec, Warnings& warnings,
                         bool geometry = true);

// The working CRS: `crs_override`, else the project's crs (if a project is given), else the one
// chosen from the layers' data.
Crs working_crs(const Crs& crs_override, const Project* project,
                const std::vector<const Layer*>& layers);

// Reads the project's layers named by `keys` (all when empty), in the project's order, into one
// working CRS: `crs_override`, else the project's crs, else chosen from the data.
std::vector<Layer> read_project(const Project& project, const std::vector<std::string>& keys,
                                const Crs& crs_override, Warnings& warnings, bool geometry = true);

}  // namespace landplan::io
