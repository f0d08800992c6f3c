// `landplan export` end to end: the sample township as GBK shapefiles that GDAL reads back with
// the right Chinese and the areas of `landplan area`; exit codes and one-line errors; and the
// CLI killed by a signal leaving no partial files.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sstream>

#include "core/export_fixtures.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::exits_within;
using landplan::test::file_bytes;
using landplan::test::kLeftAlone;
using landplan::test::read_back;
using landplan::test::run_cli;
using landplan::test::snapshot;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";

bool have_sample() {
  return fs::exists(kProject);
}

// Column `name` of a CSV printed by `landplan area --format csv`.
std::vector<double> csv_column(const std::string& csv, const std::string& name) {
  std::istringstream lines(csv);
  std::string line;
  std::getline(lines, line);
  std::vector<std::string> header;
  std::istringstream cells(line);
  for (std::string cell; std::getline(cells, cell, ',');) header.push_back(cell);
  auto index = std::find(header.begin(), header.end(), name) - header.begin();
  std::vector<double> values;
  while (std::getline(lines, line)) {
    std::istringstream row(line);
    std::string cell;
    for (long i = 0; i <= index; ++i) std::getline(row, cell, ',');
    values.push_back(cell.empty() ? 0.0 : std::stod(cell));
  }
  return values;
}

}  // namespace

