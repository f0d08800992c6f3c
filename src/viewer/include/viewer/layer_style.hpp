// A project layer's style resolved against its data: a colour per feature (categorised by a
// field such as 地类 through a [styles.*] table), outline, opacity, widths, and legend entries.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <optional>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/project.hpp"

namespace landplan::viewer {

// Under every map, window or print: paper, so holes and gaps read as empty.
inline const sf::Color kBackground(244, 243, 238);

struct Category {
  std::string value;  // the field value, e.g. "水浇地"
  sf::Color colour;
  std::size_t count = 0;
};

struct LayerStyle {
  std::optional<sf::Color> fill;               // fill of uncategorised features; none = not filled
  std::optional<sf::Color> outline;            // none = no outline
  float opacity = 1.0f;                        // of the whole layer, fills and outlines alike
  float width = 1.0f;                          // outline or line width, pixels at 96 dpi
  float size = 6.0f;                           // point symbol diameter, pixels at 96 dpi
  bool hatch = false;                          // results and conflicts: diagonal hatching
  std::string by;                              // categorising field, "" = none
  std::vector<Category> categories;            // legend order: largest total area (or count) first
  std::vector<std::int32_t> feature_category;  // per feature, -1 = none (plain fill)

  sf::Color fill_of(std::size_t feature) const;
  // What stands for the layer in lists: its fill, else its outline.
  sf::Color swatch() const;
};

// Resolves `spec.style` for `layer`. The colour table of `style.by` is [styles.<meaning>] where
// fields maps <meaning> to that field (landuse = "地类" → [styles.landuse]), or [styles.landuse]
// when it is the layer's 三调 land-use field (DLMC or DLBM, any case); else [styles.<by>], else
// [styles.<layer key>]; values missing from the table get palette colours.
LayerStyle resolve_style(const Project& project, const LayerSpec& spec, const Layer& layer);

// A style for a layer outside the project (a planning result), hatched in `colour`.
LayerStyle result_style(sf::Color colour);

// What the legend and the layer list call the layer: the role in Chinese for the known roles
// (地块, 水库, ...), else the project key.
std::string display_name(const LayerSpec& spec);

}  // namespace landplan::viewer
