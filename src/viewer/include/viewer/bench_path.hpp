// The scripted pan/zoom path of `--bench N`, and the frame-time summary it prints.
#pragma once

#include <string>
#include <vector>

#include "viewer/view_transform.hpp"

namespace landplan::viewer {

// N views: a third zooming from the whole extent to 1/20 of its width, a third panning across
// at that zoom, a third zooming back out, like a planner looking around a township.
std::vector<ViewTransform> bench_path(const Box& extent, unsigned width, unsigned height,
                                      std::size_t frames);

struct FrameStats {
  double median_ms = 0.0;
  double p95_ms = 0.0;
  double max_ms = 0.0;
};
FrameStats summarise(std::vector<double> frame_ms);

// Resident set size of this process, MiB (from /proc/self/status; 0 if unknown).
double resident_mib();

}  // namespace landplan::viewer
