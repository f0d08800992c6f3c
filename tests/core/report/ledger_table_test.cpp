// The 耕地 ledger table: a column per code and slope grade that occurs, the 合计 of each, and
// the 结余 or 缺口 against the supplement.
#include "landplan/report/ledger_table.hpp"

#include <gtest/gtest.h>

#include "support/table_cells.hpp"

using namespace landplan;
using namespace landplan::report;
using landplan::test::cell_number;

namespace {

plan::FarmlandLedger ledger(std::optional<double> supplemented_m2) {
  plan::FarmlandLedger l;
  l.entries = {{"sites", Role::relocation_sites, 1, "甲点", {{"0103", 2000}}, {{"2", 2000}}, 2000},
               {"zones",
                Role::greenhouse_zones,
                4,
                "大棚区",
                {{"0102", 1000}, {"0103", 1000}},
                {{"1", 1000}, {"2", 1000}},
                2000}};
  l.occupied_m2 = 4000;
  if (supplemented_m2) l.supplement_layer = "补充耕地";
  l.supplemented_m2 = supplemented_m2;
  return l;
}

}  // namespace

TEST(LedgerTable, ColumnsByCodeAndGradeTotalsAndBalance) {
  Table t = ledger_table(ledger(5000));
  std::vector<std::string> names;
  for (const TableColumn& c : t.columns) names.push_back(c.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"类型", "名称", "fid", "占用耕地(亩)", "水浇地0102(亩)",
                                      "旱地0103(亩)", "坡度1级(亩)", "坡度2级(亩)"}));
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_EQ(std::get<std::string>(t.rows[0][0]), "安置点");
  EXPECT_EQ(std::get<std::string>(t.rows[1][0]), "设施农业");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t.rows[0][4]));  // 甲点 has no 0102
  EXPECT_EQ(std::get<std::string>(t.rows[2][0]), "合计");
  EXPECT_DOUBLE_EQ(cell_number(t.rows[2][3]), 6.0);  // 4,000 m²
  EXPECT_DOUBLE_EQ(cell_number(t.rows[2][5]), 4.5);  // 3,000 m² of 0103
  EXPECT_DOUBLE_EQ(cell_number(t.rows[2][7]), 4.5);  // 3,000 m² of grade 2
  EXPECT_DOUBLE_EQ(cell_number(t.rows[3][3]), 7.5);  // supplemented 5,000 m²
  EXPECT_EQ(std::get<std::string>(t.rows[4][0]), "结余");
  EXPECT_DOUBLE_EQ(cell_number(t.rows[4][3]), 1.5);  // 1,000 m² left over
}

TEST(LedgerTable, WithoutSupplementTheDeficitIsAllOccupied) {
  Table t = ledger_table(ledger(std::nullopt));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t.rows[3][3]));
  EXPECT_EQ(std::get<std::string>(t.rows[4][0]), "缺口");
  EXPECT_DOUBLE_EQ(cell_number(t.rows[4][3]), 6.0);
  EXPECT_NE(t.meta.at("占补平衡").find("没有补充耕地图层"), std::string::npos);
}
