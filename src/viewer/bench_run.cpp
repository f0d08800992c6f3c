// Offscreen benchmark and the report format shared with the window's.
#include "viewer/bench_run.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace landplan::viewer {
namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace

BenchReport base_report(const MapModel& map, const std::string& mode, unsigned width,
                        unsigned height) {
  BenchReport r;
  r.mode = mode;
  r.width = width;
  r.height = height;
  for (const MapLayer& layer : map.layers) {
    r.features += layer.data.size();
    r.triangles += layer.mesh.triangle_count();
  }
  r.read_s = map.times.read_s;
  r.prepare_s = map.times.prepare_s;
  return r;
}

std::string describe(const BenchReport& r) {
  char text[1024];
  double ready = r.read_s + r.prepare_s + r.gpu_setup_s;
  std::snprintf(
      text, sizeof text,
      "%s %ux%u: %zu features, %zu triangles\n"
      "  load: read %.3f s + tessellate/index %.3f s + GPU setup %.3f s = ready in %.3f s "
      "(%.1fx the read)\n"
      "  first frame %.1f ms; %zu frames along the pan/zoom path: median %.1f ms, "
      "p95 %.1f ms, max %.1f ms\n"
      "  RSS %.0f MiB\n",
      r.mode.c_str(), r.width, r.height, r.features, r.triangles, r.read_s, r.prepare_s,
      r.gpu_setup_s, ready, r.read_s > 0 ? ready / r.read_s : 0.0, r.first_frame_ms, r.frames,
      r.stats.median_ms, r.stats.p95_ms, r.stats.max_ms, r.rss_mib);
  return text;
}

BenchReport bench_offscreen(const MapModel& map, const RenderSettings& settings,
                            std::size_t frames) {
  BenchReport report = base_report(map, "render", settings.width, settings.height);
  auto start = std::chrono::steady_clock::now();
  OffscreenMap offscreen(map, settings);
  offscreen.finish();
  report.gpu_setup_s = ms_since(start) / 1000.0;
  ViewTransform home = ViewTransform::fit(map.extent, settings.width, settings.height);
  start = std::chrono::steady_clock::now();
  offscreen.draw(map, home);
  offscreen.finish();
  report.first_frame_ms = ms_since(start);
  std::vector<double> times;
  bool each =
      std::getenv("LANDPLAN_BENCH_EACH") != nullptr;  // one line per frame, to find outliers
  for (const ViewTransform& view :
       bench_path(map.extent, settings.width, settings.height, frames)) {
    start = std::chrono::steady_clock::now();
    offscreen.draw(map, view);
    offscreen.finish();
    times.push_back(ms_since(start));
    if (each) {
      const DrawCounters& c = offscreen.canvas().renderer().counters();
      std::fprintf(stderr,
                   "frame %3zu  %7.2f m/px  %6.1f ms  chunks %zu  triangles %zu  segments %zu  "
                   "uploads %zu  overviews %zu\n",
                   times.size(), view.metres_per_pixel(), times.back(), c.chunks, c.triangles,
                   c.segments, c.uploads, c.overviews);
    }
  }
  report.frames = times.size();
  report.stats = summarise(times);
  report.rss_mib = resident_mib();
  return report;
}

}  // namespace landplan::viewer
