// One map frame: layers, highlight, sketch, measure shape, labels and decorations, in that order. The
// window and `landplan render` both draw through this, so the PNG is the map on screen.
#pragma once

#include <SFML/Graphics.hpp>
#include <optional>
#include <vector>

#include "viewer/cartography.hpp"
#include "viewer/map_renderer.hpp"
#include "viewer/measure.hpp"
#include "viewer/sketch_overlay.hpp"

namespace landplan::viewer {

struct FrameOptions {
  Decorations decorations;
  std::optional<Hit> highlight;
  std::vector<Point2> measure_shape;
  MeasureMode measure_mode = MeasureMode::off;
  const SketchDrawing* sketch = nullptr;  // the candidate site being drawn, over the layers
};

struct FrameResult {
  DecorationLayout layout;
  std::size_t labels = 0;
};

class MapCanvas {
 public:
  // Needs an OpenGL context (window or render texture) to exist.
  MapCanvas(const MapModel& map, const std::string& font_file = "");
  void prepare(const MapModel& map) { renderer_.prepare(map); }
  FrameResult draw(sf::RenderTarget& target, const MapModel& map, const ViewTransform& view,
                   const FrameOptions& options);

  MapRenderer& renderer() { return renderer_; }
  Cartography& cartography() { return cartography_; }

 private:
  void draw_measure(sf::RenderTarget& target, const ViewTransform& view, const FrameOptions& o);
  MapRenderer renderer_;
  Cartography cartography_;
};

}  // namespace landplan::viewer
