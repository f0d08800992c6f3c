// The measure tool on known shapes: areas in mu and lengths, ellipsoidal, live while drawing.
#include "viewer/measure.hpp"

#include <gtest/gtest.h>

#include "landplan/units.hpp"
#include "viewer/format.hpp"

namespace landplan::viewer {
namespace {

constexpr double kX = 409000.0, kY = 4697000.0;  // EPSG:4549, 91 km west of CM 120°E

Geodesic geodesic() {
  Crs crs = Crs::from_user_input("EPSG:4549");
  return Geodesic(crs, crs);
}

// A 200 m × 200 m square in the grid is 40,000 m² = 60 mu planar. On the ellipsoid it is smaller
// by the Gauss-Kruger scale factor squared, k = 1 + Δx²/2R² ≈ 1.000102 here: 59.9878 mu. The
// expected value is pyproj's Geod(ellps="GRS80").polygon_area_perimeter of the same corners
// transformed to EPSG:4490 — computed outside landplan.
TEST(Measure, KnownSquareGivesItsAreaInMu) {
  MeasureTool tool;
  tool.start(MeasureMode::area);
  for (auto [dx, dy] : {std::pair{0.0, 0.0}, {200.0, 0.0}, {200.0, 200.0}, {0.0, 200.0}})
    tool.add_point({kX + dx, kY + dy});
  tool.finish();
  Measurement m = tool.measure(geodesic());
  ASSERT_TRUE(m.area_m2);
  EXPECT_NEAR(Area::from_m2(*m.area_m2).mu(), 59.98781, 1e-4);
  EXPECT_NEAR(m.length_m, 799.91871, 1e-3);  // perimeter, closed
  EXPECT_NE(format_area(*m.area_m2).find("59.99 亩"), std::string::npos);
}

TEST(Measure, DistanceIsLiveWhileDrawingAndEscCancels) {
  MeasureTool tool;
  tool.start(MeasureMode::distance);
  tool.add_point({kX, kY});
  tool.set_cursor(Point2{kX + 1000.0, kY});
  EXPECT_TRUE(tool.drawing());
  Measurement live = tool.measure(geodesic());
  EXPECT_NEAR(live.length_m, 999.89928, 1e-3);  // pyproj Geod line_length
  EXPECT_FALSE(live.area_m2);
  tool.cancel();
  EXPECT_EQ(tool.mode(), MeasureMode::off);
  EXPECT_TRUE(tool.shape().empty());
}

TEST(Measure, AreaNeedsThreePointsAndFinishFreezesTheShape) {
  MeasureTool tool;
  tool.start(MeasureMode::area);
  tool.add_point({kX, kY});
  tool.add_point({kX + 100, kY});
  EXPECT_FALSE(tool.measure(geodesic()).area_m2);
  tool.set_cursor(Point2{kX + 100, kY + 100});
  EXPECT_TRUE(tool.measure(geodesic()).area_m2);  // the cursor counts while drawing
  tool.finish();
  EXPECT_FALSE(tool.measure(geodesic()).area_m2);  // finished with two points: no area
  tool.add_point({kX, kY});                        // a click after finishing starts a new shape
  EXPECT_TRUE(tool.drawing());
  EXPECT_EQ(tool.shape().size(), 2u);  // the new point and the cursor
}

TEST(Format, NumbersAndUnitsForPlanners) {
  EXPECT_EQ(format_number(1234567.891, 2), "1,234,567.89");
  EXPECT_EQ(format_number(-0.001, 2), "0.00");
  EXPECT_EQ(format_length(1500), "1.5 km");
  EXPECT_EQ(format_length(200), "200 m");
  EXPECT_EQ(format_area(Area::from_mu(15).m2()), "15.00 亩 · 1.0000 ha · 10,000 m²");
  EXPECT_EQ(format_scale(37795.3), "1:37,800");
  EXPECT_EQ(format_lonlat(118.9, 42.4), "118.90000°E 42.40000°N");
}

}  // namespace
}  // namespace landplan::viewer
