// Colours as planners write them in project.toml ("#rrggbb"), and the palette for categories the
// project gives no colour: one definition for the map window, its prints and KML.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace landplan {

struct Rgba {
  std::uint8_t r = 0, g = 0, b = 0, a = 255;
  bool operator==(const Rgba&) const = default;
};

// "#rrggbb" or "#rrggbbaa" (also without '#'); nullopt for anything else.
std::optional<Rgba> parse_colour(std::string_view text);

// The i-th colour of a qualitative palette, for categories the project gives no colour.
Rgba palette_colour(std::size_t i);

}  // namespace landplan
