// The interactive map window of `landplan view`.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "viewer/map_model.hpp"

namespace landplan::viewer {

struct ViewerOptions {
  unsigned width = 1400;
  unsigned height = 900;
  unsigned antialiasing = 4;
  std::size_t bench_frames = 0;  // > 0: run the scripted path, print the figures, close
  std::string font_file;         // "" = fontconfig's CJK font
  // Input steps to run instead of a person (viewer/event_script.hpp); then the window closes.
  std::filesystem::path script;
  // Where the window's size is remembered when it closes (window_place.hpp); none = nowhere.
  std::optional<std::filesystem::path> size_file;
};

// Runs until the window closes; returns the exit code. Needs an X display.
int run_viewer(MapModel& map, const ViewerOptions& options);

}  // namespace landplan::viewer
