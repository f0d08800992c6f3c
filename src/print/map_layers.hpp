// The map's layers drawn with Cairo as the window draws them (viewer/map_renderer.cpp): fills in
// the style's colours at the layer's opacity, outlines, hatching of results, lines, point
// symbols. Only what the view's box hits is visited (each layer's spatial index).
#pragma once

#include <functional>
#include <string>

#include "drawing.hpp"
#include "viewer/map_model.hpp"

namespace landplan::print {

struct LayerDrawing {
  // Raster cells per drawing unit for a large layer seen from so far out that it is drawn from a
  // raster, as the window draws its overview (1 for a PNG; finer for PDF and SVG).
  double raster_cells_per_unit = 1.0;
  // Called before each layer with (layer title, layers done / layers).
  std::function<void(const std::string&, double)> progress;
};

// Draws into the view's screen space (0,0 = top-left of the view) on `ink.cr`.
void draw_map_layers(const Ink& ink, const viewer::MapModel& map, const viewer::ViewTransform& view,
                     const LayerDrawing& how);

}  // namespace landplan::print