TEST(ExportCli, SampleAsGbkShapefilesReadsBackWithChineseAndTheAreasOfLandplanArea) {
  if (!have_sample()) GTEST_SKIP() << "no data/sample/project.toml";
  TempDir dir;
  fs::path out = dir.path() / "district";
  auto result = run_cli({"export", kProject, "--to", out.string(), "--format", "shp", "--encoding",
                         "GBK", "--areas"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find((out / "parcels.shp").string()), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("encoding: GBK"), std::string::npos);
  for (const char* layer :
       {"parcels", "reservoir", "villages", "relocation_sites", "greenhouse_zones", "wells",
        "roads", "basic_farmland", "ecological_redline", "development_boundary",
        "village_boundaries", "admin_boundary"}) {
    EXPECT_EQ(file_bytes(out / (std::string(layer) + ".cpg")), "936") << layer;
    EXPECT_TRUE(fs::exists(out / (std::string(layer) + ".prj"))) << layer;
  }
  auto parcels = read_back((out / "parcels.shp").string());
  auto area =
      run_cli({"area", kProject, "--layer", "parcels", "--by", "ZLDWMC", "--format", "csv"});
  ASSERT_EQ(area.exit_code, 0) << area.err;
  std::vector<double> m2 = csv_column(area.out, "area_m2");
  ASSERT_EQ(parcels.values.size(), m2.size());
  // Row by row: the same village names (GBK decoded by GDAL) and areas rounded to 0.01 m².
  std::istringstream rows(area.out);
  std::string line;
  std::getline(rows, line);
  for (std::size_t i = 0; i < m2.size(); ++i) {
    std::getline(rows, line);
    std::string village = line.substr(line.find(',') + 1);
    village = village.substr(0, village.find(','));
    EXPECT_EQ(parcels.values[i].at("ZLDWMC"), village) << i;
    EXPECT_NEAR(std::stod(parcels.values[i].at("area_m2")), m2[i], 0.005 + 1e-12 * m2[i]) << i;
    EXPECT_NEAR(std::stod(parcels.values[i].at("area_mu")), m2[i] * 15 / 10000, 0.00005) << i;
  }
  auto zones = read_back((out / "greenhouse_zones.shp").string());
  double total_mu = 0;
  for (const auto& row : zones.values) total_mu += std::stod(row.at("area_mu"));
  EXPECT_NEAR(total_mu, 1650.0, 16.5);
}

TEST(ExportCli, SecondExportWithoutOverwriteExitsTwoWithOneLine) {
  if (!have_sample()) GTEST_SKIP() << "no data/sample/project.toml";
  TempDir dir;
  std::string out = dir.file("out");
  ASSERT_EQ(run_cli({"export", kProject, "--to", out, "--layers", "wells,roads"}).exit_code, 0);
  auto before = snapshot(out);
  auto again = run_cli({"export", kProject, "--to", out, "--layers", "wells"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_TRUE(again.err.starts_with("landplan: " + out +
                                    ": already holds wells.shp, wells.shx, "
                                    "wells.dbf, wells.prj, wells.cpg"))
      << again.err;
  EXPECT_TRUE(again.err.ends_with(" — add --overwrite to replace them, or choose another --to\n"));
  EXPECT_EQ(std::count(again.err.begin(), again.err.end(), '\n'), 1);
  EXPECT_EQ(snapshot(out), before);
  auto replaced = run_cli(
      {"export", kProject, "--to", out, "--layers", "wells", "--overwrite", "--format", "shp"});
  EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
}

TEST(ExportCli, UsageErrorsExitTwoWithWhatToDo) {
  TempDir dir;
  std::string source = dir.file("missing.gpkg");  // options are checked before any reading
  auto format = run_cli({"export", source, "--to", dir.file("o"), "--format", "dxf"});
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_EQ(format.err,
            "landplan: --format: 'dxf' is not one of shp, shpzip, gpkg, geojson, fgb, csv, jzd, "
            "kml, kmz or postgis — see landplan export --help\n");
  auto encoding =
      run_cli({"export", source, "--to", dir.file("o"), "--format", "gpkg", "--encoding", "GBK"});
  EXPECT_EQ(encoding.exit_code, 2);
  EXPECT_EQ(encoding.err,
            "landplan: --encoding: gpkg files are always UTF-8, which every GIS "
            "reads — drop --encoding GBK, or use --format shp, shpzip or csv\n");
  auto results = run_cli({"export", source, "--to", dir.file("o"), "--results", "--layers", "a"});
  EXPECT_EQ(results.exit_code, 2);  // --results and --layers exclude each other
  auto missing = run_cli({"export", dir.file("missing.gpkg"), "--to", dir.file("o")});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "landplan: " + dir.file("missing.gpkg") +
                             ": no such file or folder — check the path\n");
  EXPECT_FALSE(fs::exists(dir.file("o")));
}

TEST(ExportCli, LayerOfAnotherNameIsRefusedWithTheChoices) {
  if (!have_sample()) GTEST_SKIP() << "no data/sample/project.toml";
  TempDir dir;
  auto result = run_cli({"export", kProject, "--to", dir.file("o"), "--layers", "parcels,lakes"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("has no layer 'lakes' — the layers are: parcels, reservoir"),
            std::string::npos)
      << result.err;
}

TEST(ExportCli, PlanningResultsAreExportedLikeAnyLayer) {
  if (!have_sample()) GTEST_SKIP() << "no data/sample/project.toml";
  TempDir dir;
  fs::path out = dir.path() / "results";
  auto result = run_cli(
      {"export", kProject, "--to", out.string(), "--results", "--format", "gpkg", "--areas"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto files = snapshot(out);
  EXPECT_FALSE(files.empty());
  for (const auto& [name, bytes] : files) {
    SCOPED_TRACE(name);
    EXPECT_TRUE(name.ends_with(".gpkg"));
    EXPECT_NE(result.out.find((out / name).string()), std::string::npos);  // in the summary
    auto back = read_back((out / name).string());
    EXPECT_GT(back.values.size(), 0u);
    if (wkbFlatten(back.type) == wkbPolygon || wkbFlatten(back.type) == wkbMultiPolygon) {
      EXPECT_EQ(back.fields.back(), "area_mu");
    }
  }
  auto not_project = run_cli({"export", out.string() + "/" + files.begin()->first, "--to",
                              dir.file("again"), "--results"});
  EXPECT_EQ(not_project.exit_code, 2);
  EXPECT_NE(not_project.err.find("is not a project.toml — --results needs a project"),
            std::string::npos)
      << not_project.err;
}

// The CLI killed at several moments (while reading, writing or done): the output folder is
// absent or complete — never partial.
TEST(ExportCli, KilledBySignalLeavesNoPartialFiles) {
  if (!have_sample()) GTEST_SKIP() << "no data/sample/project.toml";
  std::map<std::string, int> outcomes;
  for (int signal : {SIGTERM, SIGKILL, SIGINT}) {
    for (int delay_ms : {5, 20, 40, 80, 160, 240, 320, kLeftAlone}) {  // the last: no signal
      SCOPED_TRACE("signal " + std::to_string(signal) + " after " +
                   (delay_ms == kLeftAlone ? "none" : std::to_string(delay_ms) + " ms"));
      TempDir dir;
      fs::path out = dir.path() / "out";
      pid_t child = fork();
      if (child == 0) {
        if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(127);
        execl(landplan::test::kCli, landplan::test::kCli, "export", kProject.c_str(), "--to",
              out.c_str(), "--format", "gpkg", "--areas", static_cast<char*>(nullptr));
        _exit(127);
      }
      bool finished = exits_within(child, delay_ms);
      if (!finished) {
        kill(child, signal);
        waitpid(child, nullptr, 0);
      }
      for (const auto& entry : fs::directory_iterator(dir.path())) {  // only a staging folder
        std::string name = entry.path().filename().string();
        EXPECT_TRUE(name == "out" || name.starts_with(".out.landplan-export-")) << name;
      }
      outcomes[!fs::exists(out) ? "none" : finished ? "finished" : "complete when killed"]++;
      if (!fs::exists(out)) continue;
      auto files = snapshot(out);
      EXPECT_EQ(files.size(), 12u);  // all twelve layers of the sample, each one complete
      for (const auto& [name, bytes] : files) {
        EXPECT_GT(read_back((out / name).string()).values.size(), 0u) << name;
      }
    }
  }
  EXPECT_GT(outcomes["none"], 0);
  EXPECT_GT(outcomes["finished"], 0);
  for (const auto& [outcome, count] : outcomes) {
    std::cout << "      " << outcome << ": " << count << "\n";
  }
}
