// PNG files that carry their resolution, so a map rendered at --dpi 300 prints at its scale.
#pragma once

#include <SFML/Graphics/Image.hpp>
#include <string>

namespace landplan::viewer {

// `png` (a PNG file's bytes) with a pHYs chunk of `dpi` after its header; unchanged when dpi ≤ 0
// or when it is too short to be a PNG.
std::string png_with_dpi(std::string png, double dpi);

// Saves `image` as PNG with a pHYs chunk of `dpi` (when > 0). Returns false on failure.
bool save_png(const sf::Image& image, const std::string& path, double dpi);

}  // namespace landplan::viewer
