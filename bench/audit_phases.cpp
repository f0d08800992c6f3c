// Times the phases of `landplan audit`: reading, the areas, validity, the overlaps within the
// layer, then the whole audit (which repeats them, with the field and village checks).
// Usage: audit_phases DATASET [DLTB [CJDCQ]]
#include <gdal_priv.h>

#include <cstdio>
#include <ctime>
#include <optional>

#include "landplan/io/read.hpp"
#include "landplan/ops/self_overlap.hpp"
#include "landplan/ops/validity.hpp"
#include "landplan/plan/audit.hpp"
#include "phase_timer.hpp"

using namespace landplan;
using landplan::bench::Clock;
using landplan::bench::since;

namespace {

// Processor seconds of all threads since `start`: on a shared machine a steadier measure of the
// work than wall time.
double cpu_since(std::clock_t start) {
  return double(std::clock() - start) / CLOCKS_PER_SEC;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: audit_phases DATASET [DLTB [CJDCQ]]\n");
    return 2;
  }
  GDALAllRegister();
  Warnings warnings(true);
  auto t = Clock::now();
  std::clock_t cpu = std::clock();
  io::ReadOptions options;
  options.layer = argc > 2 ? argv[2] : "DLTB";
  Layer parcels = io::read_native(argv[1], options, warnings);
  std::optional<Layer> villages;
  if (argc > 3) {
    options.layer = argv[3];
    villages = io::read_native(argv[1], options, warnings);
  }
  std::printf("read           %7.3f s (cpu %6.3f s)  (%zu parcels)\n", since(t), cpu_since(cpu),
              parcels.size());
  t = Clock::now();
  cpu = std::clock();
  auto areas = ops::feature_areas(parcels, ops::AreaMethod::ellipsoidal, warnings);
  std::printf("areas          %7.3f s (cpu %6.3f s)\n", since(t), cpu_since(cpu));
  t = Clock::now();
  cpu = std::clock();
  auto invalid = ops::invalid_reasons(parcels);
  std::printf("validity       %7.3f s (cpu %6.3f s)\n", since(t), cpu_since(cpu));
  t = Clock::now();
  cpu = std::clock();
  auto pairs = ops::self_overlaps(parcels, ops::AreaMethod::ellipsoidal, warnings);
  std::printf("self-overlaps  %7.3f s (cpu %6.3f s)  (%zu pairs)\n", since(t), cpu_since(cpu),
              pairs.size());
  t = Clock::now();
  cpu = std::clock();
  std::optional<plan::VillageAreas> areas_of;
  if (villages) areas_of.emplace(*villages, plan::land_schema(*villages));
  plan::Audit audit = plan::audit_landuse(parcels, plan::land_schema(parcels),
                                          areas_of ? &*areas_of : nullptr, warnings);
  std::printf("whole audit    %7.3f s (cpu %6.3f s)  (%zu findings)\n", since(t), cpu_since(cpu),
              audit.findings.size());
  return 0;
}
