// The planning commands end to end on the sample township: overlap and coverage CSV contracts,
// the one relocation site on 永久基本农田, the report's headline figures, and check's exit code.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::run_cli;

namespace {
const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";
const std::string kGpkg = std::string(landplan::test::kSampleDir) + "/sanzuodian.gpkg";

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

const nlohmann::json& table_titled(const nlohmann::json& report, const std::string& prefix) {
  for (const auto& table : report["tables"])
    if (table["title"].get<std::string>().rfind(prefix, 0) == 0) return table;
  throw std::runtime_error("no table " + prefix);
}
}  // namespace

TEST(OverlapCli, CsvColumnsAreTheContract) {
  auto plain =
      run_cli({"overlap", kGpkg + ":greenhouse_zones", kGpkg + ":reservoir", "--format", "csv"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(lines(plain.out)[0], "fid_a,fid_b,area_m2,area_ha,area_mu,pct_of_a,pct_of_b");
  auto by = run_cli({"overlap", "greenhouse_zones", "reservoir", "--project", kProject, "--by-a",
                     "名称", "--by-b", "名称", "--format", "csv"});
  ASSERT_EQ(by.exit_code, 0) << by.err;
  auto rows = lines(by.out);
  EXPECT_EQ(rows[0], "fid_a,fid_b,名称_a,名称_b,area_m2,area_ha,area_mu,pct_of_a,pct_of_b");
  ASSERT_EQ(rows.size(), 2u);  // only the zone across the shore
  EXPECT_NE(rows[1].find("柴胡栏子设施农业园区,三座店水库"), std::string::npos) << rows[1];
}

TEST(OverlapCli, ParcelsAgainstTheReservoirSumToTheReservoirArea) {
  // The parcels tile the township, so their pieces under the reservoir make up all of it.
  auto pieces = run_cli(
      {"overlap", "reservoir", "parcels", "--project", kProject, "--summary", "--format", "json"});
  auto area = run_cli({"area", kProject, "--layer", "reservoir", "--format", "json"});
  ASSERT_EQ(pieces.exit_code, 0) << pieces.err;
  auto total = nlohmann::json::parse(pieces.out)["rows"].back();
  double reservoir = nlohmann::json::parse(area.out)["rows"][0]["area_m2"].get<double>();
  EXPECT_NEAR(total["area_m2"].get<double>() / reservoir, 1.0, 1e-7);
  EXPECT_NEAR(total["pct_of_a"].get<double>(), 100.0, 1e-5);
}

TEST(OverlapCli, OutputWritesThePiecesWithBothSidesAttributes) {
  landplan::test::TempDir dir;
  std::string out = dir.file("pieces.gpkg");
  auto result = run_cli({"overlap", "greenhouse_zones", "reservoir", "--project", kProject,
                         "--output", out, "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto area = run_cli({"area", out, "--by", "名称_a", "--format", "csv"});
  ASSERT_EQ(area.exit_code, 0) << area.err;
  auto rows = lines(area.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_NE(rows[1].find("柴胡栏子设施农业园区"), std::string::npos);
}

TEST(OverlapCli, OneRelocationSiteOfTheSampleIsOnBasicFarmlandAsGdalMeasuresIt) {
  // The independent side: GDAL's planar intersection of each site with the 永久基本农田.
  GDALAllRegister();
  GDALDatasetUniquePtr data(GDALDataset::Open(kGpkg.c_str(), GDAL_OF_VECTOR));
  ASSERT_TRUE(data);
  OGRMultiPolygon basic;  // the layer's polygons
  for (auto& f : *data->GetLayerByName("YJJBNTBHTB")) basic.addGeometry(f->GetGeometryRef());
  std::unique_ptr<OGRGeometry> farmland(basic.UnionCascaded());
  ASSERT_TRUE(farmland);
  std::map<std::string, double> expected;  // site → m² on 永久基本农田, where there is any
  for (auto& f : *data->GetLayerByName("relocation_sites")) {
    std::unique_ptr<OGRGeometry> on(f->GetGeometryRef()->Intersection(farmland.get()));
    double m2 = on ? OGR_G_Area(OGRGeometry::ToHandle(on.get())) : 0.0;
    if (m2 > 0) expected[f->GetFieldAsString("名称")] = m2;
  }
  ASSERT_EQ(expected.size(), 1u);
  ASSERT_TRUE(expected.contains("池家营子安置点"));
  EXPECT_GT(expected["池家营子安置点"] * 15 / 10000, 2.0);  // a few mu
  EXPECT_LT(expected["池家营子安置点"] * 15 / 10000, 5.0);
  auto result = run_cli({"overlap", "relocation_sites", "basic_farmland", "--project", kProject,
                         "--by-a", "名称", "--summary", "--method", "planar", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = nlohmann::json::parse(result.out)["rows"];
  ASSERT_EQ(rows.size(), 2u);  // the one site and TOTAL
  EXPECT_EQ(rows[0]["名称"], "池家营子安置点");
  EXPECT_NEAR(rows[0]["area_m2"].get<double>(), expected["池家营子安置点"], 1e-6 * 2700);
}

TEST(CoverageCli, WellsCoverTheFarmlandTheReportSays) {
  auto result = run_cli({"coverage", "parcels", "wells", "--project", kProject, "--radius-field",
                         "服务半径", "--by", "DLMC", "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = lines(result.out);
  EXPECT_EQ(rows[0], "fid,DLMC,area_m2,covered_m2,covered_mu,covered_pct");
  EXPECT_EQ(rows.size(), 2499u);  // one row per parcel
  double farmland_mu = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    std::vector<std::string> cells;
    std::istringstream fields(rows[i]);
    for (std::string c; std::getline(fields, c, ',');) cells.push_back(c);
    if (cells[1] == "水浇地" || cells[1] == "旱地") farmland_mu += std::stod(cells[4]);
  }
  EXPECT_NEAR(farmland_mu, 7800, 0.03 * 7800);  // the sample's wells were laid out for ~7,800 mu
}

TEST(ReportCli, SampleFiguresForTheTownshipLeader) {
  auto result = run_cli({"report", kProject, "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto report = nlohmann::json::parse(result.out);
  auto displaced = table_titled(report, "水库淹没影响")["rows"].back();
  EXPECT_EQ(displaced["搬迁户数"], 156);
  auto greenhouse = table_titled(report, "设施农业")["rows"].back();
  EXPECT_NEAR(greenhouse["面积(亩)"].get<double>(), 1650, 16.5);
  EXPECT_NEAR(greenhouse["完成(%)"].get<double>(), 110, 1.1);
  auto rules = table_titled(report, "规划规则检查");
  ASSERT_EQ(rules["rows"].size(), 2u);
  EXPECT_EQ(rules["rows"][0]["rule"], "大棚不得占用水库");
  EXPECT_EQ(rules["rows"][1]["rule"], "安置点不得占用永久基本农田");  // the built-in check
  EXPECT_EQ(rules["rows"][1]["name_a"], "池家营子安置点");
  // Road km: the five roads' geodesic lengths (pyproj Geod on GRS80: 19533.674568 m), all of
  // them inside the villages' boundaries (CJDCQ; shapely's intersections give the same sum).
  auto roads = table_titled(report, "道路里程（按道路）")["rows"];
  ASSERT_EQ(roads.size(), 6u);
  EXPECT_NEAR(roads.back()["长度(米)"].get<double>(), 19533.674568, 1e-3);
  auto villages = table_titled(report, "道路里程（按村）")["rows"];
  ASSERT_EQ(villages.size(), 21u);  // the 20 villages and 合计: no road outside them
  EXPECT_EQ(villages[6]["村名"], "福山庄");
  EXPECT_NEAR(villages[6]["长度(米)"].get<double>(), 3750.4, 0.05);
  EXPECT_NEAR(villages.back()["长度(米)"].get<double>(), 19533.674568, 1e-3);
  double parts = 0;  // the long form holds the same metres, village by village and road by road
  for (const auto& row : table_titled(report, "道路里程按村、道路")["rows"])
    parts += row["长度(米)"].get<double>();
  EXPECT_NEAR(parts, 19533.674568, 1e-3);
}

TEST(ReportCli, OutFolderHoldsTheResultLayersInOneGeoPackage) {
  landplan::test::TempDir dir;
  auto result = run_cli({"report", kProject, "--out", dir.file("results")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto info = run_cli({"info", dir.file("results/landplan_results.gpkg"), "--format", "csv"});
  ASSERT_EQ(info.exit_code, 0) << info.err;
  for (const char* layer : {"reservoir_zone", "displaced_parcels", "relocation_conflicts",
                            "well_service_areas", "irrigation_coverage", "uncovered_farmland"}) {
    EXPECT_NE(info.out.find(std::string(",") + layer + ","), std::string::npos) << layer;
  }
  // The displaced parcels' homesteads hold the 156 households of the report.
  auto households = run_cli({"area", dir.file("results/landplan_results.gpkg"), "--layer",
                             "displaced_parcels", "--by", "DLMC", "--summary", "--format", "csv"});
  ASSERT_EQ(households.exit_code, 0) << households.err;
  EXPECT_NE(households.out.find("农村宅基地,28,"), std::string::npos) << households.out;
  auto again = run_cli({"report", kProject, "--out", dir.file("results")});
  EXPECT_EQ(again.exit_code, 2);  // never overwritten silently
  EXPECT_TRUE(
      again.err.ends_with(": already holds landplan_results.gpkg — add --overwrite to "
                          "replace them, or choose another --out\n"))
      << again.err;
  auto replaced = run_cli({"report", kProject, "--out", dir.file("results"), "--overwrite"});
  EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
}

TEST(CheckCli, SampleViolatesARuleAndBasicFarmlandAndExitsOne) {
  auto result = run_cli({"check", kProject, "--format", "csv"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  auto rows = lines(result.out);
  EXPECT_EQ(rows[0], "rule,kind,layer_a,fid_a,name_a,layer_b,fid_b,name_b,amount,unit,limit");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].rfind("大棚不得占用水库,forbid_overlap,greenhouse_zones,3,", 0), 0u) << rows[1];
  // The one relocation site on 永久基本农田 (OverlapCli above measures it against GDAL).
  EXPECT_EQ(rows[2].rfind("安置点不得占用永久基本农田,forbid_overlap,relocation_sites,3,"
                          "池家营子安置点,basic_farmland,,,",
                          0),
            0u)
      << rows[2];
  // The greenhouse zones on 永久基本农田 are reported on stderr, not violations.
  EXPECT_NE(result.err.find("landplan: note: greenhouse_zones:1 (三把火设施农业园区): "),
            std::string::npos)
      << result.err;
}

TEST(CheckCli, CleanPlanExitsZero) {
  landplan::test::TempDir dir;
  std::ofstream(dir.file("project.toml")) << "[layers.zones]\nsource = \"" << kGpkg
                                          << "\"\nlayer = \"greenhouse_zones\"\n"
                                             "[[rules]]\nmin_area = [\"zones\", 100]\n";
  auto result = run_cli({"check", dir.file("project.toml")});
  EXPECT_EQ(result.exit_code, 0) << result.err << result.out;
}
