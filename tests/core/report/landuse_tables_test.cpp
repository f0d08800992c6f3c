// The 土地利用现状 tables: the long form's rows, and the wide form's balanced rounding — rounded
// 公顷 that add up exactly where rounding each figure alone would not.
#include "landplan/report/landuse_tables.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "support/table_cells.hpp"

namespace landplan::report {
namespace {

using plan::LandUseGroup;
using plan::LandUseTable;

// Two villages whose figures in ha each end in a third of a hundredth.
LandUseTable two_villages() {
  LandUseTable t;
  t.areas = plan::AreaSource::fields;
  LandUseGroup a{"甲村", {}, {}, 0.0};
  a.code_m2 = {{"0102", 3333.33}, {"0103", 3333.33}, {"0301", 3333.34}};
  a.level1_m2 = {{"01", 6666.66}, {"03", 3333.34}};
  a.total_m2 = 10000.0;
  LandUseGroup b{"乙村", {}, {}, 0.0};
  b.code_m2 = {{"0103", 1234.5}, {"1203", 2265.5}};
  b.level1_m2 = {{"01", 1234.5}, {"12", 2265.5}};
  b.total_m2 = 3500.0;
  LandUseGroup total{"合计", {}, {}, 0.0};
  for (const LandUseGroup* g : {&a, &b}) {
    for (const auto& [k, v] : g->code_m2) total.code_m2[k] += v;
    for (const auto& [k, v] : g->level1_m2) total.level1_m2[k] += v;
    total.total_m2 += g->total_m2;
  }
  t.groups = {a, b};
  t.total = total;
  return t;
}

double cell(const Table& table, std::size_t row, std::size_t column) {
  return test::cell_number(table.rows[row][column]);
}

TEST(LanduseWideTable, RoundedHectaresAddUpWhereRoundingAloneWouldNot) {
  Table table = landuse_wide_table(two_villages(), 2, AreaUnit::ha);
  std::vector<std::string> headers;
  for (const TableColumn& c : table.columns) headers.push_back(c.name);
  EXPECT_EQ(headers, (std::vector<std::string>{"单位", "合计", "01 耕地", "0102 水浇地",
                                               "0103 旱地", "03 林地", "0301 乔木林地",
                                               "12 其他土地", "1203 田坎"}));
  ASSERT_EQ(table.rows.size(), 3u);
  // 甲村: 0.333333 + 0.333333 + 0.333334 ha. Rounded alone: 0.33 + 0.33 + 0.33 = 0.99 ≠ 1.00.
  EXPECT_NE(std::round(0.333333 * 100) * 3 / 100, 1.00);
  EXPECT_DOUBLE_EQ(cell(table, 0, 1), 1.00);
  EXPECT_DOUBLE_EQ(cell(table, 0, 2), 0.67);  // 01: 0.666666, the larger remainder
  EXPECT_DOUBLE_EQ(cell(table, 0, 5), 0.33);  // 03
  EXPECT_DOUBLE_EQ(cell(table, 0, 3) + cell(table, 0, 4), 0.67);  // codes add up to their class
  EXPECT_DOUBLE_EQ(cell(table, 0, 6), 0.33);
  // 乙村: 0.12345 + 0.22655 = 0.35: rounded alone 0.12 + 0.23 = 0.35 already.
  EXPECT_DOUBLE_EQ(cell(table, 1, 1), 0.35);
  EXPECT_DOUBLE_EQ(cell(table, 1, 2) + cell(table, 1, 7), 0.35);
  // 合计: each column the sum of the rows; its 合计 the sum of everything.
  for (std::size_t c = 1; c < table.columns.size(); ++c)
    EXPECT_NEAR(cell(table, 2, c), cell(table, 0, c) + cell(table, 1, c), 1e-9) << c;
  EXPECT_DOUBLE_EQ(cell(table, 2, 1), 1.35);
  EXPECT_NEAR(cell(table, 2, 2) + cell(table, 2, 5) + cell(table, 2, 7), 1.35, 1e-9);
}

TEST(LanduseWideTable, MuAtLevelOne) {
  Table table = landuse_wide_table(two_villages(), 1, AreaUnit::mu);
  ASSERT_EQ(table.columns.size(), 5u);  // 单位, 合计, 01, 03, 12
  // 甲村 is 10000 m² = 15 mu exactly; its classes 9.99999 and 5.00001 mu round to 10.00 and 5.00.
  EXPECT_DOUBLE_EQ(cell(table, 0, 1), 15.00);
  EXPECT_DOUBLE_EQ(cell(table, 0, 2), 10.00);
  EXPECT_DOUBLE_EQ(cell(table, 0, 3), 5.00);
  EXPECT_DOUBLE_EQ(cell(table, 1, 1), 5.25);  // 3500 m²
}

TEST(LanduseLongTable, GroupsThenTotalWithLevelTwoUnderEachClass) {
  Table table = landuse_long_table(two_villages(), 2);
  std::vector<std::string> headers;
  for (const TableColumn& c : table.columns) headers.push_back(c.name);
  EXPECT_EQ(headers, (std::vector<std::string>{"group", "level", "code", "name", "area_m2",
                                               "area_ha", "area_mu"}));
  ASSERT_EQ(table.rows.size(), 5u + 4u + 7u);  // 甲村 2+3, 乙村 2+2, 合计 3+4
  EXPECT_EQ(std::get<std::string>(table.rows[0][0]), "甲村");
  EXPECT_EQ(std::get<std::string>(table.rows[0][2]), "01");
  EXPECT_EQ(std::get<std::string>(table.rows[1][2]), "0102");
  EXPECT_EQ(std::get<std::int64_t>(table.rows[1][1]), 2);
  EXPECT_DOUBLE_EQ(cell(table, 0, 4), 6666.66);
  EXPECT_DOUBLE_EQ(cell(table, 0, 6), 6666.66 * 15 / 10000);
  EXPECT_EQ(std::get<std::string>(table.rows.back()[0]), "合计");
  EXPECT_EQ(std::get<std::string>(table.rows.back()[3]), "田坎");
  EXPECT_EQ(landuse_long_table(two_villages(), 1).rows.size(), 2u + 2u + 3u);
}

}  // namespace
}  // namespace landplan::report
