// Small in-memory layers and maps for the viewer's window-free tests, in EPSG:4549 around the
// sample township (x ≈ 409 km, y ≈ 4,697 km), where float32 would already lose metres.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "viewer/map_model.hpp"

namespace landplan::test {

inline constexpr double kX0 = 409000.0;
inline constexpr double kY0 = 4697000.0;

// A ring as (x, y) offsets from (kX0, kY0), closed automatically.
using Ring = std::vector<std::pair<double, double>>;

inline std::vector<double> absolute(const Ring& ring) {
  std::vector<double> xy;
  for (auto [x, y] : ring) xy.insert(xy.end(), {kX0 + x, kY0 + y});
  xy.insert(xy.end(), {kX0 + ring.front().first, kY0 + ring.front().second});
  return xy;
}

// A polygon (shell first, then holes) as WKT in absolute coordinates, for files GDAL writes.
inline std::string polygon_wkt(const std::vector<Ring>& rings) {
  std::string s = "POLYGON(";
  for (std::size_t r = 0; r < rings.size(); ++r) {
    s += r ? ",(" : "(";
    std::vector<double> xy = absolute(rings[r]);
    for (std::size_t i = 0; i < xy.size(); i += 2)
      s += (i ? "," : "") + std::to_string(xy[i]) + " " + std::to_string(xy[i + 1]);
    s += ")";
  }
  return s + ")";
}

// Polygons, one per entry: shell first, then holes.
inline Layer polygon_layer(const std::vector<std::vector<Ring>>& polygons,
                           const std::string& name = "test") {
  Layer layer;
  layer.name = name;
  layer.kind = GeometryKind::polygon;
  layer.crs = Crs::from_user_input("EPSG:4549");
  layer.source_crs = layer.crs;
  std::int64_t fid = 1;
  for (const auto& rings : polygons) {
    layer.begin_feature(fid++);
    for (const Ring& ring : rings) layer.add_ring(absolute(ring));
    layer.end_part();
    layer.end_feature();
  }
  return layer;
}

inline Layer point_layer(const std::vector<std::pair<double, double>>& points) {
  Layer layer;
  layer.name = "points";
  layer.kind = GeometryKind::point;
  layer.crs = Crs::from_user_input("EPSG:4549");
  layer.source_crs = layer.crs;
  std::int64_t fid = 1;
  for (auto [x, y] : points) {
    layer.begin_feature(fid++);
    std::vector<double> xy = {kX0 + x, kY0 + y};
    layer.add_ring(xy);
    layer.end_part();
    layer.end_feature();
  }
  return layer;
}

// A map of the given layers, bottom first, prepared as load_map would.
inline viewer::MapModel map_of(std::vector<Layer> layers) {
  viewer::MapModel map;
  map.origin = {kX0, kY0};
  for (Layer& data : layers) {
    viewer::MapLayer layer;
    layer.key = data.name;
    layer.title = data.name;
    layer.style.fill = sf::Color(200, 100, 50);
    layer.style.outline = sf::Color(0, 0, 0);
    map.extent.extend(data.extent());
    map.crs = data.crs;
    layer.data = std::move(data);
    map.layers.push_back(std::move(layer));
  }
  for (viewer::MapLayer& layer : map.layers)
    viewer::prepare_layer(map, layer, viewer::LoadOptions{});
  return map;
}

}  // namespace landplan::test
