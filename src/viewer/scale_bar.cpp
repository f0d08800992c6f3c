// Round scale-bar lengths.
#include "viewer/scale_bar.hpp"

#include <cmath>

#include "viewer/format.hpp"

namespace landplan::viewer {

ScaleBar scale_bar(double metres_per_pixel, double max_px) {
  ScaleBar bar;
  if (!(metres_per_pixel > 0) || !(max_px > 0)) return bar;
  double max_m = metres_per_pixel * max_px;
  double power = std::pow(10.0, std::floor(std::log10(max_m)));
  double lead = 1.0;
  for (double candidate : {5.0, 2.0, 1.0}) {
    if (candidate * power <= max_m * (1 + 1e-12)) {
      lead = candidate;
      break;
    }
  }
  bar.length_m = lead * power;
  bar.length_px = bar.length_m / metres_per_pixel;
  bar.segments = lead == 5.0 ? 5 : 4;
  bar.label = format_length(bar.length_m);
  return bar;
}

double scale_denominator(double metres_per_pixel, double dpi) {
  return metres_per_pixel * dpi / 0.0254;
}

}  // namespace landplan::viewer
