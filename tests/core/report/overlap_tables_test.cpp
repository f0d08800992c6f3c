// The overlap tables: pairs and tabulation by fields, with shares known by hand.
#include "landplan/report/overlap_tables.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"
#include "support/table_cells.hpp"

using namespace landplan;
using namespace landplan::report;
using landplan::test::cell_number;
using landplan::test::layer_from_wkt;

namespace {

// A: two 100 m squares side by side (10 000 m² each), villages X and Y. B: one zone of
// 100 × 50 m (5 000 m²) straddling both: 2 500 m² over each.
Layer squares_a() {
  return layer_from_wkt({"POLYGON ((0 0,100 0,100 100,0 100,0 0))",
                         "POLYGON ((100 0,200 0,200 100,100 100,100 0))"},
                        {.name = "a",
                         .columns = {{"村名", {std::string("X"), std::string("Y")}}}});
}

Layer zone_b() {
  return layer_from_wkt({"POLYGON ((50 0,150 0,150 50,50 50,50 0))"},
                        {.name = "b", .columns = {{"村名", {std::string("Z")}}}});
}

// The pieces as ops::overlap gives them, written out: the shares of A and of B.
ops::Overlap pieces() {
  ops::Overlap overlap;
  overlap.pieces = {{.a = 0, .b = 0, .area_m2 = 2500.0, .pct_of_a = 25.0, .pct_of_b = 50.0},
                    {.a = 1, .b = 0, .area_m2 = 2500.0, .pct_of_a = 25.0, .pct_of_b = 50.0}};
  return overlap;
}

}  // namespace

TEST(OverlapTables, SameFieldOnBothSidesIsSuffixed) {
  Layer a = squares_a(), b = zone_b();
  OverlapFields same = overlap_fields(a, "村名", b, "村名");
  EXPECT_EQ(same.name_a, "村名_a");
  EXPECT_EQ(same.name_b, "村名_b");
  OverlapFields one = overlap_fields(a, "村名", b, "");
  EXPECT_EQ(one.name_a, "村名");
  EXPECT_EQ(one.b, nullptr);
  EXPECT_THROW(overlap_fields(a, "nosuch", b, ""), InputError);
}

TEST(OverlapTables, PairsTableHasOneRowPerPiece) {
  Layer a = squares_a(), b = zone_b();
  Table table = overlap_pairs_table(pieces(), a, b, overlap_fields(a, "村名", b, ""),
                                            AreaColumns::for_format("mu", Format::table));
  std::vector<std::string> names;
  for (const auto& c : table.columns) names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{"fid_a", "fid_b", "村名", "area_mu", "pct_of_a",
                                             "pct_of_b"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(std::get<std::int64_t>(table.rows[1][0]), 2);
  EXPECT_EQ(std::get<std::string>(table.rows[1][2]), "Y");
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][3]), 3.75);  // 2 500 m² in mu
}

TEST(OverlapTables, SummaryGivesEachGroupsShareOfItsOwnArea) {
  Layer a = squares_a(), b = zone_b();
  Table table = overlap_summary_table(
      pieces(), a, b, overlap_fields(a, "村名", b, "村名"),
      AreaColumns::for_format("", Format::csv), {10000.0, 10000.0}, {5000.0});
  // (X, Z), (Y, Z), TOTAL: each group is 2 500 m² of its village's 10 000 and of Z's 5 000.
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(std::get<std::string>(table.rows[0][0]), "X");
  EXPECT_EQ(std::get<std::string>(table.rows[0][1]), "Z");
  EXPECT_EQ(std::get<std::int64_t>(table.rows[0][2]), 1);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[0][3]), 2500.0);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[0][6]), 25.0);  // of X
  EXPECT_DOUBLE_EQ(cell_number(table.rows[0][7]), 50.0);  // of Z
  const auto& total = table.rows[2];
  EXPECT_EQ(std::get<std::string>(total[0]), "TOTAL");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(total[1]));
  EXPECT_EQ(std::get<std::int64_t>(total[2]), 2);
  EXPECT_DOUBLE_EQ(cell_number(total[3]), 5000.0);
  EXPECT_DOUBLE_EQ(cell_number(total[6]), 25.0);   // of all A: 5 000 of 20 000
  EXPECT_DOUBLE_EQ(cell_number(total[7]), 100.0);  // all of B
}
