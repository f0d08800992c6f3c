// The map as loaded: the project's layers in the working CRS with their resolved styles, spatial
// indexes, meshes and label anchors. Everything the canvas, the tools and the tests read.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "landplan/geodesic.hpp"
#include "landplan/layer.hpp"
#include "landplan/project.hpp"
#include "landplan/spatial_index.hpp"
#include "viewer/layer_style.hpp"
#include "viewer/mesh.hpp"

namespace landplan::viewer {

struct LabelAnchor {
  std::uint32_t feature = 0;
  Point2 at;  // working CRS
  std::string text;
};

struct MapLayer {
  Layer data;
  std::string key;    // [layers.<key>], or the result's name
  std::string title;  // legend and layer-list name
  LayerStyle style;
  bool visible = true;
  float opacity = 1.0f;  // starts at the style's opacity; the layer list changes it
  std::string label_field;
  std::vector<LabelAnchor> labels;
  SpatialIndex index;
  LayerMesh mesh;                   // exact geometry, chunked
  std::optional<LayerMesh> coarse;  // simplified, between the overview and the exact mesh
  double typical_feature_m = 0.0;   // median feature size, for outline level of detail
  // Large layers only: metres per texel of the raster overview drawn when zoomed out this far.
  double overview_texel_m = 0.0;
  bool is_large() const { return overview_texel_m > 0.0; }
};

struct LoadTimes {
  double read_s = 0.0;     // GDAL read and reprojection
  double prepare_s = 0.0;  // styles, indexes, tessellation, label anchors
};

struct MapModel {
  std::string title;
  Project project;
  Crs crs;
  Box extent;
  Point2 origin;                 // local origin of every mesh: float32 keeps millimetres around it
  std::vector<MapLayer> layers;  // drawn bottom to top
  std::unique_ptr<Geodesic> geodesic;  // lon/lat and ellipsoidal measures
  Warnings warnings;
  LoadTimes times;

  const MapLayer* find(const std::string& key) const;
  MapLayer* find(const std::string& key);
};

struct LoadOptions {
  std::vector<std::string> layers;  // project keys; empty = all
  unsigned threads = 2;
  // Polygon layers with more vertices than this get a raster overview and a simplified mesh.
  std::size_t large_layer_vertices = 600'000;
  // Features drawn as vectors at most, at the screen size below: zoomed out further, a large
  // layer comes from its overview. 100k simplified parcels are ~200k triangles, ~40 ms in Mesa.
  double max_vector_features = 100'000;
  unsigned view_width = 1600, view_height = 1200;
  bool lenient = false;  // data faults become warnings (Warnings::fault)
  // The GPU meshes (exact and simplified triangles); off for drawing on the CPU (src/print),
  // which draws from the layer's own geometry and would only wait for them.
  bool meshes = true;
};

// Metres per texel of a large layer's overview: fine enough that at this scale no more than
// `max_vector_features` are in view, and no more than 4096 texels across.
double overview_texel(const Layer& layer, const LoadOptions& options);

// Reads and prepares the project. Throws InputError for bad input.
MapModel load_map(const std::filesystem::path& project_file, const LoadOptions& options);

// The map of layers already read (all in one working CRS, each named by its project key), for
// a command that read them itself with flags of its own (report's --crs, --assume-crs…).
MapModel map_of(Project project, std::vector<Layer> layers, const LoadOptions& options);

// Prepares an already read layer (meshes, index, anchors); used by load_map and for results.
void prepare_layer(MapModel& map, MapLayer& layer, const LoadOptions& options);

// Adds a planning result (conflicts, affected parcels…) on top, hatched in `colour`.
MapLayer& add_result_layer(MapModel& map, Layer layer, std::string title, sf::Color colour);

}  // namespace landplan::viewer
