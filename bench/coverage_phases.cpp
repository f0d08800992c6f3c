// Times the phases of `landplan coverage`: reading, service circles and their union, the
// per-area overlay. Usage: coverage_phases DATASET AREAS_LAYER POINTS_LAYER RADIUS_FIELD
#include <gdal_priv.h>

#include <cstdio>

#include "landplan/io/read.hpp"
#include "phase_timer.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/ops/geoprocess.hpp"

using namespace landplan;
using landplan::bench::Clock;
using landplan::bench::since;

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: coverage_phases DATASET AREAS POINTS RADIUS_FIELD\n");
    return 2;
  }
  GDALAllRegister();
  Warnings warnings;
  auto t = Clock::now();
  io::ReadOptions options;
  options.layer = argv[2];
  Layer areas = io::read_native(argv[1], options, warnings);
  options.layer = argv[3];
  Layer points = io::read_native(argv[1], options, warnings);
  std::printf("read      %7.3f s  (%zu areas, %zu points)\n", since(t), areas.size(), points.size());
  t = Clock::now();
  std::vector<double> radii(points.size());
  for (std::size_t f = 0; f < points.size(); ++f) radii[f] = *points.column(argv[4])->number(f);
  Layer zone = ops::coverage_zone(points, radii);
  std::printf("union     %7.3f s  (%zu vertices)\n", since(t), zone.vertex_count());
  t = Clock::now();
  auto covered =
      ops::covered_by_circles(areas, points, radii, zone, ops::AreaMethod::ellipsoidal, warnings);
  double total = 0;
  for (const auto& c : covered) total += c.covered_m2;
  std::printf("covered   %7.3f s  (%.1f m² covered)\n", since(t), total);
  return 0;
}
