// `--bench N`: load, first frame and N frames along the scripted pan/zoom path, with times that
// wait for the GPU (glFinish), printed for people.
#pragma once

#include <cstddef>
#include <string>

#include "viewer/bench_path.hpp"
#include "viewer/map_model.hpp"
#include "viewer/offscreen.hpp"

namespace landplan::viewer {

struct BenchReport {
  std::string mode;  // "render" or "view"
  unsigned width = 0, height = 0;
  std::size_t features = 0, triangles = 0;
  double read_s = 0.0;       // GDAL read + reprojection
  double prepare_s = 0.0;    // styles, indexes, tessellation
  double gpu_setup_s = 0.0;  // context, shaders, overview rasters
  double first_frame_ms = 0.0;
  std::size_t frames = 0;
  FrameStats stats;
  double rss_mib = 0.0;
};

std::string describe(const BenchReport& report);
BenchReport base_report(const MapModel& map, const std::string& mode, unsigned width,
                        unsigned height);

// The render-to-texture benchmark of `landplan render --bench N`.
BenchReport bench_offscreen(const MapModel& map, const RenderSettings& settings,
                            std::size_t frames);

}  // namespace landplan::viewer
