// `landplan occupy` end to end on small GeoPackages written for each test (the square-site world
// of the core tests: a 100 m site over two 永久基本农田 polygons, 生态保护红线, the 城镇开发边界
// and 三调 parcels), and the control checks through `check` and `report`.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/square_world.hpp"
#include "support/fixtures.hpp"

using landplan::test::FeatureSpec;
using landplan::test::kSquareWorld;
using landplan::test::parse_csv;
using landplan::test::rect;
using landplan::test::run_cli;
using landplan::test::square_world;
using landplan::test::write_gpkg;

TEST(OccupyCli, SquareSiteRowsByHand) {
  landplan::test::TempDir dir;
  auto result = run_cli({"occupy", "sites", "--project", square_world(dir, kSquareWorld),
                         "--method", "planar", "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = parse_csv(result.out);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], (std::vector<std::string>{"fid", "name", "what", "code", "area_m2", "area_ha",
                                               "area_mu"}));
  // Hand-computed in m²; every row with zero area (乙点's lines, slope grades 4 and 5…) left out.
  std::vector<std::tuple<std::string, std::string, std::string, std::string, double>> expected = {
      {"1", "甲点", "total", "", 10000},
      {"1", "甲点", "basic_farmland", "", 3400},  // 2,400 + 1,500 − their 500 in common
      {"1", "甲点", "ecological_redline", "", 400},
      {"1", "甲点", "development_boundary", "", 7000},
      {"1", "甲点", "farmland", "0101", 1700},  // 2,000 × (1 − 0.15)
      {"1", "甲点", "farmland", "0102", 2000},
      {"1", "甲点", "farmland", "0103", 4500},  // 5,000 × (1 − 0.1)
      {"1", "甲点", "slope_grade", "1", 2000},
      {"1", "甲点", "slope_grade", "2", 4500},
      {"1", "甲点", "slope_grade", "3", 1700},
      {"1", "甲点", "landuse_level1", "01", 8200},
      {"1", "甲点", "landuse_level1", "07", 1000},
      {"1", "甲点", "landuse_level1", "12", 800},  // the 田坎: 500 + 300
      {"1", "甲点", "village", "甲", 5000},
      {"1", "甲点", "village", "乙", 5000},
      {"2", "乙点", "total", "", 100},
      {"2", "乙点", "landuse_level1", "unknown", 50},
      {"2", "乙点", "village", "丙", 50}};
  ASSERT_EQ(rows.size(), expected.size() + 1) << result.out;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& [fid, name, what, code, m2] = expected[i];
    const auto& row = rows[i + 1];
    EXPECT_EQ((std::vector<std::string>{row[0], row[1], row[2], row[3]}),
              (std::vector<std::string>{fid, name, what, code}));
    EXPECT_NEAR(std::stod(row[4]), m2, 1e-6) << what << " " << code;
    EXPECT_NEAR(std::stod(row[5]), m2 / 1e4, 1e-10);
    EXPECT_NEAR(std::stod(row[6]), m2 * 15 / 1e4, 1e-9);
  }
  EXPECT_NE(result.err.find("land-use code '9999' is not in the 三调 code table (1 parcels)"),
            std::string::npos)
      << result.err;
}

