// Times the phases of `landplan overlap`: reading both layers, the overlay, the CSV.
// Usage: overlap_phases DATASET LAYER_A LAYER_B
#include <gdal_priv.h>

#include <cstdio>

#include "landplan/io/read.hpp"
#include "phase_timer.hpp"
#include "landplan/ops/overlay.hpp"

using namespace landplan;
using landplan::bench::Clock;
using landplan::bench::since;

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: overlap_phases DATASET LAYER_A LAYER_B\n");
    return 2;
  }
  GDALAllRegister();
  Warnings warnings;
  auto t = Clock::now();
  io::ReadOptions options;
  options.layer = argv[2];
  Layer a = io::read_native(argv[1], options, warnings);
  options.layer = argv[3];
  Layer b = io::read_native(argv[1], options, warnings);
  std::printf("read     %7.3f s  (%zu × %zu features)\n", since(t), a.size(), b.size());
  t = Clock::now();
  ops::Overlap result = ops::overlap(a, b, {}, warnings);
  double total = 0;
  for (const auto& p : result.pieces) total += p.area_m2;
  std::printf("overlay  %7.3f s  (%zu pieces, %.3f m²)\n", since(t), result.pieces.size(), total);
  return 0;
}
