// Lengths against independently known answers: the meridian arc's closed form on two ellipsoids,
// Gauss-Kruger northings along the central meridian, 3-4-5 polylines, perimeters, and roads cut
// by zones whose pieces add up.
#include "landplan/ops/length.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "support/fixtures.hpp"
#include "support/layer_from_wkt.hpp"

using namespace landplan;
using ops::LengthMethod;
using test::input_error_of;
using test::layer_from_wkt;

namespace {

constexpr test::Origin kGaussKruger = {409000, 4696000};  // a place in EPSG:4549

// Meridian arc from the equator to latitude `phi` (radians): Helmert's series in the third
// flattening n, truncated after n⁴ (the next term is below 1e-13 of the arc). Its differences
// agree with pyproj Geod(a, f).inv along a meridian and with a Simpson integration of
// M(φ) = a(1−e²)/(1−e² sin²φ)^{3/2} to 1e-13 relative (e.g. GRS80 30°→40°: series
// 1109415.63239166 m, pyproj 1109415.63239157 m).
double meridian_arc(double a, double f, double phi) {
  const double n = f / (2 - f), n2 = n * n, n3 = n2 * n, n4 = n3 * n;
  return a / (1 + n) *
         ((1 + n2 / 4 + n4 / 64) * phi - 1.5 * (n - n3 / 8) * std::sin(2 * phi) +
          15.0 / 16 * (n2 - n4 / 4) * std::sin(4 * phi) - 35.0 / 48 * n3 * std::sin(6 * phi) +
          315.0 / 512 * n4 * std::sin(8 * phi));
}

double radians(double degrees) {
  return degrees * std::numbers::pi / 180;
}

std::vector<std::optional<double>> lengths_of(const Layer& layer, LengthMethod method) {
  Warnings warnings;
  auto lengths = ops::feature_lengths(layer, method, warnings);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  return lengths;
}

}  // namespace

TEST(EllipsoidalLength, MeridianArcMatchesTheClosedFormOnTheSourcesOwnEllipsoid) {
  struct Case {
    const char* crs;
    double a, f;  // of its ellipsoid
    double lat1, lat2;
  };
  // CGCS2000 (GRS80 ellipsoid) and Xian 1980 (IAG 1975: a = 6378140 m, 1/f = 298.257), whose
  // arcs differ by 0.5 m over 10°: the length is measured on the layer's own ellipsoid.
  for (Case c : {Case{"EPSG:4490", 6378137.0, 1 / 298.257222101, 30.0, 40.0},
                 Case{"EPSG:4490", 6378137.0, 1 / 298.257222101, -10.0, 50.0},
                 Case{"EPSG:4610", 6378140.0, 1 / 298.257, 30.0, 40.0}}) {
    // Along one meridian, in one geodesic and in ten pieces (multi-vertex lines sum their edges).
    std::string wkt = "LINESTRING(117 " + std::to_string(c.lat1);
    for (int i = 1; i <= 10; ++i)
      wkt += ",117 " + std::to_string(c.lat1 + (c.lat2 - c.lat1) * i / 10);
    Layer layer = layer_from_wkt(
        {"LINESTRING(117 " + std::to_string(c.lat1) + ",117 " + std::to_string(c.lat2) + ")",
         wkt + ")"},
        {.crs = c.crs});
    double expected =
        meridian_arc(c.a, c.f, radians(c.lat2)) - meridian_arc(c.a, c.f, radians(c.lat1));
    auto lengths = lengths_of(layer, LengthMethod::ellipsoidal);
    EXPECT_NEAR(*lengths[0] / expected, 1.0, 1e-9) << c.crs << " " << c.lat1 << "→" << c.lat2;
    EXPECT_NEAR(*lengths[1] / expected, 1.0, 1e-9) << c.crs << " in ten pieces";
  }
}

TEST(EllipsoidalLength, GaussKrugerCentralMeridianNorthingsAreTheMeridianArc) {
  // On the central meridian (x = 500000 in EPSG:4549) the Gauss-Kruger northing is the meridian
  // arc from the equator (scale factor 1): 200 km along it measure 200 km on the ellipsoid too.
  Layer layer = layer_from_wkt({"LINESTRING(500000 4400000,500000 4500000,500000 4600000)"});
  EXPECT_NEAR(*lengths_of(layer, LengthMethod::ellipsoidal)[0] / 200000.0, 1.0, 1e-9);
  EXPECT_DOUBLE_EQ(*lengths_of(layer, LengthMethod::planar)[0], 200000.0);
}

