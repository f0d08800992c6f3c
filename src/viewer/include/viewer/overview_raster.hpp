// The overview of a large polygon layer rasterised on the CPU: a scanline fill of every feature
// at texel centres (even-odd, so holes stay empty), in parallel row bands, plus its mipmaps.
// A million parcels take a fraction of a second this way, where Mesa's software renderer needs
// most of a second for the same triangles.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <cstdint>
#include <functional>
#include <vector>

#include "landplan/layer.hpp"

namespace landplan::viewer {

struct Raster {
  unsigned width = 0;
  unsigned height = 0;
  std::vector<std::uint8_t> rgba;  // premultiplied; row 0 is the northern edge
  sf::Color at(unsigned x, unsigned y) const {
    const std::uint8_t* p = &rgba[4 * (std::size_t(y) * width + x)];
    return sf::Color(p[0], p[1], p[2], p[3]);
  }
};

// Texel (i, j) covers [box.minx + i·texel, +texel] × [box.maxy − (j+1)·texel, box.maxy − j·texel].
// Features are painted in layer order with `colour_of(feature)` (made opaque).
Raster rasterise(const Layer& layer, const std::function<sf::Color(std::size_t)>& colour_of,
                 const Box& box, double texel, unsigned threads = 2);

// Each level half the size of the one before (2×2 averages), down to 1×1 or `max_levels`
// levels in all; [0] is a copy.
std::vector<Raster> mip_chain(const Raster& base, std::size_t max_levels = 32);

}  // namespace landplan::viewer
