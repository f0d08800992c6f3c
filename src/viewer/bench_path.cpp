// Scripted view paths and frame statistics for the benchmarks.
#include "viewer/bench_path.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>

namespace landplan::viewer {

std::vector<ViewTransform> bench_path(const Box& extent, unsigned width, unsigned height,
                                      std::size_t frames) {
  std::vector<ViewTransform> path;
  ViewTransform whole = ViewTransform::fit(extent, width, height);
  double far = whole.metres_per_pixel(), near = far / 20.0;
  Point2 c = whole.centre();
  double pan = 0.3 * extent.width();
  std::size_t third = std::max<std::size_t>(1, frames / 3);
  for (std::size_t i = 0; i < frames; ++i) {
    ViewTransform view = whole;
    if (i < third) {  // zoom in geometrically, drifting towards where the pan starts
      double t = third > 1 ? double(i) / (third - 1) : 1.0;
      view.set_metres_per_pixel(far * std::pow(near / far, t));
      view.set_centre({c.x - pan / 2 * t, c.y});
    } else if (i < 2 * third) {  // pan across at 1/20 width
      double t = third > 1 ? double(i - third) / (third - 1) : 1.0;
      view.set_metres_per_pixel(near);
      view.set_centre(
          {c.x - pan / 2 + pan * t, c.y + 0.1 * extent.height() * std::sin(t * 3.14159)});
    } else {  // zoom back out
      std::size_t rest = std::max<std::size_t>(1, frames - 2 * third);
      double t = rest > 1 ? double(i - 2 * third) / (rest - 1) : 1.0;
      view.set_metres_per_pixel(near * std::pow(far / near, t));
      view.set_centre({c.x + pan / 2 * (1 - t), c.y});
    }
    path.push_back(view);
  }
  return path;
}

FrameStats summarise(std::vector<double> ms) {
  FrameStats s;
  if (ms.empty()) return s;
  std::sort(ms.begin(), ms.end());
  auto at = [&ms](double q) {
    return ms[std::min(ms.size() - 1,
                       static_cast<std::size_t>(std::ceil(q * ms.size())) - (q > 0 ? 1 : 0))];
  };
  s.median_ms = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
  s.p95_ms = at(0.95);
  s.max_ms = ms.back();
  return s;
}

double resident_mib() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      double kib = 0;
      status >> kib;
      return kib / 1024.0;
    }
    status.ignore(1 << 12, '\n');
  }
  return 0.0;
}

}  // namespace landplan::viewer
