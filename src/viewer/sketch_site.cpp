// A sketch as a feature of its target layer.
#include "viewer/sketch_site.hpp"

#include <algorithm>
#include <map>

#include "landplan/plan/inputs.hpp"

namespace landplan::viewer {
namespace {

const MapLayer& target_layer(const MapModel& map, const std::string& key) {
  const MapLayer* layer = map.find(key);
  if (!layer) throw std::logic_error("sketch target is not on the map: " + key);
  return *layer;
}

}  // namespace

std::vector<std::string> sketch_targets(const MapModel& map) {
  std::vector<std::string> first, rest;
  for (const LayerSpec& spec : map.project.layers) {
    const MapLayer* layer = map.find(spec.key);
    if (!layer || layer->data.kind != GeometryKind::polygon) continue;
    bool planned = spec.role == Role::relocation_sites || spec.role == Role::greenhouse_zones;
    bool drawn = spec.role == Role::farmland_supplement || spec.role == Role::other;
    if (planned) first.push_back(spec.key);
    if (drawn) rest.push_back(spec.key);
  }
  first.insert(first.end(), rest.begin(), rest.end());
  return first;
}

std::vector<std::string> village_names(const MapModel& map) {
  std::vector<std::string> names;
  for (const LayerSpec& spec : map.project.layers) {
    const MapLayer* layer = map.find(spec.key);
    if (spec.role != Role::villages || !layer) continue;
    const Column* name = plan::layer_field(&map.project, layer->data, "name");
    for (std::size_t f = 0; name && f < layer->data.size(); ++f) {
      std::string text = name->to_string(f);
      if (!text.empty() && std::find(names.begin(), names.end(), text) == names.end())
        names.push_back(text);
    }
  }
  return names;
}

Layer sketch_layer(const MapModel& map, const std::vector<Point2>& ring,
                   const SketchAttributes& attributes) {
  const Layer& target = target_layer(map, attributes.target).data;
  Layer sketch;
  sketch.name = target.name;
  sketch.source = "草图";
  sketch.role = target.role;
  sketch.kind = GeometryKind::polygon;
  sketch.crs = target.crs;
  sketch.source_crs = target.source_crs;
  std::map<std::string, std::string> set;  // column → value typed in the panel
  auto mapped = [&](const char* meaning, std::string value) {
    if (const Column* c = plan::layer_field(&map.project, target, meaning)) set[c->name()] = value;
  };
  if (!attributes.name.empty()) mapped("name", attributes.name);
  if (!attributes.village.empty()) mapped("village", attributes.village);
  if (attributes.households) mapped("households", std::to_string(*attributes.households));
  for (const Column& column : target.columns) {
    Column copy(column.name(), column.type(), column.kind());
    if (auto value = set.find(column.name()); value != set.end())
      copy.push(value->second);
    else if (attributes.copied_from)
      copy.push_from(column, *attributes.copied_from);
    else
      copy.push_null();
    sketch.columns.push_back(std::move(copy));
  }
  std::vector<double> xy;
  for (const Point2& p : ring) xy.insert(xy.end(), {p.x, p.y});
  if (!ring.empty()) xy.insert(xy.end(), {ring.front().x, ring.front().y});
  sketch.begin_feature(0);
  if (ring.size() >= 3) {
    sketch.add_ring(xy);
    sketch.end_part();
  }
  sketch.end_feature();
  return sketch;
}

}  // namespace landplan::viewer
