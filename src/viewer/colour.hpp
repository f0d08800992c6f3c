// Project colours (landplan/colour.hpp) as SFML colours, and mixing for derived outlines.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <optional>
#include <string_view>

#include "landplan/colour.hpp"

namespace landplan::viewer {

inline sf::Color to_sf(Rgba c) {
  return sf::Color(c.r, c.g, c.b, c.a);
}

// `c` scaled towards black by `factor` (0..1), for outlines derived from a fill.
sf::Color darker(sf::Color c, float factor);

}  // namespace landplan::viewer
