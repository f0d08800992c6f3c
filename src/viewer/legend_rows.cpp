// The legend's rows.
#include "viewer/legend_rows.hpp"

#include <algorithm>

namespace landplan::viewer {
namespace {

constexpr std::size_t kMaxCategories = 14;  // beyond that a legend stops being read

}  // namespace

std::vector<LegendRow> legend_rows(const MapModel& map) {
  std::vector<LegendRow> rows;
  for (auto it = map.layers.rbegin(); it != map.layers.rend(); ++it) {
    const MapLayer& layer = *it;
    if (!layer.visible || layer.data.size() == 0) continue;
    if (layer.style.categories.empty()) {
      // An outline-only layer gets an empty swatch with its outline.
      sf::Color fill = layer.style.fill ? *layer.style.fill : sf::Color::Transparent;
      if (layer.data.kind != GeometryKind::polygon) fill = layer.style.fill_of(0);
      rows.push_back({&layer, layer.title, fill, false});
      continue;
    }
    rows.push_back({&layer, layer.title + "（" + layer.style.by + "）", std::nullopt, false});
    std::size_t shown = std::min(kMaxCategories, layer.style.categories.size());
    for (std::size_t c = 0; c < shown; ++c) {
      const Category& category = layer.style.categories[c];
      rows.push_back({&layer, category.value, category.colour, true});
    }
    if (layer.style.categories.size() > shown) {
      rows.push_back({&layer,
                      "其他 " + std::to_string(layer.style.categories.size() - shown) + " 类",
                      std::nullopt, true});
    }
  }
  return rows;
}

}  // namespace landplan::viewer
