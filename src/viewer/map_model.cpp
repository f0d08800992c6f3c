// Loading a project into a MapModel.
#include "viewer/map_model.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <utility>

#include "landplan/geos.hpp"
#include "landplan/io/read.hpp"
#include "landplan/planar.hpp"

namespace landplan::viewer {
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median_feature_size(const Layer& layer) {
  if (layer.size() == 0) return 0.0;
  std::vector<double> sizes;
  std::size_t step = std::max<std::size_t>(1, layer.size() / 10'000);  // a sample is enough
  for (std::size_t f = 0; f < layer.size(); f += step) {
    const Box& b = layer.box(f);
    if (!b.empty()) sizes.push_back(std::max(b.width(), b.height()));
  }
  if (sizes.empty()) return 0.0;
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  return sizes[sizes.size() / 2];
}

// A point inside the feature: the area centroid when it falls inside, else GEOS's point on
// surface (a horseshoe-shaped village's centroid lies outside it).
Point2 polygon_anchor(const Layer& layer, std::size_t f) {
  Point c = area_centroid(layer, f);
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  GeosGeometry geometry = to_geos(context, layer, f);
  if (!geometry) return {c.x, c.y};
  GeosGeometry point(GEOSGeom_createPointFromXY_r(h, c.x, c.y), GeosDeleter{h});
  if (point && GEOSIntersects_r(h, geometry.get(), point.get()) == 1) return {c.x, c.y};
  GeosGeometry inside(GEOSPointOnSurface_r(h, geometry.get()), GeosDeleter{h});
  double x = c.x, y = c.y;
  if (inside) {
    GEOSGeomGetX_r(h, inside.get(), &x);
    GEOSGeomGetY_r(h, inside.get(), &y);
  }
  return {x, y};
}

// The middle vertex of the longest part of a line, or the point itself.
Point2 line_or_point_anchor(const Layer& layer, std::size_t f) {
  auto [first, last] = layer.parts(f);
  RingView best{};
  for (std::size_t p = first; p < last; ++p) {
    RingView ring = layer.ring(layer.rings(p).first);
    if (ring.size > best.size) best = ring;
  }
  if (best.size == 0) return {};
  std::size_t mid = best.size / 2;
  if (best.size >= 2 && best.size % 2 == 0) {
    return {(best.x(mid - 1) + best.x(mid)) / 2, (best.y(mid - 1) + best.y(mid)) / 2};
  }
  return {best.x(mid), best.y(mid)};
}

void compute_labels(MapLayer& layer) {
  const Column* column = layer.data.column(layer.label_field);
  if (!column) return;
  for (std::size_t f = 0; f < layer.data.size(); ++f) {
    if (layer.data.is_null(f) || column->is_null(f)) continue;
    std::string text = column->to_string(f);
    if (text.empty()) continue;
    Point2 at = layer.data.kind == GeometryKind::polygon ? polygon_anchor(layer.data, f)
                                                         : line_or_point_anchor(layer.data, f);
    layer.labels.push_back({static_cast<std::uint32_t>(f), at, std::move(text)});
  }
}

// Bottom to top: polygons, then lines, then points; among polygons the cadastre first and the
// planned sites last, so what a planner decides on is never hidden. (project.toml tables have no
// order a reader could rely on: TOML tables are unordered.)
int draw_rank(const MapLayer& layer, Role role) {
  static const std::vector<Role> kPolygonRoles = {Role::parcels,   Role::other,
                                                  Role::villages,  Role::reservoir,
                                                  Role::greenhouse_zones, Role::relocation_sites};
  int kind = layer.data.kind == GeometryKind::polygon ? 0
             : layer.data.kind == GeometryKind::line  ? 1
                                                      : 2;
  auto it = std::find(kPolygonRoles.begin(), kPolygonRoles.end(), role);
  return kind * 100 + static_cast<int>(it - kPolygonRoles.begin());
}

}  // namespace

const MapLayer* MapModel::find(const std::string& key) const {
  for (const MapLayer& layer : layers)
    if (layer.key == key) return &layer;
  return nullptr;
}

MapLayer* MapModel::find(const std::string& key) {
  return const_cast<MapLayer*>(std::as_const(*this).find(key));
}

double overview_texel(const Layer& layer, const LoadOptions& options) {
  Box extent = layer.extent();
  double side = std::max(extent.width(), extent.height());
  double mean_area = extent.width() * extent.height() / std::max<std::size_t>(1, layer.size());
  double pixels = double(options.view_width) * options.view_height;
  double texel = std::sqrt(options.max_vector_features * mean_area / pixels);
  return std::max(texel, side / 4096.0);
}

void prepare_layer(MapModel& map, MapLayer& layer, const LoadOptions& options) {
  layer.index = SpatialIndex::of_layer(layer.data);
  layer.typical_feature_m = median_feature_size(layer.data);
  MeshOptions mesh_options;
  mesh_options.threads = options.threads;
  if (layer.data.kind == GeometryKind::polygon &&
      layer.data.vertex_count() > options.large_layer_vertices) {
    layer.overview_texel_m = overview_texel(layer.data, options);
    // The simplified mesh serves from a quarter texel up to the overview: its error stays under
    // half a pixel wherever it is drawn.
    mesh_options.coarse_tolerance = layer.overview_texel_m / 4.0;
    mesh_options.lazy_exact = true;
  }
  if (options.meshes) {
    LayerMeshes meshes = build_meshes(layer.data, map.origin, mesh_options);
    layer.mesh = std::move(meshes.exact);
    layer.coarse = std::move(meshes.coarse);
  }
  if (!layer.label_field.empty()) compute_labels(layer);
}

MapModel load_map(const std::filesystem::path& project_file, const LoadOptions& options) {
  Warnings warnings(options.lenient);
  Project project = load_project(project_file, warnings);
  auto start = std::chrono::steady_clock::now();
  std::vector<Layer> layers = io::read_project(project, options.layers, Crs{}, warnings);
  double read_s = seconds_since(start);
  MapModel map = map_of(std::move(project), std::move(layers), options);
  for (std::string& warning : map.warnings) warnings.push_back(std::move(warning));
  map.warnings = std::move(warnings);
  map.times.read_s = read_s;
  return map;
}

MapModel map_of(Project project, std::vector<Layer> layers, const LoadOptions& options) {
  MapModel map;
  map.warnings = Warnings(options.lenient);
  map.project = std::move(project);
  map.title = map.project.name.empty() ? map.project.file.stem().string() : map.project.name;
  auto start = std::chrono::steady_clock::now();
  for (const Layer& layer : layers) map.extent.extend(layer.extent());
  if (!layers.empty()) map.crs = layers.front().crs;
  // A round origin near the middle keeps local coordinates small and readable in a debugger.
  map.origin = {std::round((map.extent.minx + map.extent.maxx) / 2000.0) * 1000.0,
                std::round((map.extent.miny + map.extent.maxy) / 2000.0) * 1000.0};
  if (map.extent.empty()) map.origin = {};
  for (Layer& data : layers) {
    const LayerSpec* spec = map.project.find_layer(data.name);
    MapLayer layer;
    layer.key = spec->key;
    layer.title = display_name(*spec);
    layer.style = resolve_style(map.project, *spec, data);
    layer.opacity = layer.style.opacity;
    if (auto it = spec->fields.find("name"); it != spec->fields.end())
      layer.label_field = it->second;
    layer.data = std::move(data);
    map.layers.push_back(std::move(layer));
  }
  std::stable_sort(map.layers.begin(), map.layers.end(),
                   [&map](const MapLayer& a, const MapLayer& b) {
                     return draw_rank(a, map.project.find_layer(a.key)->role) <
                            draw_rank(b, map.project.find_layer(b.key)->role);
                   });
  for (MapLayer& layer : map.layers) prepare_layer(map, layer, options);
  if (!map.crs.empty()) {
    const Layer& first = map.layers.front().data;
    map.geodesic =
        std::make_unique<Geodesic>(map.crs, first.source_crs.empty() ? map.crs : first.source_crs);
  }
  map.times.prepare_s = seconds_since(start);
  return map;
}

MapLayer& add_result_layer(MapModel& map, Layer layer, std::string title, sf::Color colour) {
  MapLayer result;
  result.key = layer.name;
  result.title = std::move(title);
  result.style = result_style(colour);
  result.opacity = result.style.opacity;
  result.data = std::move(layer);
  map.extent.extend(result.data.extent());
  prepare_layer(map, result, LoadOptions{});
  map.layers.push_back(std::move(result));
  return map.layers.back();
}

}  // namespace landplan::viewer
