// The report's road tables: km and m per road and per village, 村界外 and 合计 adding up.
#include "landplan/report/road_tables.hpp"

#include <gtest/gtest.h>

#include "support/table_cells.hpp"

using namespace landplan;
using landplan::test::cell_number;

TEST(RoadTables, PerRoadThenPerVillageWithWhatLiesOutsideAndTheTotal) {
  plan::Roads roads;
  roads.roads = {{"县道X531", 1, 8000.0}, {"三座店村道", 2, 1500.0}};
  roads.villages = {{"三座店", 2, 6000.0, {{"县道X531", 4500.0}, {"三座店村道", 1500.0}}},
                    {"孤山子", 0, 0.0, {}}};
  roads.total_m = 9500.0;
  roads.outside_villages_m = 3500.0;
  roads.villages_from = "村界 (village_boundaries)";
  auto tables = report::road_tables(roads, ops::LengthMethod::ellipsoidal);
  ASSERT_EQ(tables.size(), 3u);

  const report::Table& per_road = tables[0];
  EXPECT_EQ(per_road.title, "道路里程（按道路）");
  EXPECT_EQ(report::to_csv(report::Table{.columns = per_road.columns}),
            "道路,段数,长度(公里),长度(米)\n");
  ASSERT_EQ(per_road.rows.size(), 3u);
  EXPECT_EQ(std::get<std::string>(per_road.rows[2][0]), "合计");
  EXPECT_EQ(cell_number(per_road.rows[2][1]), 3);
  EXPECT_DOUBLE_EQ(cell_number(per_road.rows[2][2]), 9.5);
  EXPECT_EQ(per_road.meta.at("长度算法"), "椭球面长度 (ellipsoidal)");

  const report::Table& per_village = tables[1];
  EXPECT_EQ(per_village.title, "道路里程（按村）");
  ASSERT_EQ(per_village.rows.size(), 4u);
  EXPECT_EQ(std::get<std::string>(per_village.rows[2][0]), "村界外");
  EXPECT_DOUBLE_EQ(cell_number(per_village.rows[2][2]), 3.5);
  EXPECT_EQ(std::get<std::string>(per_village.rows[3][0]), "合计");
  EXPECT_DOUBLE_EQ(cell_number(per_village.rows[3][3]), 9500.0);
  EXPECT_EQ(per_village.meta.at("分村依据"), "村界 (village_boundaries)");

  const report::Table& long_form = tables[2];
  EXPECT_EQ(long_form.title, "道路里程按村、道路");
  EXPECT_EQ(report::to_csv(report::Table{.columns = long_form.columns}),
            "村名,道路,长度(公里),长度(米)\n");
  ASSERT_EQ(long_form.rows.size(), 2u);  // 孤山子 has no road: no row
  EXPECT_EQ(std::get<std::string>(long_form.rows[1][1]), "三座店村道");
  EXPECT_DOUBLE_EQ(cell_number(long_form.rows[1][2]), 1.5);
}

TEST(RoadTables, NoVillageTableWhenTheRoadsCouldNotBePutInVillages) {
  plan::Roads roads;
  roads.roads = {{"县道X531", 1, 8000.0}};
  roads.total_m = 8000.0;
  auto tables = report::road_tables(roads, ops::LengthMethod::planar);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].meta.at("长度算法"), "平面长度 (planar)");
}
