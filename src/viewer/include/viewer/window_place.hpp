// Where the window opens: the size asked for (or the one it had when last closed), shrunk to fit
// the display with room for the title bar and a desktop panel, and centred on it. Window-free.
#pragma once

#include <filesystem>
#include <optional>

namespace landplan::viewer {

struct WindowPlace {
  unsigned width = 0, height = 0;
  int x = 0, y = 0;  // top-left corner of the drawing area
};

// Room left around the window: a title bar and frame (~40 px) and a taskbar (~50 px) are not
// part of the size SFML is given, and must not push the bottom off the screen.
inline constexpr unsigned kScreenMarginX = 40, kScreenMarginY = 110;

WindowPlace place_window(unsigned width, unsigned height, unsigned screen_width,
                         unsigned screen_height);

// The file the last size is kept in: $XDG_CONFIG_HOME/landplan/viewer-size, else
// ~/.config/landplan/viewer-size; nullopt without either variable.
std::optional<std::filesystem::path> size_file();
// "WIDTHxHEIGHT" read back; nullopt when missing or unreadable.
std::optional<std::pair<unsigned, unsigned>> remembered_size(const std::filesystem::path& file);
// Best effort: a viewer that cannot write its settings still shows the map.
void remember_size(const std::filesystem::path& file, unsigned width, unsigned height);

}  // namespace landplan::viewer
