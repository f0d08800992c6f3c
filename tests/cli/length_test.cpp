// `landplan length` end to end on a small GeoPackage: the CSV contract, --by and --summary with
// TOTAL, planar lengths known by hand, the sample's roads against pyproj, and its errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::parse_csv;
using landplan::test::run_cli;
using landplan::test::TempDir;
using Rows = std::vector<std::vector<std::string>>;

namespace {

const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";

// Three roads in EPSG:4549 (multi-lines, as a GeoPackage layer has one geometry type): 3-4-5
// polylines of 1500 m (县道), 500 + 1200 m in two parts and 500 m (村道).
std::string roads_file(const TempDir& dir) {
  std::string path = dir.file("roads.gpkg");
  landplan::test::write_dataset(
      path, {.layer = "roads",
             .fields = {"等级"},
             .features = {
                 {"LINESTRING(409000 4696000,409300 4696400,409300 4697400)", {{"等级", "县道"}}},
                 {"MULTILINESTRING((409000 4696000,409300 4696400),"
                  "(410000 4696000,410000 4697200))",
                  {{"等级", "村道"}}},
                 {"MULTILINESTRING((409000 4698000,409300 4698400))", {{"等级", "村道"}}}}});
  return path;
}

}  // namespace

TEST(LengthCli, CsvColumnsAreTheContractAndPlanarLengthsTheHandComputedOnes) {
  TempDir dir;
  std::string roads = roads_file(dir);
  auto result = run_cli({"length", roads, "--by", "等级", "--method", "planar", "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(parse_csv(result.out), (Rows{{"fid", "等级", "length_m", "length_km"},
                                         {"1", "县道", "1500", "1.5"},
                                         {"2", "村道", "1700", "1.7"},
                                         {"3", "村道", "500", "0.5"}}));
  auto plain = run_cli({"length", roads, "--format", "csv"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(parse_csv(plain.out).at(0), (std::vector<std::string>{"fid", "length_m", "length_km"}));
}

TEST(LengthCli, SummaryGroupsTheLongestFirstThenTotal) {
  TempDir dir;
  auto result = run_cli({"length", roads_file(dir), "--by", "等级", "--summary", "--method",
                         "planar", "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(parse_csv(result.out), (Rows{{"group", "count", "length_m", "length_km"},
                                         {"村道", "2", "2200", "2.2"},
                                         {"县道", "1", "1500", "1.5"},
                                         {"TOTAL", "3", "3700", "3.7"}}));
}

TEST(LengthCli, SampleRoadsAreTheirGeodesicLengthsOnCgcs2000) {
  // pyproj: Transformer EPSG:4549 → EPSG:4490, then Geod(ellps="GRS80").line_length of each road
  // of data/sample/sanzuodian.gpkg: 县道X531 8335.341559063705 m, 三把火村道 2078.373168866313 m.
  auto result =
      run_cli({"length", kProject, "--layer", "roads", "--by", "名称", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto table = nlohmann::json::parse(result.out);
  EXPECT_EQ(table["method"], "ellipsoidal");
  EXPECT_EQ(table["ellipsoid_of"], "EPSG:4490");
  ASSERT_EQ(table["rows"].size(), 5u);
  EXPECT_EQ(table["rows"][0]["名称"], "县道X531");
  EXPECT_NEAR(table["rows"][0]["length_m"].get<double>(), 8335.341559063705, 1e-6);
  EXPECT_EQ(table["rows"][4]["名称"], "三把火村道");
  EXPECT_NEAR(table["rows"][4]["length_m"].get<double>(), 2078.373168866313, 1e-6);
}

TEST(LengthCli, PointLayersUnknownFieldsAndStrayOutAreOneLineExitTwo) {
  TempDir dir;
  std::string roads = roads_file(dir);
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"length", kProject, "--layer", "wells"},
            "landplan: " + std::string(landplan::test::kSampleDir) +
                "/sanzuodian.gpkg:wells: is a point layer — lengths need a line layer (or "
                "polygons, measured along their boundary)\n"},
           {{"length", roads, "--by", "nope"},
            "landplan: " + dir.file("roads.gpkg") +
                ":roads: has no field 'nope' — the fields are: 等级\n"},
           {{"length", roads, "--out", dir.file("x.xlsx")},
            "landplan: --out: is the workbook of --format xlsx — add --format xlsx, or leave out "
            "--out\n"}}) {
    auto result = run_cli(c.args);
    EXPECT_EQ(result.exit_code, 2) << c.args[1];
    EXPECT_EQ(result.err, c.message);
    EXPECT_EQ(result.out, "");
  }
}

TEST(LengthCli, WorkbookHoldsTheTable) {
  TempDir dir;
  std::string roads = roads_file(dir), book = dir.file("长度.xlsx");
  auto result = run_cli({"length", roads, "--format", "xlsx", "--out", book});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(std::filesystem::exists(book));
  EXPECT_EQ(run_cli({"length", roads, "--format", "xlsx", "--out", book}).exit_code, 2)
      << "an existing workbook is replaced only with --overwrite";
}
