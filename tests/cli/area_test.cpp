// `landplan area` and `landplan info` end to end on the sample township: the CSV contract, exit
// codes and one-line errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::parse_csv;
using landplan::test::run_cli;

namespace {
const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";
const std::string kShapefile = std::string(landplan::test::kSampleDir) + "/shp/DLTB.shp";

}  // namespace

TEST(AreaCli, GreenhouseZonesTotal1650MuWithinOnePercent) {
  auto result =
      run_cli({"area", kProject, "--layer", "greenhouse_zones", "--by", "名称", "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = parse_csv(result.out);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"fid", "名称", "area_m2", "area_ha", "area_mu"}));
  double total_mu = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    double m2 = std::stod(rows[i][2]), ha = std::stod(rows[i][3]), mu = std::stod(rows[i][4]);
    EXPECT_NEAR(ha, m2 / 10000, 1e-12 * m2);
    EXPECT_NEAR(mu, m2 * 15 / 10000, 1e-12 * m2);
    total_mu += mu;
  }
  EXPECT_NEAR(total_mu, 1650.0, 16.5);
}

TEST(AreaCli, SummaryByLandUseEndsWithTotalEqualToTheSumOfParcels) {
  auto features = run_cli({"area", kProject, "--layer", "parcels", "--format", "csv"});
  auto summary = run_cli(
      {"area", kProject, "--layer", "parcels", "--by", "DLMC", "--summary", "--format", "csv"});
  ASSERT_EQ(features.exit_code, 0) << features.err;
  ASSERT_EQ(summary.exit_code, 0) << summary.err;
  auto rows = parse_csv(features.out);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"fid", "area_m2", "area_ha", "area_mu"}));
  double sum = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) sum += std::stod(rows[i][1]);
  auto groups = parse_csv(summary.out);
  EXPECT_EQ(groups[0],
            (std::vector<std::string>{"group", "count", "area_m2", "area_ha", "area_mu"}));
  EXPECT_EQ(groups.back()[0], "TOTAL");
  EXPECT_EQ(std::stoul(groups.back()[1]), rows.size() - 1);
  EXPECT_NEAR(std::stod(groups.back()[2]), sum, 1e-9 * sum);
  double group_sum = 0;
  for (std::size_t i = 1; i + 1 < groups.size(); ++i) group_sum += std::stod(groups[i][2]);
  EXPECT_NEAR(group_sum, sum, 1e-9 * sum);
}

TEST(AreaCli, GbkShapefileGivesTheSameAreasAndNamesAsTheGeoPackage) {
  auto shp = run_cli({"area", kShapefile, "--by", "ZLDWMC", "--summary", "--format", "csv"});
  auto gpkg = run_cli(
      {"area", kProject, "--layer", "parcels", "--by", "ZLDWMC", "--summary", "--format", "csv"});
  ASSERT_EQ(shp.exit_code, 0) << shp.err;
  ASSERT_EQ(gpkg.exit_code, 0) << gpkg.err;
  auto a = parse_csv(shp.out), b = parse_csv(gpkg.out);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 1; i < a.size(); ++i) {
    EXPECT_EQ(a[i][0], b[i][0]);  // village names in Chinese, same order
    EXPECT_NEAR(std::stod(a[i][2]), std::stod(b[i][2]), 1e-9 * std::stod(b[i][2]));
  }
}

TEST(AreaCli, JsonSaysMethodAndCrs) {
  auto result =
      run_cli({"area", kProject, "--layer", "reservoir", "--method", "planar", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto doc = nlohmann::json::parse(result.out);
  EXPECT_EQ(doc["method"], "planar");
  EXPECT_EQ(doc["crs"], "EPSG:4549");
  EXPECT_EQ(doc["rows"].size(), 1u);
}

TEST(AreaCli, PlanarAndEllipsoidalDifferAsTheGaussKrugerScaleSays) {
  // ~91 km west of the central meridian, GK area is larger than the true area by about
  // x²/R² ≈ 2e-4 (USERS.md: +0.05% at the zone edge).
  auto planar =
      run_cli({"area", kProject, "--layer", "reservoir", "--method", "planar", "--format", "csv"});
  auto exact = run_cli({"area", kProject, "--layer", "reservoir", "--format", "csv"});
  double p = std::stod(parse_csv(planar.out)[1][1]), e = std::stod(parse_csv(exact.out)[1][1]);
  EXPECT_NEAR(p / e - 1, 2.0e-4, 0.3e-4);
}

TEST(AreaCliErrors, BadInputsGiveOneLineAndExitTwo) {
  struct Case {
    std::vector<std::string> args;
    std::string expected;
  };
  std::vector<Case> cases = {
      {{"area", "/no/such.gpkg"},
       "landplan: /no/such.gpkg: no such file or folder — check the path\n"},
      {{"area", kProject}, "is a project with several layers — choose one with --layer"},
      {{"area", kProject, "--layer", "lakes"}, "has no layer 'lakes' — the layers are: parcels"},
      {{"area", kProject, "--layer", "wells"}, "is a point layer — areas need a polygon layer"},
      {{"area", kProject, "--layer", "parcels", "--by", "nope"}, "has no field 'nope'"},
      {{"area", kProject, "--layer", "parcels", "--units", "acre"}, "'acre' is not a unit"},
      {{"area", kProject, "--layer", "parcels", "--format", "xml"},
       "'xml' is not one of table, md, csv, json or xlsx"},
      {{"area", kProject, "--layer", "parcels", "--crs", "EPSG:999999"},
       "--crs: 'EPSG:999999' is not a CRS"},
      {{"area", kProject, "--layer", "parcels", "--bogus"}, "landplan: "},
  };
  for (const Case& c : cases) {
    auto result = run_cli(c.args);
    EXPECT_EQ(result.exit_code, 2) << c.args.back() << ": " << result.err;
    EXPECT_NE(result.err.find(c.expected), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_TRUE(result.out.empty());
  }
}

TEST(InfoCli, ListsLayersWithCrsAndEncoding) {
  auto result = run_cli({"info", kShapefile, "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = parse_csv(result.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][1], "DLTB");
  EXPECT_EQ(rows[1][2], "2498");
  EXPECT_EQ(rows[1][4], "EPSG:4549");
  EXPECT_EQ(rows[1].back(), "CP936");
}
