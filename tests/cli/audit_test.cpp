// `landplan audit` end to end on a 三调 hand-over written with GDAL: a folder of shapefiles
// (DLTB and CJDCQ, found by name) and a project naming the village survey areas by role. The
// CSV contract, exit 1 with findings, 0 without, 2 for a layer that is not a land-use layer.
#include <gtest/gtest.h>

#include <fstream>

#include "support/fixtures.hpp"
#include "support/layer_from_wkt.hpp"

using landplan::test::parse_csv;
using landplan::test::run_cli;
using landplan::test::square_wkt;

namespace {

// EPSG:4549, ~91 km west of its central meridian: a 100 m square is 9997.98–9997.99 m² on the
// ellipsoid (pyproj Geod, see tests/core/plan/audit_test.cpp), 10000 m² planar.
std::string square_at(double x) {
  return square_wkt(409400 + x, 4696700, 100);
}

struct Parcel {
  double x;
  std::string tbmj, village;
};

// DLTB.shp (fids 0, 1, 2…) and CJDCQ.shp: 甲村 holds x 0–310, 乙村 x 400–500.
void write_handover(const landplan::test::TempDir& dir, const std::vector<Parcel>& parcels) {
  landplan::test::LayerSpecForTest dltb{.driver = "ESRI Shapefile",
                                        .layer = "DLTB",
                                        .fields = {"BSM", "DLBM", "DLMC", "ZLDWMC", "TBMJ"},
                                        .creation_options = {"ENCODING=UTF-8"}};
  for (std::size_t i = 0; i < parcels.size(); ++i) {
    dltb.features.push_back({square_at(parcels[i].x),
                             {{"BSM", "B" + std::to_string(i)},
                              {"DLBM", "0103"},
                              {"DLMC", "旱地"},
                              {"ZLDWMC", parcels[i].village},
                              {"TBMJ", parcels[i].tbmj}}});
  }
  landplan::test::write_dataset(dir.file("DLTB.shp"), dltb);
  landplan::test::LayerSpecForTest cjdcq{
      .driver = "ESRI Shapefile",
      .layer = "CJDCQ",
      .fields = {"ZLDWMC"},
      .features = {{landplan::test::polygon_wkt_of({{409390, 4696690, 409710, 4696690, 409710,
                                                     4696810, 409390, 4696810, 409390, 4696690}}),
                    {{"ZLDWMC", "甲村"}}},
                   {square_wkt(409800, 4696700, 100), {{"ZLDWMC", "乙村"}}}},
      .creation_options = {"ENCODING=UTF-8"}};
  landplan::test::write_dataset(dir.file("CJDCQ.shp"), cjdcq);
}

const std::vector<std::string> kHeader = {"fid", "bsm", "check", "value", "expected"};

}  // namespace

TEST(AuditCli, FindingsInTheCsvContractAndExitOne) {
  landplan::test::TempDir dir;
  // 1: TBMJ written as the planar area; 2: says 乙村 but lies in 甲村.
  write_handover(dir,
                 {{0, "9997.98", "甲村"}, {100, "10000.00", "甲村"}, {200, "9997.99", "乙村"}});
  auto result = run_cli({"audit", dir.path().string(), "--format", "csv"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  auto rows = parse_csv(result.out);
  ASSERT_EQ(rows.size(), 3u) << result.out;
  EXPECT_EQ(rows[0], kHeader);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "B1", "tbmj", "10000.00", "9997.99"}));
  EXPECT_EQ(rows[2],
            (std::vector<std::string>{"2", "B2", "village", "9997.99 m² outside 乙村", "0"}));
}

TEST(AuditCli, ACleanHandoverExitsZeroWithTheHeaderAlone) {
  landplan::test::TempDir dir;
  write_handover(dir, {{0, "9997.98", "甲村"}, {100, "9997.99", "甲村"}});
  auto result = run_cli({"audit", dir.file("DLTB.shp"), "--format", "csv"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "fid,bsm,check,value,expected\n");
  // The table for people: a summary line per check.
  auto table = run_cli({"audit", dir.path().string()});
  EXPECT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("tbmj             0"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("village          0"), std::string::npos) << table.out;
}

TEST(AuditCli, AProjectGivesTheVillageSurveyAreasByRole) {
  landplan::test::TempDir dir;
  write_handover(dir, {{0, "9997.98", "甲村"}, {200, "9997.99", "乙村"}});
  std::ofstream(dir.file("project.toml")) << "[layers.dltb]\nsource = \"DLTB.shp\"\nrole = "
                                             "\"parcels\"\n\n[layers.cun]\nsource = "
                                             "\"CJDCQ.shp\"\nrole = \"village_boundaries\"\n";
  auto result =
      run_cli({"audit", "dltb", "--project", dir.file("project.toml"), "--format", "json"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find("\"check\": \"village\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"villages\": \"" + dir.file("CJDCQ.shp") + ":cun\""),
            std::string::npos)
      << result.out;
  // The project as SOURCE: its parcels layer, unless --layer names another.
  auto csv = run_cli({"audit", dir.file("project.toml"), "--format", "csv"});
  EXPECT_EQ(csv.exit_code, 1) << csv.err;
  EXPECT_EQ(csv.out, "fid,bsm,check,value,expected\n1,B1,village,9997.99 m² outside 乙村,0\n");
}

TEST(AuditCli, ALayerWithoutLandUseFieldsExitsTwoWithOneLine) {
  landplan::test::TempDir dir;
  landplan::test::write_dataset(
      dir.file("roads.gpkg"),
      {.layer = "roads", .fields = {"name"}, .features = {{square_at(0), {{"name", "x"}}}}});
  auto result = run_cli({"audit", dir.file("roads.gpkg"), "--format", "csv"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "landplan: " + dir.file("roads.gpkg") +
                            ":roads: is not a land-use layer: it has neither DLBM nor DLMC — "
                            "audit a 三调 DLTB layer, with DLBM (地类编码) or DLMC (地类名称), "
                            "TBMJ, KCXS, KCMJ, TBDLMJ and ZLDWDM or ZLDWMC\n");
  EXPECT_TRUE(result.out.empty());
}
