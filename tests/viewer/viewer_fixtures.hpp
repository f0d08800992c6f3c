// Maps of small layers for the viewer's window-free tests, in EPSG:4549 around the sample
// township (x ≈ 409 km, y ≈ 4,697 km), where float32 would already lose metres.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "support/layer_from_wkt.hpp"
#include "viewer/map_model.hpp"

namespace landplan::test {

inline constexpr double kX0 = 409000.0;
inline constexpr double kY0 = 4697000.0;
// For layer_from_wkt: WKT written as offsets from (kX0, kY0).
inline constexpr Origin kMapOrigin = {kX0, kY0};

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
  std::vector<std::vector<double>> xy;
  for (const Ring& ring : rings) xy.push_back(absolute(ring));
  return polygon_wkt_of(xy);
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
