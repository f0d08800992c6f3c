// Mixing of map colours.
#include "viewer/colour.hpp"

#include <cmath>

namespace landplan::viewer {

sf::Color darker(sf::Color c, float factor) {
  auto scale = [factor](std::uint8_t v) {
    return static_cast<std::uint8_t>(std::lround(v * (1.0f - factor)));
  };
  return sf::Color(scale(c.r), scale(c.g), scale(c.b), c.a);
}

}  // namespace landplan::viewer
