// Areas against independently known answers: the closed-form ellipsoidal zone area, exact planar
// areas of squares, L-shapes and holes, and the exact geodesic path for the fast shortcut.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>

#include "landplan/geodesic.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/units.hpp"
#include "support/layer_from_wkt.hpp"

using namespace landplan;
using ops::AreaMethod;
using test::layer_from_wkt;
using test::polygon_wkt_of;

namespace {

constexpr test::Origin kGaussKruger = {409000, 4696000};  // a place in EPSG:4549

// One polygon of lon/lat rings in `crs`.
Layer cell_layer(const std::string& crs, const std::vector<double>& ring) {
  return layer_from_wkt({polygon_wkt_of({ring})}, {.crs = crs});
}

double area_of(const Layer& layer, AreaMethod method) {
  Warnings warnings;
  auto areas = ops::feature_areas(layer, method, warnings);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  return areas.at(0).value();
}

// Area between two parallels over a longitude span on an ellipsoid (authalic formula).
double zone_area(double a, double f, double lat1, double lat2, double dlon) {
  const double e2 = f * (2 - f), e = std::sqrt(e2), b2 = a * a * (1 - e2);
  auto q = [&](double lat) {
    double s = std::sin(lat * std::numbers::pi / 180);
    return s / (1 - e2 * s * s) + std::log((1 + e * s) / (1 - e * s)) / (2 * e);
  };
  return b2 * (dlon * std::numbers::pi / 180) / 2 * (q(lat2) - q(lat1));
}

// The cell's outline with its parallels divided into `steps` pieces: geodesic edges that short
// follow the parallel to well below 1e-9 of the area.
std::vector<double> cell_ring(double lon, double lat, double size, int steps) {
  std::vector<double> ring;
  for (int i = 0; i <= steps; ++i) ring.insert(ring.end(), {lon + size * i / steps, lat});
  for (int i = steps; i >= 0; --i) ring.insert(ring.end(), {lon + size * i / steps, lat + size});
  ring.insert(ring.end(), {lon, lat});
  return ring;
}

}  // namespace

TEST(EllipsoidalArea, OneDegreeCellMatchesClosedFormZoneArea) {
  struct Case {
    double lon, lat;
  };
  for (Case c : {Case{118.0, 42.0}, Case{100.0, 0.0}, Case{-70.0, -55.0}, Case{10.0, 80.0}}) {
    // EPSG:4490 (CGCS2000) uses the GRS80 ellipsoid.
    Layer cell = cell_layer("EPSG:4490", cell_ring(c.lon, c.lat, 1.0, 2000));
    double expected = zone_area(6378137.0, 1 / 298.257222101, c.lat, c.lat + 1, 1.0);
    EXPECT_NEAR(area_of(cell, AreaMethod::ellipsoidal) / expected, 1.0, 1e-9)
        << "cell at " << c.lon << "," << c.lat;
  }
}

TEST(EllipsoidalArea, AntimeridianCellIsMeasuredAcrossIt) {
  // 179.5°E → 180.5°E written with longitudes past 180: one degree wide, not 359.
  Layer cell = cell_layer("EPSG:4490", cell_ring(179.5, 10.0, 1.0, 2000));
  double expected = zone_area(6378137.0, 1 / 298.257222101, 10.0, 11.0, 1.0);
  EXPECT_NEAR(area_of(cell, AreaMethod::ellipsoidal) / expected, 1.0, 1e-9);
}

TEST(PlanarArea, SquaresLShapesAndHolesInGaussKruger) {
  struct Case {
    const char* name;
    std::string wkt;
    double expected;
  };
  std::vector<Case> cases = {
      {"100 m square", "POLYGON((0 0,100 0,100 100,0 100,0 0))", 10000.0},
      {"L-shape 30x30 minus 20x20", "POLYGON((0 0,30 0,30 10,10 10,10 30,0 30,0 0))", 500.0},
      {"square with a 20 m hole (clockwise shell)",
       "POLYGON((0 0,0 100,100 100,100 0,0 0),(10 10,30 10,30 30,10 30,10 10))", 9600.0},
      {"two squares as a multipolygon",
       "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((20 0,40 0,40 20,20 20,20 0)))", 500.0},
  };
  for (const Case& c : cases) {
    Layer layer = layer_from_wkt({c.wkt}, {.origin = kGaussKruger});
    EXPECT_NEAR(area_of(layer, AreaMethod::planar), c.expected, 1e-9 * c.expected) << c.name;
  }
}

