// The area tables: per feature and by group, against areas of squares known by hand.
#include "landplan/report/area_tables.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"
#include "support/table_cells.hpp"

using namespace landplan;
using landplan::report::AreaColumns;
using landplan::report::Format;
using landplan::report::Table;
using landplan::test::cell_number;
using landplan::test::layer_from_wkt;

namespace {

// Squares of 100 m, 200 m and 50 m sides (10 000, 40 000 and 2 500 m²) in villages A, B, A.
Layer villages_squares() {
  return layer_from_wkt({"POLYGON ((0 0,100 0,100 100,0 100,0 0))",
                         "POLYGON ((0 0,200 0,200 200,0 200,0 0))",
                         "POLYGON ((0 0,50 0,50 50,0 50,0 0))"},
                        {.columns = {{"村名", {std::string("A"), std::string("B"),
                                               std::string("A")}}}});
}

const std::vector<std::optional<double>> kAreas = {10000.0, 40000.0, 2500.0};

}  // namespace

TEST(AreaTables, PerFeatureListsFidFieldAndTheAreaInEachUnit) {
  Layer layer = villages_squares();
  Table table = report::feature_area_table(layer, kAreas, &layer.field("村名"),
                                           AreaColumns::for_format("", Format::csv));
  EXPECT_EQ(report::to_csv(Table{.columns = table.columns}),
            "fid,村名,area_m2,area_ha,area_mu\n");
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(std::get<std::int64_t>(table.rows[1][0]), 2);
  EXPECT_EQ(std::get<std::string>(table.rows[1][1]), "B");
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][2]), 40000.0);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][3]), 4.0);   // ha
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][4]), 60.0);  // 40 000 m² ÷ (10 000/15)
}

TEST(AreaTables, AFeatureWithoutAreaHasEmptyCells) {
  Layer layer = villages_squares();
  Table table = report::feature_area_table(layer, {10000.0, std::nullopt, 2500.0}, nullptr,
                                           AreaColumns::for_format("mu", Format::table));
  ASSERT_EQ(table.columns.size(), 2u);  // fid, area_mu: people see the one unit asked for
  EXPECT_EQ(table.columns[1].name, "area_mu");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(table.rows[1][1]));
  EXPECT_DOUBLE_EQ(cell_number(table.rows[2][1]), 3.75);
}

TEST(AreaTables, SummaryPutsTheLargestGroupFirstAndATotalLast) {
  Layer layer = villages_squares();
  Table table = report::area_summary_table(layer, kAreas, &layer.field("村名"),
                                           AreaColumns::for_format("", Format::csv));
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(std::get<std::string>(table.rows[0][0]), "B");
  EXPECT_EQ(std::get<std::int64_t>(table.rows[0][1]), 1);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[0][2]), 40000.0);
  EXPECT_EQ(std::get<std::string>(table.rows[1][0]), "A");
  EXPECT_EQ(std::get<std::int64_t>(table.rows[1][1]), 2);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][2]), 12500.0);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[1][4]), 18.75);  // mu
  EXPECT_EQ(std::get<std::string>(table.rows[2][0]), "TOTAL");
  EXPECT_EQ(std::get<std::int64_t>(table.rows[2][1]), 3);
  EXPECT_DOUBLE_EQ(cell_number(table.rows[2][2]), 52500.0);
}

TEST(AreaTables, MetaSaysHowItWasMeasured) {
  Layer layer = villages_squares();
  Table table;
  report::add_area_meta(table, layer, ops::AreaMethod::ellipsoidal, Engine::postgis,
                        AreaColumns::for_format("ha", Format::table));
  EXPECT_EQ(table.meta["method"], "ellipsoidal");
  EXPECT_EQ(table.meta["engine"], "postgis");
  EXPECT_EQ(table.meta["units"], "ha");
  EXPECT_EQ(table.meta["crs"], layer.crs.label());
  EXPECT_EQ(table.meta["ellipsoid_of"], "EPSG:4490");  // CGCS2000, the datum of EPSG:4549
  Table planar;
  report::add_area_meta(planar, layer, ops::AreaMethod::planar, Engine::local,
                        AreaColumns::for_format("", Format::csv));
  EXPECT_EQ(planar.meta.count("ellipsoid_of"), 0u);
  EXPECT_EQ(planar.meta["units"], "m2, ha, mu");
}

TEST(AreaTables, AnUnknownUnitIsRefused) {
  EXPECT_THROW(AreaColumns::for_format("acre", Format::table), InputError);
}
