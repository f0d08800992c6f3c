// What the legend says, window-free: one row per visible layer (top layer first, as the map
// stacks them) and one per category of a categorised layer. The window (legend.cpp) and the
// printed sheet (src/print) draw these same rows.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <optional>
#include <string>
#include <vector>

#include "viewer/map_model.hpp"

namespace landplan::viewer {

struct LegendRow {
  const MapLayer* layer = nullptr;
  std::string text;
  std::optional<sf::Color> fill;  // swatch colour; none = a heading without a swatch
  bool indent = false;            // a category under its layer's heading
};

std::vector<LegendRow> legend_rows(const MapModel& map);

}  // namespace landplan::viewer