TEST(EllipsoidalArea, FastPathAgreesWithExactGeodesicAcrossTheZone) {
  // Many small parcels spread over a 3-degree zone (CM 120°E) exercise the ratio grid; each
  // must agree with the exact geodesic area of the same vertices.
  std::mt19937 random(7);
  std::uniform_real_distribution<double> jitter(-8.0, 8.0);
  std::vector<std::string> parcels;
  std::vector<std::int64_t> fids;
  for (int i = 0; i < 60; ++i) {
    for (int j = 0; j < 60; ++j) {
      double x = 380000 + i * 4000.0, y = 4650000 + j * 1500.0;  // 380–620 km: ±1.3° of CM
      std::vector<double> ring = {x + jitter(random), y + jitter(random),
                                  x + 60 + jitter(random), y + jitter(random),
                                  x + 60 + jitter(random), y + 40 + jitter(random),
                                  x + 30, y + 55,
                                  x + jitter(random), y + 40 + jitter(random)};
      ring.insert(ring.end(), {ring[0], ring[1]});
      parcels.push_back(polygon_wkt_of({ring}));
      fids.push_back(i * 60 + j);
    }
  }
  Layer layer = layer_from_wkt(parcels, {.name = "parcels", .fids = fids});
  Warnings warnings;
  auto areas = ops::feature_areas(layer, AreaMethod::ellipsoidal, warnings);
  Geodesic exact(layer.crs, layer.source_crs);
  double worst = 0;
  for (std::size_t f = 0; f < layer.size(); ++f) {
    double reference = exact.polygon_area(layer, f);
    worst = std::max(worst, std::abs(*areas[f] / reference - 1));
  }
  EXPECT_LT(worst, 2e-8);
}

TEST(EllipsoidalArea, DependsOnTheSourceEllipsoidNotTheWorkingCrs) {
  // The same lon/lat square measured as Xian 1980 (IAG 1975 ellipsoid) and CGCS2000 (GRS80):
  // the ellipsoids differ by 3 m in the semi-major axis, about 1e-6 in area.
  std::vector<double> ring = cell_ring(118.9, 42.4, 0.01, 50);
  Layer xian = cell_layer("EPSG:4610", ring);
  Layer cgcs = cell_layer("EPSG:4490", ring);
  double a_xian = area_of(xian, AreaMethod::ellipsoidal);
  double a_cgcs = area_of(cgcs, AreaMethod::ellipsoidal);
  double relative = std::abs(a_xian / a_cgcs - 1);
  EXPECT_GT(relative, 3e-7);
  EXPECT_LT(relative, 3e-6);
}

TEST(AreaErrors, BowTieIsMeasuredAfterMakeValidWithAWarning) {
  Layer layer = layer_from_wkt({"POLYGON((0 0,20 20,20 0,0 20,0 0))"}, {.origin = kGaussKruger});
  Warnings warnings;
  auto areas = ops::feature_areas(layer, AreaMethod::planar, warnings);
  // Two triangles of 10 × 20 / 2 = 100 m² each; the raw shoelace would say 0.
  EXPECT_NEAR(*areas[0], 200.0, 1e-6);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find(":1: invalid polygon"), std::string::npos) << warnings[0];
}

Layer only_a_null_geometry() {
  return layer_from_wkt({""}, {.kind = GeometryKind::polygon, .fids = {42}});
}

// Not one area in the layer: a geometry column lost or misread, so a data fault.
TEST(AreaErrors, LayerWithoutAnyAreaIsADataFault) {
  Warnings warnings;
  try {
    ops::feature_areas(only_a_null_geometry(), AreaMethod::ellipsoidal, warnings);
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("test: no feature has an area"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("--lenient"), std::string::npos);
  }
}

TEST(AreaErrors, NullGeometryLeavesAnEmptyAreaAndWarnsUnderLenient) {
  Warnings warnings(/*lenient=*/true);
  auto areas = ops::feature_areas(only_a_null_geometry(), AreaMethod::ellipsoidal, warnings);
  EXPECT_FALSE(areas[0].has_value());
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find(":42: no geometry"), std::string::npos);
  EXPECT_NE(warnings[1].find("(passed over: --lenient)"), std::string::npos);
  EXPECT_TRUE(warnings.faults_passed());
}

TEST(AreaErrors, PlanarAreaInDegreesIsRefused) {
  Layer cell = cell_layer("EPSG:4490", cell_ring(118, 42, 1, 4));
  Warnings warnings;
  EXPECT_THROW(ops::feature_areas(cell, AreaMethod::planar, warnings), InputError);
}

TEST(AreaErrors, PointLayerIsRefused) {
  Layer layer = layer_from_wkt({"POINT(409000 4696000)"});
  Warnings warnings;
  EXPECT_THROW(ops::feature_areas(layer, AreaMethod::ellipsoidal, warnings), InputError);
}
