// Times the phases of `landplan area` on one layer: GDAL read, reprojection, areas, CSV.
// Usage: area_phases DATASET LAYER
#include <cstdio>
#include <gdal_priv.h>

#include "landplan/io/read.hpp"
#include "phase_timer.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/report/table.hpp"

using namespace landplan;
using landplan::bench::Clock;
using landplan::bench::since;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: area_phases DATASET LAYER\n");
    return 2;
  }
  GDALAllRegister();
  Warnings warnings;
  io::ReadOptions options;
  options.layer = argv[2];
  auto t = Clock::now();
  Layer layer = io::read_native(argv[1], options, warnings);
  std::printf("read      %7.3f s  (%zu features, %zu vertices)\n", since(t), layer.size(),
              layer.vertex_count());
  t = Clock::now();
  io::reproject(layer, io::choose_working_crs({&layer}), warnings);
  std::printf("reproject %7.3f s  (%s)\n", since(t), layer.crs.label().c_str());
  t = Clock::now();
  auto areas = ops::feature_areas(layer, ops::AreaMethod::ellipsoidal, warnings);
  std::printf("areas     %7.3f s\n", since(t));
  t = Clock::now();
  report::Table table;
  for (const char* c : {"fid", "area_m2", "area_ha", "area_mu"}) table.add_column(c);
  for (std::size_t f = 0; f < layer.size(); ++f) {
    double m2 = areas[f].value_or(0);
    table.rows.push_back({layer.fid(f), m2, m2 / 1e4, m2 * 15 / 1e4});
  }
  std::string csv = report::to_csv(table);
  std::printf("csv       %7.3f s  (%zu bytes)\n", since(t), csv.size());
  return 0;
}
