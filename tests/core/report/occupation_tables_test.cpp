// The occupation tables: the CSV contract of `landplan occupy`, the order of the rows, zero
// rows left out, and the report's Chinese version of the same rows.
#include "landplan/report/occupation_tables.hpp"

#include <gtest/gtest.h>

#include "support/table_cells.hpp"

using namespace landplan;
using namespace landplan::report;
using landplan::test::cell_number;

namespace {

// A site with one of everything, a second with nothing but its area and lines it misses.
plan::Occupation two_sites() {
  plan::OccupiedLand a;
  a.fid = 7;
  a.name = "甲点";
  a.total_m2 = 10000;
  a.basic_farmland_m2 = 3400;
  a.ecological_redline_m2 = 0;  // the project has the line; the site misses it
  a.development_boundary_m2 = 7000;
  a.farmland_m2 = {{"0101", 1700}, {"0103", 4500}};
  a.slope_grade_m2 = {{"2", 4500}, {"3", 1700}};
  a.level1_m2 = {{"01", 6200}, {"12", 800}, {"unknown", 3000}};
  a.village_m2 = {{"甲", 10000}};
  plan::OccupiedLand b;
  b.fid = 9;
  b.total_m2 = 100;
  b.basic_farmland_m2 = 0;
  return {"sites", Role::relocation_sites, {a, b}};
}

}  // namespace

TEST(OccupationTables, CsvColumnsAndRowsInOrderWithoutZeros) {
  Table table = occupation_table(two_sites(), AreaColumns::for_format("", Format::csv));
  std::string csv = to_csv(table);
  EXPECT_EQ(csv.substr(0, csv.find('\n')), "fid,name,what,code,area_m2,area_ha,area_mu");
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& row : table.rows)
    rows.emplace_back(std::get<std::string>(row[2]), std::get<std::string>(row[3]));
  std::vector<std::pair<std::string, std::string>> expected = {{"total", ""},
                                                               {"basic_farmland", ""},
                                                               {"development_boundary", ""},
                                                               {"farmland", "0101"},
                                                               {"farmland", "0103"},
                                                               {"slope_grade", "2"},
                                                               {"slope_grade", "3"},
                                                               {"landuse_level1", "01"},
                                                               {"landuse_level1", "12"},
                                                               {"landuse_level1", "unknown"},
                                                               {"village", "甲"},
                                                               {"total", ""}};
  EXPECT_EQ(rows, expected);  // no ecological_redline row (0 m²); site 9 has its total only
  EXPECT_EQ(std::get<std::int64_t>(table.rows.back()[0]), 9);
  EXPECT_EQ(std::get<std::string>(table.rows[0][1]), "甲点");
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][4]), 3400);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][5]), 0.34);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][6]), 5.1);
}

TEST(OccupationTables, TheReportNamesTheCodes) {
  Table table = occupation_report_table(two_sites());
  EXPECT_EQ(table.title, "占地情况：安置点（三区三线、耕地、地类、坐落村）");
  ASSERT_EQ(table.rows.size(), 12u);
  EXPECT_EQ(std::get<std::string>(table.rows[3][2]), "耕地");
  EXPECT_EQ(std::get<std::string>(table.rows[3][3]), "0101 水田");
  EXPECT_EQ(std::get<std::string>(table.rows[5][3]), "2级（2°–6°）");
  EXPECT_EQ(std::get<std::string>(table.rows[8][3]), "12 其他土地");
  EXPECT_EQ(std::get<std::string>(table.rows[9][3]), "unknown");
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][4]), 5.1);  // mu
}
