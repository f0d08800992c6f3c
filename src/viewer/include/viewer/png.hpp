// PNG files that carry their resolution, so a map rendered at --dpi 300 prints at its scale.
#pragma once

#include <SFML/Graphics/Image.hpp>
#include <string>

namespace landplan::viewer {

// Saves `image` as PNG with a pHYs chunk of `dpi` (when > 0). Returns false on failure.
bool save_png(const sf::Image& image, const std::string& path, double dpi);

}  // namespace landplan::viewer
