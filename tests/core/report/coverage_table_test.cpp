// The coverage table: a row per area feature, and totals in mu.
#include "landplan/report/coverage_table.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

using namespace landplan;
using landplan::test::layer_from_wkt;

TEST(CoverageTable, RowsGiveCoveredMuAndShareAndTheMetaTheTotals) {
  Layer fields = layer_from_wkt(
      {"POLYGON ((0 0,100 0,100 100,0 100,0 0))", "POLYGON ((0 0,200 0,200 100,0 100,0 0))"},
      {.columns = {{"村名", {std::string("X"), std::string("Y")}}}});
  // 10 000 m² with 2 500 covered, 20 000 m² with none.
  std::vector<ops::CoveredArea> covered = {{10000.0, 2500.0}, {20000.0, 0.0}};
  report::Table table = report::coverage_table(fields, covered, &fields.field("村名"),
                                               ops::AreaMethod::planar, Engine::local);
  std::vector<std::string> names;
  for (const auto& c : table.columns) names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{"fid", "村名", "area_m2", "covered_m2", "covered_mu",
                                             "covered_pct"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(std::get<std::string>(table.rows[0][1]), "X");
  EXPECT_DOUBLE_EQ(std::get<double>(table.rows[0][4]), 3.75);  // 2 500 m² in mu
  EXPECT_DOUBLE_EQ(std::get<double>(table.rows[0][5]), 25.0);
  EXPECT_DOUBLE_EQ(std::get<double>(table.rows[1][5]), 0.0);
  EXPECT_EQ(table.meta["method"], "planar");
  EXPECT_EQ(table.meta["engine"], "local");
  EXPECT_DOUBLE_EQ(std::stod(table.meta["covered_total_mu"]), 3.75);
  EXPECT_DOUBLE_EQ(std::stod(table.meta["area_total_mu"]), 45.0);  // 30 000 m²
}
