// Rendering the map without a window: a render texture the size of the PNG, the same canvas as
// the viewer, and the image read back. Needs an X display for OpenGL (xvfb-run gives one).
#pragma once

#include <SFML/Graphics.hpp>
#include <memory>
#include <string>

#include "viewer/map_canvas.hpp"

namespace landplan::viewer {

struct RenderSettings {
  unsigned width = 1600;
  unsigned height = 1200;
  double dpi = 96.0;          // scales text, lines and symbols; written into the PNG
  unsigned antialiasing = 4;  // multisampling level; 0 = none
  bool labels = true;
  bool decorations = true;  // title, legend, scale bar, north arrow
  std::string font_file;    // "" = the CJK font fontconfig finds
};

class OffscreenMap {
 public:
  // Creates the render texture and the canvas, and renders the overviews of large layers.
  // Throws std::runtime_error if OpenGL is unavailable.
  OffscreenMap(const MapModel& map, const RenderSettings& settings);

  FrameOptions frame_options() const;  // decorations as the settings say
  FrameResult draw(const MapModel& map, const ViewTransform& view, const FrameOptions& options);
  FrameResult draw(const MapModel& map, const ViewTransform& view) {
    return draw(map, view, frame_options());
  }
  // Draws until no part of the frame is a stand-in for geometry still being built: for a PNG.
  FrameResult draw_complete(const MapModel& map, const ViewTransform& view);
  void finish();      // waits until the GPU has drawn everything (for honest timings)
  sf::Image image();  // the last frame
  MapCanvas& canvas() { return *canvas_; }
  const RenderSettings& settings() const { return settings_; }

 private:
  RenderSettings settings_;
  sf::RenderTexture texture_;
  std::unique_ptr<MapCanvas> canvas_;
};

// "" when an X display can be opened; else why not ("DISPLAY is not set", ...).
std::string display_problem();

// The OpenGL renderer's name ("llvmpipe (LLVM 15.0.6, 256 bits)"), and whether it is Mesa's
// software rasteriser, where multisampling costs a frame four times over.
std::string gl_renderer();
bool is_software_renderer(const std::string& renderer);

}  // namespace landplan::viewer
