// Fitting the window to the display, and remembering its size.
#include "viewer/window_place.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "landplan/io/write_text.hpp"

namespace landplan::viewer {

WindowPlace place_window(unsigned width, unsigned height, unsigned screen_width,
                         unsigned screen_height) {
  constexpr unsigned kMinWidth = 640, kMinHeight = 480;  // the panels need this much
  WindowPlace p;
  unsigned room_x = screen_width > kScreenMarginX ? screen_width - kScreenMarginX : screen_width;
  unsigned room_y = screen_height > kScreenMarginY ? screen_height - kScreenMarginY : screen_height;
  p.width = std::max(std::min(width, room_x), std::min(kMinWidth, screen_width));
  p.height = std::max(std::min(height, room_y), std::min(kMinHeight, screen_height));
  p.x = std::max(0, (static_cast<int>(screen_width) - static_cast<int>(p.width)) / 2);
  // A little above the middle: the title bar takes the top, the taskbar the bottom.
  int free_y = static_cast<int>(screen_height) - static_cast<int>(p.height);
  p.y = std::max(0, std::min(free_y / 2, 40));
  return p;
}

std::optional<std::filesystem::path> size_file() {
  const char* config = std::getenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  std::filesystem::path dir;
  if (config && *config)
    dir = config;
  else if (home && *home)
    dir = std::filesystem::path(home) / ".config";
  else
    return std::nullopt;
  return dir / "landplan" / "viewer-size";
}

std::optional<std::pair<unsigned, unsigned>> remembered_size(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string text;
  if (!std::getline(in, text)) return std::nullopt;
  unsigned width = 0, height = 0;
  char rest = 0;
  if (std::sscanf(text.c_str(), "%ux%u%c", &width, &height, &rest) != 2 || width < 100 ||
      height < 100 || width > 20000 || height > 20000)
    return std::nullopt;
  return std::pair{width, height};
}

void remember_size(const std::filesystem::path& file, unsigned width, unsigned height) {
  try {
    std::filesystem::create_directories(file.parent_path());
    io::write_text_file(file, std::to_string(width) + "x" + std::to_string(height) + "\n", true,
                        "viewer size");
  } catch (const std::exception&) {
  }
}

}  // namespace landplan::viewer
