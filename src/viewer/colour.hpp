// Colours as planners write them in project.toml ("#rrggbb"), and fallbacks for unstyled data.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <optional>
#include <string_view>

namespace landplan::viewer {

// "#rrggbb" or "#rrggbbaa" (also without '#'); nullopt for anything else.
std::optional<sf::Color> parse_colour(std::string_view text);

// The i-th colour of a qualitative palette, for categories the project gives no colour.
sf::Color palette_colour(std::size_t i);

// `c` scaled towards black by `factor` (0..1), for outlines derived from a fill.
sf::Color darker(sf::Color c, float factor);

}  // namespace landplan::viewer
