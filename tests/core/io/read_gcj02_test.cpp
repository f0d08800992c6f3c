// Which layers GCJ-02 may apply to, and the in-place conversion with its one warning.
#include "io/read_gcj02.hpp"

#include <gtest/gtest.h>

#include "support/fixtures.hpp"
#include "support/layer_from_wkt.hpp"

using namespace landplan;

TEST(ReadGcj02, OnlyWgs84OrCgcs2000LongitudeLatitudeIsAccepted) {
  for (const char* crs : {"EPSG:4326", "EPSG:4490", "OGC:CRS84"}) {
    EXPECT_EQ(test::input_error_of([&] {
                io::detail::check_gcj02_source(Crs::from_user_input(crs), "a.kml", true);
              }),
              "(no error)")
        << crs;
  }
  // Projected (GK zone 39), Xian 1980 longitude/latitude (another ellipsoid), and the database
  // reading the geometry itself.
  EXPECT_NE(test::input_error_of([] {
              io::detail::check_gcj02_source(Crs::from_user_input("EPSG:4549"), "a.gpkg", true);
            }).find("EPSG:4549"),
            std::string::npos);
  EXPECT_NE(test::input_error_of([] {
              io::detail::check_gcj02_source(Crs::from_user_input("EPSG:4610"), "a.shp", true);
            }).find("EPSG:4610"),
            std::string::npos);
  EXPECT_NE(test::input_error_of([] {
              io::detail::check_gcj02_source(Crs::from_user_input("EPSG:4326"), "PG:x", false);
            }).find("--engine local"),
            std::string::npos);
}

TEST(ReadGcj02, ConvertsEveryVertexAndWarnsOnceWithTheDistance) {
  // googollee/eviltransform's Shanghai pair (c/test.c): GCJ-02 121.531541859215,
  // 31.17530398364597 is WGS 84 121.5272106, 31.1774276.
  Layer layer = test::layer_from_wkt(
      {"POINT(121.531541859215 31.17530398364597)", "POINT(139.7 35.7)"},  // Tokyo: outside
      {.crs = "EPSG:4326", .name = "sketch", .source = "sketch.kml"});
  Warnings warnings;
  io::detail::convert_gcj02(layer, warnings);
  EXPECT_NEAR(layer.ring(0).x(0), 121.5272106, 1e-9);
  EXPECT_NEAR(layer.ring(0).y(0), 31.1774276, 1e-9);
  EXPECT_EQ(layer.ring(1).x(0), 139.7);
  EXPECT_EQ(layer.ring(1).y(0), 35.7);
  EXPECT_NEAR(layer.extent().minx, 121.5272106, 1e-9);  // boxes follow the moved vertices
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("sketch.kml:sketch"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("between 0 and"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("approximate"), std::string::npos) << warnings[0];
}
