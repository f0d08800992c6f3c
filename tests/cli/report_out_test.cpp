// `landplan report --out` killed with SIGKILL at random moments of its run: the folder then holds
// the previous landplan_results.gpkg byte for byte, or a complete new one (every layer with all
// its features) — never a partial file, a journal or a temporary file in its place.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>

#include "core/export_fixtures.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::exits_within;
using landplan::test::file_bytes;
using landplan::test::run_cli;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";

// Each layer of a GeoPackage with its feature count, as GDAL reads them; empty if it will not
// open. GDAL counts by reading every feature, so a cut-off table would show.
std::map<std::string, long long> layer_counts(const fs::path& file) {
  GDALAllRegister();
  std::map<std::string, long long> counts;
  GDALDatasetUniquePtr dataset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset) return counts;
  for (OGRLayer* layer : dataset->GetLayers()) {
    long long features = 0;
    for (auto& feature : layer) features += feature ? 1 : 0;
    counts[layer->GetName()] = features;
  }
  return counts;
}

pid_t start_report(const fs::path& out) {
  pid_t child = fork();
  if (child == 0) {
    if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(127);
    execl(landplan::test::kCli, landplan::test::kCli, "report", kProject.c_str(), "--out",
          out.c_str(), "--overwrite", static_cast<char*>(nullptr));
    _exit(127);
  }
  return child;
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST(ReportOutCli, KilledAtRandomMomentsLeavesTheOldResultsOrCompleteNewOnes) {
  TempDir dir;
  fs::path out = dir.path() / "results";
  fs::path file = out / "landplan_results.gpkg";
  // The reference: one whole run, whose duration sets the range of the kill moments.
  auto begin = std::chrono::steady_clock::now();
  auto first = run_cli({"report", kProject, "--out", out.string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  auto run_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                    std::chrono::steady_clock::now() - begin).count();
  const auto reference = layer_counts(file);
  // The seven result layers: reservoir_zone, displaced_parcels, displaced_villages,
  // relocation_conflicts, well_service_areas, irrigation_coverage, uncovered_farmland.
  ASSERT_EQ(reference.size(), 7u);

  std::string previous = file_bytes(file);
  std::mt19937 random(7);  // seeded: the same moments every run
  std::uniform_int_distribution<int> delay_ms(0, static_cast<int>(run_ms * 6 / 5));
  int kept = 0, replaced = 0;
  for (int round = 0; round < 20; ++round) {
    int delay = delay_ms(random);
    SCOPED_TRACE("round " + std::to_string(round) + ": killed after " + std::to_string(delay) +
                 " ms of about " + std::to_string(run_ms));
    pid_t child = start_report(out);
    if (!exits_within(child, delay)) {
      kill(child, SIGKILL);
      waitpid(child, nullptr, 0);
    }
    EXPECT_EQ(names_in(out), std::vector<std::string>{"landplan_results.gpkg"});
    for (const std::string& name : names_in(dir.path())) {  // and beside it a staging folder
      EXPECT_TRUE(name == "results" || name.starts_with(".results.landplan-export-")) << name;
    }
    std::string now = file_bytes(file);
    if (now == previous) {
      ++kept;
      continue;
    }
    ++replaced;
    EXPECT_EQ(layer_counts(file), reference);
    previous = now;
  }
  // A run left alone replaces the file whole and clears the staging folders of killed runs.
  auto last = run_cli({"report", kProject, "--out", out.string(), "--overwrite"});
  ASSERT_EQ(last.exit_code, 0) << last.err;
  EXPECT_EQ(layer_counts(file), reference);
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"results"});
  std::cout << "      old file kept: " << kept << ", replaced whole: " << replaced << "\n";
}