TEST(PlanarLength, PolylinesMultiPartsAndPerimeters) {
  Layer lines = layer_from_wkt(
      {"LINESTRING(0 0,300 400,300 1400)",                   // 500 + 1000
       "MULTILINESTRING((0 0,300 400),(1000 0,1000 1200))",  // parts summed: 500 + 1200
       ""},                                                  // no geometry
      {.source = "roads.gpkg", .kind = GeometryKind::line, .origin = kGaussKruger});
  Warnings warnings;
  auto lengths = ops::feature_lengths(lines, LengthMethod::planar, warnings);
  EXPECT_DOUBLE_EQ(*lengths[0], 1500.0);
  EXPECT_DOUBLE_EQ(*lengths[1], 1700.0);
  EXPECT_FALSE(lengths[2]);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "roads.gpkg:test:3: no geometry — its length is left empty");

  // A polygon's length is its boundary: a 100 m square with a 10 m hole, 400 + 40.
  Layer polygons =
      layer_from_wkt({"POLYGON((0 0,100 0,100 100,0 100,0 0),(10 10,10 20,20 20,20 10,10 10))"},
                     {.origin = kGaussKruger});
  EXPECT_DOUBLE_EQ(*lengths_of(polygons, LengthMethod::planar)[0], 440.0);
}

TEST(Length, PointsAndPlanarDegreesAreRefused) {
  Layer wells =
      layer_from_wkt({"POINT(0 0)"}, {.name = "wells", .source = "w.gpkg", .origin = kGaussKruger});
  Warnings warnings;
  EXPECT_EQ(
      input_error_of([&] { ops::feature_lengths(wells, LengthMethod::ellipsoidal, warnings); }),
      "w.gpkg:wells: is a point layer — lengths need a line layer (or polygons, measured along "
      "their boundary)");
  Layer degrees = layer_from_wkt({"LINESTRING(117 40,117.1 40)"}, {.crs = "EPSG:4490"});
  EXPECT_NE(input_error_of([&] { ops::feature_lengths(degrees, LengthMethod::planar, warnings); }),
            "(no error)");
}

TEST(LengthsInZones, PiecesAddUpAndABorderRoadCountsOnce) {
  // Two 100 m squares side by side; road 1 runs from x −50 to 250 across both (100 m in each,
  // 100 m outside), road 2 along their common border x = 100 (in the first zone only), road 3
  // lies outside both.
  Layer zones = layer_from_wkt({test::square_wkt(0, 0, 100), test::square_wkt(100, 0, 100)},
                               {.name = "zones", .origin = kGaussKruger});
  Layer roads = layer_from_wkt(
      {"LINESTRING(-50 50,250 50)", "LINESTRING(100 0,100 100)", "LINESTRING(0 500,100 500)"},
      {.name = "roads", .origin = kGaussKruger});
  Warnings warnings;
  auto pieces = ops::lengths_in_zones(roads, zones, LengthMethod::planar, warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(pieces[0].line, 0u);
  EXPECT_EQ(pieces[0].zone, 0u);
  EXPECT_NEAR(pieces[0].length_m, 100.0, 1e-9);
  EXPECT_EQ(pieces[1].line, 0u);
  EXPECT_EQ(pieces[1].zone, 1u);
  EXPECT_NEAR(pieces[1].length_m, 100.0, 1e-9);
  EXPECT_EQ(pieces[2].line, 1u);
  EXPECT_EQ(pieces[2].zone, 0u);
  EXPECT_NEAR(pieces[2].length_m, 100.0, 1e-9);

  // Ellipsoidal pieces and what lies outside add up to the road's own geodesic length.
  auto ellipsoidal = ops::lengths_in_zones(roads, zones, LengthMethod::ellipsoidal, warnings);
  Layer outside = layer_from_wkt({"LINESTRING(-50 50,0 50)", "LINESTRING(200 50,250 50)"},
                                 {.origin = kGaussKruger});
  auto outside_m = lengths_of(outside, LengthMethod::ellipsoidal);
  double whole = *lengths_of(roads, LengthMethod::ellipsoidal)[0];
  ASSERT_EQ(ellipsoidal.size(), 3u);
  EXPECT_NEAR(ellipsoidal[0].length_m + ellipsoidal[1].length_m + *outside_m[0] + *outside_m[1],
              whole, 1e-9 * whole);
}

TEST(LengthsInZones, ZonesMustBePolygonsAndLinesLines) {
  Layer roads = layer_from_wkt({"LINESTRING(0 0,10 0)"}, {.name = "roads"});
  Layer points = layer_from_wkt({"POINT(0 0)"}, {.name = "points", .source = "p.gpkg"});
  Warnings warnings;
  EXPECT_EQ(
      input_error_of([&] { ops::lengths_in_zones(roads, points, LengthMethod::planar, warnings); }),
      "p.gpkg:points: is a point layer — the zones lines are measured in must be polygons");
}
