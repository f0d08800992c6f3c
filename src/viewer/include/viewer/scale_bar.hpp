// The scale bar: the longest round length (1, 2 or 5 × 10ⁿ m) that fits the space given.
#pragma once

#include <string>

namespace landplan::viewer {

struct ScaleBar {
  double length_m = 0.0;   // round: 1, 2 or 5 × 10ⁿ
  double length_px = 0.0;  // length_m at the map scale, in pixels
  int segments = 0;        // alternating black and white blocks
  std::string label;       // "500 m", "2 km"
};

ScaleBar scale_bar(double metres_per_pixel, double max_px);

// The scale as a ratio for paper: 1 : (metres per pixel × pixels per metre of paper).
double scale_denominator(double metres_per_pixel, double dpi);

}  // namespace landplan::viewer
