// Adding up a land-use layer: the database's figures, 田坎 to 1203, wetland codes under 00,
// unknown codes kept, bad figures measured instead.
#include "landplan/plan/landuse.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

namespace landplan::plan {
namespace {

using test::layer_from_wkt;
using test::square_wkt;
using test::Value;

// Five 10 m squares (100 m² each, planar in EPSG:4549) in two villages.
Layer five_parcels(std::vector<Value> dlbm, std::vector<Value> tbmj, std::vector<Value> kcmj,
                   std::vector<Value> tbdlmj) {
  std::vector<std::string> wkt;
  for (int i = 0; i < 5; ++i) wkt.push_back(square_wkt(10.0 * i, 0, 10));
  return layer_from_wkt(wkt, {.columns = {{"DLBM", std::move(dlbm)},
                                          {"ZLDWMC", {"乙村", "甲村", "乙村", "甲村", "乙村"}},
                                          {"TBMJ", std::move(tbmj)},
                                          {"KCMJ", std::move(kcmj)},
                                          {"TBDLMJ", std::move(tbdlmj)}}});
}

double at(const std::map<std::string, double>& areas, const std::string& key) {
  auto found = areas.find(key);
  return found == areas.end() ? 0.0 : found->second;
}

TEST(LanduseTable, FieldsCountTbdlmjToTheClassAndKcmjToTiankan) {
  Layer layer = five_parcels({"0103", "0102", "1106", "0103", "0305"},
                             {1000.0, 2000.0, 500.0, 400.0, 300.0},
                             {100.0, 0.0, 0.0, 40.0, 0.0},
                             {900.0, 2000.0, 500.0, 360.0, 300.0});
  Warnings warnings;
  LandSchema schema = land_schema(layer);
  LandUseTable table = landuse_table(layer, schema, schema.village, AreaSource::fields,
                                     ops::AreaMethod::planar, warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(table.groups.size(), 2u);
  EXPECT_EQ(table.groups[0].name, "乙村");  // first seen first
  EXPECT_EQ(table.groups[1].name, "甲村");
  const LandUseGroup& yi = table.groups[0];
  EXPECT_DOUBLE_EQ(at(yi.code_m2, "0103"), 900.0);
  EXPECT_DOUBLE_EQ(at(yi.code_m2, "1203"), 100.0);  // the deducted 田坎
  EXPECT_DOUBLE_EQ(at(yi.level1_m2, "00"), 500.0);  // 1106 内陆滩涂 is 湿地 in 三调
  EXPECT_DOUBLE_EQ(at(yi.level1_m2, "11"), 0.0);
  EXPECT_DOUBLE_EQ(at(yi.level1_m2, "03"), 300.0);
  EXPECT_DOUBLE_EQ(yi.total_m2, 1800.0);  // = the TBMJ of its three parcels
  const LandUseGroup& jia = table.groups[1];
  EXPECT_DOUBLE_EQ(at(jia.level1_m2, "01"), 2360.0);
  EXPECT_DOUBLE_EQ(at(jia.level1_m2, "12"), 40.0);
  EXPECT_DOUBLE_EQ(table.total.total_m2, 4200.0);
  EXPECT_EQ(table.total.name, "合计");
}

TEST(LanduseTable, MissingFiguresFollowFromTheOthers) {
  // TBDLMJ missing: TBMJ − KCMJ. KCMJ missing too: nothing deducted (no KCXS).
  Layer layer = five_parcels({"0103", "0103", "0103", "0103", "0103"},
                             {1000.0, 1000.0, 1000.0, 1000.0, 1000.0},
                             {150.0, std::monostate{}, 0.0, 0.0, 0.0},
                             {std::monostate{}, std::monostate{}, 1000.0, 1000.0, 1000.0});
  Warnings warnings;
  LandSchema schema = land_schema(layer);
  LandUseTable table = landuse_table(layer, schema, nullptr, AreaSource::fields,
                                     ops::AreaMethod::planar, warnings);
  EXPECT_TRUE(table.groups.empty());  // no --by: the total alone
  EXPECT_DOUBLE_EQ(at(table.total.code_m2, "0103"), 850.0 + 1000.0 * 4);
  EXPECT_DOUBLE_EQ(at(table.total.code_m2, "1203"), 150.0);
}

TEST(LanduseTable, BadTbmjIsMeasuredAndUnknownCodesAreKeptWithAWarning) {
  Layer layer = five_parcels({"0103", "0199", "0199", "旱地", "0103"},
                             {"abc", "100", "100", "100", "-5"},
                             {std::monostate{}, "0", "0", "0", std::monostate{}},
                             {std::monostate{}, "100", "100", "100", std::monostate{}});
  Warnings warnings;
  LandSchema schema = land_schema(layer);
  LandUseTable table = landuse_table(layer, schema, schema.village, AreaSource::fields,
                                     ops::AreaMethod::planar, warnings);
  // Parcels 1 and 5: TBMJ text and negative, so measured: 100 m² each (10 m squares).
  EXPECT_DOUBLE_EQ(at(table.total.code_m2, "0103"), 100.0 + 100.0 + 100.0);  // 旱地 by name too
  EXPECT_DOUBLE_EQ(at(table.total.level1_m2, std::string(kUnknownClass)), 200.0);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("'0199'"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("2 parcels"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[1].find("fid 1, 5"), std::string::npos) << warnings[1];
}

TEST(LanduseTable, ComputedAreasSplitByTheDeductionRatio) {
  std::vector<std::string> wkt = {square_wkt(0, 0, 10), square_wkt(10, 0, 20)};
  Layer layer = layer_from_wkt(wkt, {.columns = {{"DLMC", {"旱地", "乔木林地"}},
                                                 {"KCXS", {0.1, 0.0}}}});
  Warnings warnings;
  LandUseTable table = landuse_table(layer, land_schema(layer), nullptr, AreaSource::computed,
                                     ops::AreaMethod::planar, warnings);
  EXPECT_NEAR(at(table.total.code_m2, "0103"), 90.0, 1e-9);
  EXPECT_NEAR(at(table.total.code_m2, "1203"), 10.0, 1e-9);
  EXPECT_NEAR(at(table.total.code_m2, "0301"), 400.0, 1e-9);
  EXPECT_EQ(parse_area_source("fields"), AreaSource::fields);
  EXPECT_EQ(parse_area_source("field"), std::nullopt);
}

}  // namespace
}  // namespace landplan::plan
