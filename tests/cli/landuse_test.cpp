// `landplan landuse` end to end: the CSV contract, the standard table's balanced figures, exit codes.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/fixtures.hpp"

using landplan::test::FeatureSpec;
using landplan::test::parse_csv;
using landplan::test::run_cli;
using landplan::test::TempDir;
using landplan::test::write_dataset;

namespace {

// Three parcels in two villages; the 三调 figures are text, as some exports write them.
std::string write_dltb(const TempDir& dir, bool with_figures = true) {
  landplan::test::LayerSpecForTest spec;
  spec.layer = "DLTB";
  spec.fields = {"DLBM", "DLMC", "ZLDWMC"};
  if (with_figures) spec.fields.insert(spec.fields.end(), {"TBMJ", "KCMJ", "TBDLMJ"});
  auto parcel = [&](double x, std::string code, std::string name, std::string village,
                    std::string tbmj, std::string kcmj, std::string tbdlmj) {
    FeatureSpec f;
    f.wkt = "POLYGON((" + std::to_string(500000 + x) + " 4700000," + std::to_string(500100 + x) +
            " 4700000," + std::to_string(500100 + x) + " 4700100," + std::to_string(500000 + x) +
            " 4700100," + std::to_string(500000 + x) + " 4700000))";
    f.attributes = {{"DLBM", code}, {"DLMC", name}, {"ZLDWMC", village}};
    if (with_figures) f.attributes.insert({{"TBMJ", tbmj}, {"KCMJ", kcmj}, {"TBDLMJ", tbdlmj}});
    spec.features.push_back(f);
  };
  parcel(0, "0103", "旱地", "乙村", "3333.33", "333.33", "3000.00");
  parcel(100, "0102", "水浇地", "甲村", "3333.33", "0", "3333.33");
  parcel(200, "0301", "乔木林地", "乙村", "3333.34", "0", "3333.34");
  std::string path = dir.file("sandiao.gpkg");
  write_dataset(path, spec);
  return path;
}

TEST(LanduseCli, CsvIsTheLongFormGroupsInInputOrderThenTotal) {
  TempDir dir;
  auto result = run_cli({"landuse", write_dltb(dir), "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = parse_csv(result.out);
  ASSERT_EQ(rows.size(), 1u + 3u + 1u + 3u) << result.out;  // header, 乙村, 甲村, 合计
  EXPECT_EQ(rows[0], (std::vector<std::string>{"group", "level", "code", "name", "area_m2",
                                               "area_ha", "area_mu"}));
  // 乙村 first (it comes first in the layer): 01 旱地 3000, 03 3333.34, 12 田坎 333.33 — in the
  // code table's order 01, 03, 12.
  EXPECT_EQ(rows[1][0], "乙村");
  EXPECT_EQ(rows[1][2], "01");
  EXPECT_EQ(rows[1][3], "耕地");
  EXPECT_DOUBLE_EQ(std::stod(rows[1][4]), 3000.0);
  EXPECT_EQ(rows[3][2], "12");
  EXPECT_DOUBLE_EQ(std::stod(rows[3][4]), 333.33);
  EXPECT_EQ(rows[4][0], "甲村");
  EXPECT_EQ(rows.back()[0], "合计");
  EXPECT_EQ(rows.back()[2], "12");
  EXPECT_DOUBLE_EQ(std::stod(rows.back()[6]), 333.33 * 15 / 10000);
}

TEST(LanduseCli, TheTableIsTheStandardLayoutAndAddsUp) {
  TempDir dir;
  auto result = run_cli({"landuse", write_dltb(dir), "--level", "2"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("土地利用现状表（公顷）"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("土地利用现状表（亩）"), std::string::npos);
  EXPECT_NE(result.out.find("0102 水浇地"), std::string::npos);
  // 10000 m² = 1.00 ha in all; its three classes 0.333333 + 0.333333 + 0.333334 ha would round
  // to 0.99 alone.
  EXPECT_NE(result.out.find("1.00"), std::string::npos);
  EXPECT_NE(result.out.find("15.00"), std::string::npos);  // 亩
}

TEST(LanduseCli, ComputedAreasWhenTheLayerHasNoFigures) {
  TempDir dir;
  auto result = run_cli({"landuse", write_dltb(dir, false), "--method", "planar", "--format", "csv"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = parse_csv(result.out);
  EXPECT_EQ(rows.back()[0], "合计");
  EXPECT_EQ(rows.back()[2], "03");
  EXPECT_NEAR(std::stod(rows.back()[4]), 10000.0, 1e-6);  // a 100 m square, planar
  auto fields = run_cli({"landuse", write_dltb(dir, false), "--areas", "fields"});
  EXPECT_EQ(fields.exit_code, 2);
  EXPECT_NE(fields.err.find("has no TBMJ or TBDLMJ field"), std::string::npos) << fields.err;
}

TEST(LanduseCli, BadInputIsExitTwoOnOneLine) {
  TempDir dir;
  landplan::test::LayerSpecForTest plain;
  plain.fields = {"名称"};
  plain.features = {{"POLYGON((500000 4700000,500010 4700000,500010 4700010,500000 4700000))",
                     {{"名称", "a"}}}};
  write_dataset(dir.file("plain.gpkg"), plain);
  auto not_landuse = run_cli({"landuse", dir.file("plain.gpkg")});
  EXPECT_EQ(not_landuse.exit_code, 2);
  EXPECT_NE(not_landuse.err.find("has no land-use field (DLBM or DLMC)"), std::string::npos)
      << not_landuse.err;
  EXPECT_EQ(std::count(not_landuse.err.begin(), not_landuse.err.end(), '\n'), 1);
  EXPECT_EQ(run_cli({"landuse", write_dltb(dir), "--level", "3"}).exit_code, 2);
  EXPECT_EQ(run_cli({"landuse", write_dltb(dir), "--by", "无此字段"}).exit_code, 2);
}

}  // namespace
