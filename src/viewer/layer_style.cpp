// Resolving project styles against the data.
#include "viewer/layer_style.hpp"

#include <algorithm>
#include <map>

#include "landplan/plan/layer_looks.hpp"
#include "landplan/planar.hpp"
#include "viewer/colour.hpp"

namespace landplan::viewer {
namespace {

void categorise(const Project& project, const LayerSpec& spec, const Layer& layer,
                LayerStyle& style) {
  plan::Categories found = plan::categorise(project, spec, layer);
  if (found.values.empty()) return;  // the legend then shows the plain fill
  std::vector<double> weight(found.values.size(), 0.0);
  for (std::size_t i = 0; i < found.values.size(); ++i) {
    style.categories.push_back({found.values[i], to_sf(found.colours[i]), 0});
  }
  style.feature_category = std::move(found.feature_category);
  for (std::size_t f = 0; f < layer.size(); ++f) {
    std::int32_t c = style.feature_category[f];
    if (c < 0) continue;
    ++style.categories[c].count;
    weight[c] += layer.kind == GeometryKind::polygon ? planar_area(layer, f) : 1.0;
  }
  // Legend order: what covers most of the map first.
  std::vector<std::int32_t> order(style.categories.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::int32_t>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&weight](std::int32_t a, std::int32_t b) { return weight[a] > weight[b]; });
  std::vector<std::int32_t> rank(order.size());
  std::vector<Category> sorted;
  for (std::size_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = static_cast<std::int32_t>(i);
    sorted.push_back(style.categories[order[i]]);
  }
  style.categories = std::move(sorted);
  for (std::int32_t& c : style.feature_category)
    if (c >= 0) c = rank[c];
}

}  // namespace

sf::Color LayerStyle::fill_of(std::size_t feature) const {
  if (feature < feature_category.size() && feature_category[feature] >= 0)
    return categories[feature_category[feature]].colour;
  return fill.value_or(sf::Color(200, 200, 200));
}

sf::Color LayerStyle::swatch() const {
  if (!categories.empty()) return categories.front().colour;
  return fill.value_or(outline.value_or(sf::Color(200, 200, 200)));
}

LayerStyle resolve_style(const Project& project, const LayerSpec& spec, const Layer& layer) {
  const Style& s = spec.style;
  LayerStyle style;
  if (auto fill = parse_colour(s.fill)) style.fill = to_sf(*fill);
  if (auto outline = parse_colour(s.outline)) style.outline = to_sf(*outline);
  style.opacity = static_cast<float>(std::clamp(s.opacity, 0.0, 1.0));
  style.width = static_cast<float>(std::max(0.0, s.width));
  style.size = static_cast<float>(std::max(1.0, s.size));
  style.by = s.by;
  // Unstyled layers stay visible: lines get a grey, polygons a palette fill with a darker edge.
  if (!style.fill && !style.outline) {
    if (layer.kind == GeometryKind::line)
      style.outline = sf::Color(90, 90, 90);
    else
      style.fill = to_sf(palette_colour(std::hash<std::string>{}(spec.key) % 12));
  }
  if (layer.kind == GeometryKind::point && !style.fill) style.fill = style.outline;
  if (!s.by.empty()) categorise(project, spec, layer, style);
  return style;
}

LayerStyle result_style(sf::Color colour) {
  LayerStyle style;
  style.fill = colour;
  style.outline = colour;
  style.width = 2.0f;
  style.hatch = true;
  return style;
}

std::string display_name(const LayerSpec& spec) {
  switch (spec.role) {
    case Role::parcels:
      return "地块";
    case Role::reservoir:
      return "水库";
    case Role::villages:
      return "村庄";
    case Role::relocation_sites:
      return "安置点";
    case Role::greenhouse_zones:
      return "设施农业区";
    case Role::wells:
      return "机井";
    case Role::roads:
      return "道路";
    case Role::basic_farmland:
      return "永久基本农田";
    case Role::ecological_redline:
      return "生态保护红线";
    case Role::development_boundary:
      return "城镇开发边界";
    case Role::village_boundaries:
      return "村级调查区";
    case Role::admin_boundary:
      return "行政区";
    case Role::farmland_supplement:
      return "补充耕地";
    case Role::other:
      break;
  }
  return spec.key;
}

}  // namespace landplan::viewer