TEST(OccupyCli, AFileOfCandidatesNamedByAField) {
  landplan::test::TempDir dir;
  std::string project = square_world(dir, kSquareWorld);
  auto result = run_cli({"occupy", dir.file("greenhouses.gpkg"), "--project", project, "--by",
                         "名称", "--method", "planar", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = nlohmann::json::parse(result.out)["rows"];
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0]["name"], "大棚区");
  EXPECT_EQ(rows[1]["what"], "basic_farmland");
  EXPECT_NEAR(rows[1]["area_mu"].get<double>(), 2500 * 15 / 1e4, 1e-9);
  auto missing =
      run_cli({"occupy", dir.file("greenhouses.gpkg"), "--project", project, "--by", "村名"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("--by"), std::string::npos) << missing.err;
}

TEST(OccupyCli, BadInputIsExitTwo) {
  landplan::test::TempDir dir;
  std::string project = square_world(dir, kSquareWorld);
  write_gpkg(dir, "wells", {}, {{"POINT(409010 4696010)", {}}});
  auto points = run_cli({"occupy", dir.file("wells.gpkg"), "--project", project});
  EXPECT_EQ(points.exit_code, 2);
  EXPECT_EQ(points.err, "landplan: " + dir.file("wells.gpkg") +
                            ":wells: is a point layer — occupy measures polygons: give the layer "
                            "of the sites' outlines\n");
  write_gpkg(dir, "empty", {}, {});
  auto empty = run_cli({"occupy", dir.file("empty.gpkg"), "--project", project});
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_NE(empty.err.find(":empty: has no polygons — "), std::string::npos) << empty.err;
  write_gpkg(dir, "yjjbnt", {}, {{"LINESTRING(409000 4696000,409100 4696100)", {}}});
  auto lines = run_cli({"occupy", "sites", "--project", project});
  EXPECT_EQ(lines.exit_code, 2);
  EXPECT_NE(lines.err.find(":yjjbnt: is a line layer, but a basic_farmland control line must be "
                           "polygons"),
            std::string::npos)
      << lines.err;
  EXPECT_EQ(std::count(lines.err.begin(), lines.err.end(), '\n'), 1);
  EXPECT_EQ(run_cli({"occupy", "sites"}).exit_code, 2);  // --project is required
}

TEST(CheckCli, ASiteOnBasicFarmlandFailsTheCheck) {
  landplan::test::TempDir dir;
  std::string project =
      square_world(dir, {{"sites", "relocation_sites"}, {"yjjbnt", "basic_farmland"}});
  auto result = run_cli({"check", project, "--method", "planar", "--format", "csv"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  auto rows = parse_csv(result.out);
  ASSERT_EQ(rows.size(), 2u) << result.out;
  EXPECT_EQ((std::vector<std::string>(rows[1].begin(), rows[1].begin() + 8)),
            (std::vector<std::string>{"安置点不得占用永久基本农田", "forbid_overlap", "sites", "1",
                                      "甲点", "yjjbnt", "", ""}));
  EXPECT_NEAR(std::stod(rows[1][8]), 5.1, 1e-9);  // 3,400 m²
  EXPECT_EQ(rows[1][9], "mu");
  // Switched off in project.toml, the same plan passes.
  std::string off = square_world(dir, {{"sites", "relocation_sites"}, {"yjjbnt", "basic_farmland"}},
                                 "[controls]\nconstruction_on_basic_farmland = false\n");
  auto passed = run_cli({"check", off});
  EXPECT_EQ(passed.exit_code, 0) << passed.err << passed.out;
}

TEST(CheckCli, AGreenhouseZoneOnBasicFarmlandIsReportedAndPasses) {
  landplan::test::TempDir dir;
  std::string project =
      square_world(dir, {{"greenhouses", "greenhouse_zones"}, {"yjjbnt", "basic_farmland"}});
  auto result = run_cli({"check", project, "--method", "planar", "--format", "csv"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(parse_csv(result.out).size(), 1u);  // the header: no violation
  EXPECT_NE(result.err.find("landplan: note: greenhouses:1 (大棚区): 3.75 mu on yjjbnt — "
                            "设施农业占用永久基本农田; 报告：须办理设施农业用地手续"),
            std::string::npos)
      << result.err;
}

TEST(ReportCli, OccupationLedgerAndControlsInTheReport) {
  landplan::test::TempDir dir;
  auto all = kSquareWorld;
  all.emplace_back("greenhouses", "greenhouse_zones");
  auto result =
      run_cli({"report", square_world(dir, all), "--method", "planar", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> titles;
  nlohmann::json tables = nlohmann::json::parse(result.out)["tables"];
  for (const auto& table : tables) titles.push_back(table["title"]);
  EXPECT_EQ(titles, (std::vector<std::string>{
                        "移民安置点（每户用地 250 平方米）", "设施农业（大棚）项目区面积",
                        "设施农业面积按村", "占地情况：安置点（三区三线、耕地、地类、坐落村）",
                        "占地情况：设施农业项目区（三区三线、耕地、地类、坐落村）",
                        "耕地占补平衡台账", "三区三线管控核查", "规划规则检查：违反规则"}));
  // The ledger: 甲点 8,200 m², 大棚区 2,500 × 0.9 m² of 耕地, no supplement.
  auto total = tables[5]["rows"][3];
  EXPECT_EQ(total["类型"], "合计");
  EXPECT_NEAR(total["占用耕地(亩)"].get<double>(), (8200 + 2250) * 15 / 1e4, 1e-9);
  // 甲点 on both lines (violations), 甲点 and 乙点 outside the boundary, 大棚区 on 永久基本农田.
  EXPECT_EQ(tables[6]["rows"].size(), 5u);
  EXPECT_EQ(tables[7]["rows"].size(), 2u);
}
