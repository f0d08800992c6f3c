// The render tests' own colour arithmetic (independent of the viewer's): "#rrggbb", what alpha
// blending shows, and whether a pixel is a colour within a tolerance.
#pragma once

#include <gtest/gtest.h>

#include <SFML/Graphics/Color.hpp>
#include <cmath>
#include <cstdlib>
#include <string>

namespace landplan::test {

inline sf::Color hex(const std::string& text) {
  unsigned v = std::stoul(text.substr(1), nullptr, 16);
  return sf::Color((v >> 16) & 255, (v >> 8) & 255, v & 255);
}

// What alpha blending of `top` at `alpha` over `bottom` shows, to the nearest unit.
inline sf::Color over(sf::Color bottom, sf::Color top, double alpha) {
  auto mix = [alpha](int b, int t) {
    return static_cast<sf::Uint8>(std::lround(t * alpha + b * (1 - alpha)));
  };
  return sf::Color(mix(bottom.r, top.r), mix(bottom.g, top.g), mix(bottom.b, top.b));
}

// Every channel within `tolerance`; on failure says both colours.
inline ::testing::AssertionResult near(sf::Color got, sf::Color want, int tolerance = 2) {
  if (std::abs(got.r - want.r) <= tolerance && std::abs(got.g - want.g) <= tolerance &&
      std::abs(got.b - want.b) <= tolerance)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "pixel (" << int(got.r) << "," << int(got.g) << "," << int(got.b) << ") expected ("
         << int(want.r) << "," << int(want.g) << "," << int(want.b) << ")";
}

}  // namespace landplan::test
