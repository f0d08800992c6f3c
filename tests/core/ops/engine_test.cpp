// The engine seam: make_engine gives the engine --engine names, and the local engine answers as
// the operations do, on shapes whose areas are known by hand.
#include "landplan/ops/engine.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

using namespace landplan;
using landplan::test::layer_from_wkt;

namespace {

const ops::AreaMethod kPlanar = ops::AreaMethod::planar;

// Two 100 m squares side by side (10 000 m² each).
Layer two_squares() {
  return layer_from_wkt({"POLYGON ((0 0,100 0,100 100,0 100,0 0))",
                         "POLYGON ((100 0,200 0,200 100,100 100,100 0))"},
                        {.name = "fields"});
}

}  // namespace

TEST(Engine, EachIsTheEngineItWasMadeFor) {
  for (Engine kind : {Engine::local, Engine::postgis}) {
    EXPECT_EQ(ops::make_engine(kind)->kind(), kind) << name_of(kind);
  }
}

TEST(Engine, PostgisReadsItsOwnGeometryAndLocalNeedsIt) {
  EXPECT_TRUE(ops::make_engine(Engine::local)->needs_geometry());
  EXPECT_FALSE(ops::make_engine(Engine::postgis)->needs_geometry());
}

TEST(Engine, LocalAreasAndOverlapAreThoseOfTheShapes) {
  auto engine = ops::make_engine(Engine::local);
  Warnings warnings;
  Layer fields = two_squares();
  auto areas = engine->feature_areas(fields, kPlanar, warnings);
  ASSERT_EQ(areas.size(), 2u);
  EXPECT_DOUBLE_EQ(*areas[0], 10000.0);
  // A 100 × 50 m zone over both squares: 2 500 m² over each, half of the zone each.
  Layer zone = layer_from_wkt({"POLYGON ((50 0,150 0,150 50,50 50,50 0))"}, {.name = "zone"});
  ops::Overlap overlap = engine->overlap(fields, zone, {.method = kPlanar}, warnings);
  ASSERT_EQ(overlap.pieces.size(), 2u);
  for (const ops::OverlapPiece& piece : overlap.pieces) {
    EXPECT_NEAR(piece.area_m2, 2500.0, 1e-9);
    EXPECT_NEAR(piece.pct_of_a, 25.0, 1e-9);
    EXPECT_NEAR(piece.pct_of_b, 50.0, 1e-9);
  }
  EXPECT_TRUE(warnings.empty());
}

TEST(Engine, LocalCoverageByPolygonsCountsOverlappingCoverOnce) {
  auto engine = ops::make_engine(Engine::local);
  Warnings warnings;
  // Two cover polygons over the first square's left half, one inside the other.
  Layer cover = layer_from_wkt({"POLYGON ((0 0,50 0,50 100,0 100,0 0))",
                                "POLYGON ((0 0,25 0,25 100,0 100,0 0))"},
                               {.name = "cover"});
  auto covered = engine->coverage(two_squares(), cover, {}, kPlanar, warnings);
  ASSERT_EQ(covered.size(), 2u);
  EXPECT_NEAR(covered[0].covered_m2, 5000.0, 1e-6);
  EXPECT_NEAR(covered[0].covered_pct(), 50.0, 1e-6);
  EXPECT_NEAR(covered[1].covered_m2, 0.0, 1e-9);
}

TEST(Engine, LocalCoverageByPointsUsesTheirRadii) {
  auto engine = ops::make_engine(Engine::local);
  Warnings warnings;
  // A well at the first square's centre with a 1 km radius covers it whole, and the second
  // square too (its far corner is 158 m away); a well without a radius covers nothing.
  Layer wells = layer_from_wkt({"POINT (50 50)", "POINT (5000 5000)"},
                               {.name = "wells", .source = "wells.gpkg",
                                .columns = {{"半径", {1000.0, {}}}}});
  auto covered = engine->coverage(two_squares(), wells, {.radius_field = "半径"}, kPlanar,
                                  warnings);
  EXPECT_NEAR(covered[0].covered_pct(), 100.0, 1e-6);
  EXPECT_NEAR(covered[1].covered_pct(), 100.0, 1e-6);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "wells.gpkg:wells:2: has no radius — it has no service circle and covers nothing; set its 半径 in "
            "metres");
}

TEST(Engine, APointCoverWithoutAnyRadiusIsRefused) {
  auto engine = ops::make_engine(Engine::local);
  Warnings warnings;
  Layer wells = layer_from_wkt({"POINT (50 50)"}, {.name = "wells"});
  EXPECT_THROW(engine->coverage(two_squares(), wells, {}, kPlanar, warnings), InputError);
}
