// The WKT test-layer helper itself: a 100 m square's planar area, its attributes read back.
#include "support/layer_from_wkt.hpp"

#include <gtest/gtest.h>

#include "landplan/planar.hpp"

namespace landplan::test {
namespace {

TEST(LayerFromWkt, SquareHasItsAreaAndAttributesReadBack) {
  Layer layer = layer_from_wkt(
      {"POLYGON((0 0,100 0,100 100,0 100,0 0))", ""},
      {.crs = "EPSG:4549", .name = "parcels", .role = Role::parcels,
       .columns = {{"村名", {"八家", "东村"}}, {"户数", {3, 5}}, {"亩数", {15.0, std::monostate{}}}}});
  ASSERT_EQ(layer.size(), 2u);
  EXPECT_EQ(layer.kind, GeometryKind::polygon);
  EXPECT_EQ(layer.crs.id(), "EPSG:4549");
  EXPECT_EQ(layer.role, Role::parcels);
  EXPECT_DOUBLE_EQ(planar_area(layer, 0), 10000.0);  // 100 × 100
  EXPECT_TRUE(layer.is_null(1));
  EXPECT_EQ(layer.fid(1), 2);
  EXPECT_EQ(layer.column("村名")->text(1), "东村");
  EXPECT_EQ(layer.column("户数")->type(), FieldType::integer);
  EXPECT_EQ(layer.column("户数")->integer(0), 3);
  EXPECT_DOUBLE_EQ(layer.column("亩数")->real(0), 15.0);
  EXPECT_TRUE(layer.column("亩数")->is_null(1));
}

TEST(LayerFromWkt, MultiGeometriesBecomePartsAndHolesRings) {
  Layer layer = layer_from_wkt(
      {"MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((20 0,30 0,30 10,20 10,20 0),(22 2,24 2,24 4,22 4,22 2)))"},
      {.fids = {42}});
  EXPECT_EQ(layer.fid(0), 42);
  EXPECT_EQ(layer.part_count(0), 2u);
  EXPECT_DOUBLE_EQ(planar_area(layer, 0), 100.0 + 100.0 - 4.0);
  EXPECT_THROW(layer_from_wkt({"POLYGON((0 0,1 0"}), std::invalid_argument);
}

TEST(LayerFromWkt, OriginIsAddedToEveryVertex) {
  Layer land =
      layer_from_wkt({"POLYGON((0 0,100 0,100 50,0 50,0 0))"}, {.origin = {409000, 4696000}});
  EXPECT_EQ(land.ring(0).x(2), 409100.0);
  EXPECT_EQ(land.ring(0).y(2), 4696050.0);
  EXPECT_EQ(land.box(0).minx, 409000.0);
  EXPECT_DOUBLE_EQ(planar_area(land, 0), 5000.0);  // 100 × 50, wherever it lies
  Layer well = layer_from_wkt({"POINT(7 -3)"}, {.origin = {409000, 4696000}});
  EXPECT_EQ(well.ring(0).x(0), 409007.0);
  EXPECT_EQ(well.ring(0).y(0), 4695997.0);
}

TEST(LayerFromWkt, ComputedRingsReadBackBitForBit) {
  // A third and a hole: 17 digits carry every double through the text unchanged.
  std::vector<double> shell = {0, 0, 1.0 / 3, 0, 1.0 / 3, 0.1, 0, 0.1, 0, 0};
  std::vector<double> hole = {0.1, 0.01, 0.2, 0.01, 0.2, 0.02, 0.1, 0.01};
  std::string wkt = polygon_wkt_of({shell, hole});
  EXPECT_EQ(wkt.rfind("POLYGON((0 0,0.33333333333333331 0,", 0), 0u) << wkt;
  Layer layer = layer_from_wkt({wkt});
  ASSERT_EQ(layer.ring(0).size, 5u);
  EXPECT_EQ(layer.ring(0).x(1), 1.0 / 3);
  EXPECT_EQ(layer.ring(1).y(2), 0.02);
  EXPECT_DOUBLE_EQ(planar_area(layer, 0), 0.1 / 3 - 0.5 * 0.1 * 0.01);
}

}  // namespace
}  // namespace landplan::test
