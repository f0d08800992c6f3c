// Geodesic areas and lengths against published GeographicLib values and the equator's exact arc.
#include "landplan/geodesic.hpp"

#include <gtest/gtest.h>

#include <numbers>

#include "support/layer_from_wkt.hpp"

using namespace landplan;

namespace {

Geodesic on_wgs84() {
  Crs wgs84 = Crs::from_user_input("EPSG:4326");
  return Geodesic(wgs84, wgs84);
}

}  // namespace

TEST(Geodesic, OneDegreeCellAtTheEquatorHasGeographicLibsArea) {
  // GeographicLib's PolygonArea example (geographiclib-rs docs): the cell (0,0) (0,1) (1,1) (1,0)
  // on WGS84 has area 12,308,778,361.469452 m² and perimeter 443,770.917248302 m.
  Layer cell = test::layer_from_wkt({"POLYGON((0 0,1 0,1 1,0 1,0 0))"}, {.crs = "EPSG:4326"});
  Geodesic geodesic = on_wgs84();
  EXPECT_NEAR(geodesic.ring_area(cell.ring(0)), 12308778361.469452, 1e-3);
  EXPECT_NEAR(geodesic.polygon_area(cell, 0), 12308778361.469452, 1e-3);
  EXPECT_NEAR(geodesic.length(cell.ring(0)), 443770.917248302, 1e-6);  // the closed outline
}

TEST(Geodesic, HolesAreSubtractedAndWindingDoesNotMatter) {
  // The cell wound clockwise with its south-west quarter as a hole: the cell less the quarter.
  Layer quarter =
      test::layer_from_wkt({"POLYGON((0 0,0.5 0,0.5 0.5,0 0.5,0 0))"}, {.crs = "EPSG:4326"});
  Layer holed = test::layer_from_wkt(
      {"POLYGON((0 0,0 1,1 1,1 0,0 0),(0 0,0.5 0,0.5 0.5,0 0.5,0 0))"}, {.crs = "EPSG:4326"});
  Geodesic geodesic = on_wgs84();
  double a_quarter = geodesic.polygon_area(quarter, 0);
  EXPECT_GT(a_quarter, 12308778361.469452 / 4 * 0.99);
  EXPECT_NEAR(geodesic.polygon_area(holed, 0), 12308778361.469452 - a_quarter, 1e-3);
}

TEST(Geodesic, LengthAlongTheEquatorIsTheArcOfTheSemiMajorAxis) {
  // The equator is a geodesic: 2° of it measure a·2π/180 exactly.
  Layer line = test::layer_from_wkt({"LINESTRING(100 0,101 0,102 0)"}, {.crs = "EPSG:4326"});
  EXPECT_NEAR(on_wgs84().length(line.ring(0)), 6378137.0 * 2 * std::numbers::pi / 180, 1e-6);
}

TEST(Geodesic, GaussKrugerCoordinatesAreMeasuredOnTheSourceEllipsoid) {
  // A GK point pair 1000 m apart along the central meridian (EPSG:4549, CM 120°E): the scale
  // factor there is 1, so the meridian arc is 1000 m to well under a millimetre.
  Layer line = test::layer_from_wkt({"LINESTRING(500000 4696000,500000 4697000)"});
  Crs gk = Crs::from_user_input("EPSG:4549");
  EXPECT_NEAR(Geodesic(gk, gk).length(line.ring(0)), 1000.0, 1e-6);
}
