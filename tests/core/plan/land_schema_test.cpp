// Recognising a 三调 layer's fields: any case, 二调 names, a project mapping, deduction ratios.
#include "landplan/plan/land_schema.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

namespace landplan::plan {
namespace {

using test::layer_from_wkt;
using test::square_wkt;

Layer parcels(std::vector<test::ColumnValues> columns) {
  return layer_from_wkt({square_wkt(0, 0, 10), square_wkt(10, 0, 10), square_wkt(20, 0, 10)},
                        {.columns = std::move(columns)});
}

TEST(LandSchema, FieldsAreFoundInAnyCase) {
  Layer layer = parcels({{"dlbm", {"0102", "0305", "0702"}},
                         {"Dlmc", {"水浇地", "灌木林地", "农村宅基地"}},
                         {"QSDWMC", {"甲村", "甲村", "乙村"}},
                         {"tbmj", {100.0, 100.0, 100.0}}});
  LandSchema schema = land_schema(layer);
  ASSERT_TRUE(schema.is_landuse());
  EXPECT_EQ(schema.code->name(), "dlbm");
  EXPECT_EQ(schema.name->name(), "Dlmc");
  EXPECT_EQ(schema.village->name(), "QSDWMC");  // no ZLDWMC: the owner's name
  EXPECT_EQ(schema.tbmj->name(), "tbmj");
  EXPECT_EQ(schema.kcxs, nullptr);
  EXPECT_EQ(schema.land_code(1)->name, "灌木林地");
  EXPECT_EQ(schema.deduction(0), 0.0);  // no deduction fields: nothing deducted
}

TEST(LandSchema, LocationBeatsOwnerAndAMappingBeatsBoth) {
  Layer layer = parcels({{"QSDWMC", {"甲", "甲", "甲"}},
                         {"ZLDWMC", {"乙", "乙", "乙"}},
                         {"村", {"丙", "丙", "丙"}}});
  EXPECT_EQ(land_schema(layer).village->name(), "ZLDWMC");
  EXPECT_EQ(land_schema(layer, {{"village", "村"}}).village->name(), "村");
  EXPECT_FALSE(land_schema(layer).is_landuse());
}

TEST(LandSchema, NamesAloneOrCodesAloneGiveTheCode) {
  Layer by_name = parcels({{"DLMC", {"旱地", "不存在的地类", ""}}});
  LandSchema names = land_schema(by_name);
  EXPECT_EQ(names.land_code(0)->code, "0103");
  EXPECT_EQ(names.land_code(1), nullptr);  // unknown: the caller warns and counts it so
  EXPECT_EQ(names.land_text(1), "不存在的地类");
  EXPECT_EQ(names.land_code(2), nullptr);
  // A project's landuse field may hold codes (地类 = 0102).
  Layer by_code = parcels({{"地类", {"0102", "1203", "0201K"}}});
  LandSchema codes = land_schema(by_code, {{"landuse", "地类"}});
  EXPECT_EQ(codes.land_code(2)->name, "可调整果园");
}

TEST(LandSchema, DeductionFromKcxsTkxsOrKcmj) {
  Layer sandiao = parcels({{"DLBM", {"0103", "0103", "0103"}},
                           {"KCXS", {0.12, std::monostate{}, 1.5}}});
  LandSchema s = land_schema(sandiao);
  EXPECT_DOUBLE_EQ(*s.deduction(0), 0.12);
  EXPECT_EQ(s.deduction(1), 0.0);            // null: nothing deducted
  EXPECT_EQ(s.deduction(2), std::nullopt);   // not a ratio
  Layer erdiao = parcels({{"DLBM", {"0103", "0103", "0103"}}, {"TKXS", {0.08, 0.0, 0.2}}});
  EXPECT_DOUBLE_EQ(*land_schema(erdiao).deduction(0), 0.08);
  Layer areas = parcels({{"DLBM", {"0103", "0103", "0103"}},
                         {"TBMJ", {1000.0, 0.0, 500.0}},
                         {"KCMJ", {"150", "0", "x"}}});
  LandSchema a = land_schema(areas);
  EXPECT_DOUBLE_EQ(*a.deduction(0), 0.15);
  EXPECT_EQ(a.deduction(1), std::nullopt);  // TBMJ 0: no ratio to take
  EXPECT_EQ(a.deduction(2), std::nullopt);
}

}  // namespace
}  // namespace landplan::plan
