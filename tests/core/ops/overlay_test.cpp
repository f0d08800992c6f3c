// Overlaps against hand-computed answers: squares, L-shapes, holes, touching pairs, invalid
// input, and the invariant that overlaps with a gap-free coverage sum to the layer's area.
#include <gtest/gtest.h>

#include <numeric>

#include "landplan/ops/overlay.hpp"
#include "support/layer_from_wkt.hpp"

using namespace landplan;
using ops::AreaMethod;

namespace {

// Polygons written as offsets from a place in EPSG:4549.
Layer layer_of(const std::string& name, const std::vector<std::string>& wkt,
               std::vector<test::ColumnValues> columns = {}) {
  return test::layer_from_wkt(
      wkt, {.name = name, .columns = std::move(columns), .origin = {409000, 4696000}});
}

ops::Overlap planar_overlap(const Layer& a, const Layer& b, Warnings& warnings) {
  return ops::overlap(a, b, {.method = AreaMethod::planar, .keep_geometry = true}, warnings);
}

}  // namespace

TEST(Overlap, SquaresLShapesAndHolesHaveHandComputedAreas) {
  // A: 0–100 square with a 40–60 hole; an L-shape of 30×30 minus its 20×20 top-right corner.
  Layer a = layer_of("a", {"POLYGON((0 0,100 0,100 100,0 100,0 0),(40 40,60 40,60 60,40 60,40 40))",
                           "POLYGON((200 0,230 0,230 10,210 10,210 30,200 30,200 0))"});
  // B: left half of the square (hole cut: 50×100 − 10×20), and a square over the L's corner.
  Layer b = layer_of("b", {"POLYGON((0 0,50 0,50 100,0 100,0 0))",
                           "POLYGON((205 5,225 5,225 25,205 25,205 5))"});
  Warnings warnings;
  ops::Overlap result = planar_overlap(a, b, warnings);
  ASSERT_EQ(result.pieces.size(), 2u);
  EXPECT_NEAR(result.pieces[0].area_m2, 5000 - 200, 1e-6);
  EXPECT_NEAR(result.pieces[0].pct_of_a, 100.0 * 4800 / 9600, 1e-9);
  EXPECT_NEAR(result.pieces[0].pct_of_b, 100.0 * 4800 / 5000, 1e-9);
  // L ∩ [205,225]×[5,25]: the bottom bar 205–225 × 5–10 (100) and the stem 205–210 × 10–25 (75).
  EXPECT_NEAR(result.pieces[1].area_m2, 175, 1e-6);
  EXPECT_EQ(result.pieces[1].a, 1u);
  EXPECT_EQ(result.pieces[1].b, 1u);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(result.geometry.size(), 2u);
}

TEST(Overlap, PairsThatOnlyTouchAreAbsent) {
  Layer a = layer_of("a", {"POLYGON((0 0,10 0,10 10,0 10,0 0))"});
  Layer b = layer_of("b", {"POLYGON((10 0,20 0,20 10,10 10,10 0))",
                           "POLYGON((10 10,20 10,20 20,10 20,10 10))",
                           "POLYGON((5 5,15 5,15 15,5 15,5 5))"});
  Warnings warnings;
  ops::Overlap result = planar_overlap(a, b, warnings);
  ASSERT_EQ(result.pieces.size(), 1u);
  EXPECT_EQ(result.pieces[0].b, 2u);
  EXPECT_NEAR(result.pieces[0].area_m2, 25, 1e-9);
}

TEST(Overlap, OnlyThePairsAskedForAreIntersected) {
  // Both squares of B lie over A's; asked for the pair with the same name, only that one.
  Layer a = layer_of("a", {"POLYGON((0 0,10 0,10 10,0 10,0 0))"}, {{"村", {std::string("甲")}}});
  Layer b = layer_of("b", {"POLYGON((0 0,4 0,4 4,0 4,0 0))", "POLYGON((5 5,8 5,8 8,5 8,5 5))"},
                     {{"村", {std::string("乙"), std::string("甲")}}});
  Warnings warnings;
  auto same_name = [&](std::size_t fa, std::size_t fb) {
    return a.columns[0].text(fa) == b.columns[0].text(fb);
  };
  ops::Overlap result =
      ops::overlap(a, b, {.method = AreaMethod::planar, .only_pairs = same_name}, warnings);
  ASSERT_EQ(result.pieces.size(), 1u);
  EXPECT_EQ(result.pieces[0].b, 1u);
  EXPECT_NEAR(result.pieces[0].area_m2, 9.0, 1e-9);
}

TEST(Overlap, ContainedFeaturesKeepTheirWholeArea) {
  Layer zone = layer_of("zone", {"POLYGON((0 0,100 0,100 100,0 100,0 0))"});
  Layer parcels = layer_of("parcels", {"POLYGON((10 10,20 10,20 30,10 30,10 10))",
                                       "POLYGON((90 90,110 90,110 110,90 110,90 90))"});
  Warnings warnings;
  ops::Overlap result = planar_overlap(parcels, zone, warnings);
  ASSERT_EQ(result.pieces.size(), 2u);
  EXPECT_NEAR(result.pieces[0].area_m2, 200, 1e-9);
  EXPECT_NEAR(result.pieces[0].pct_of_a, 100, 1e-9);
  EXPECT_NEAR(result.pieces[1].area_m2, 100, 1e-9);
  EXPECT_NEAR(result.pieces[1].pct_of_a, 25, 1e-9);
}

TEST(Overlap, PiecesAgainstAGapFreeCoverageSumToTheLayersArea) {
  // A 20×20 grid of 10 m cells covers 0–200; any polygon inside it is split among the cells.
  std::vector<std::string> cells;
  for (int i = 0; i < 20; ++i) {
    for (int j = 0; j < 20; ++j) {
      double x0 = i * 10, y0 = j * 10, x1 = x0 + 10, y1 = y0 + 10;
      cells.push_back(test::polygon_wkt_of({{x0, y0, x1, y0, x1, y1, x0, y1, x0, y0}}));
    }
  }
  Layer grid = layer_of("grid", cells);
  Layer shapes = layer_of(
      "shapes",
      {"POLYGON((13.7 21.1,150.2 5.5,187.9 120.4,97.3 188.8,40.6 90.0,13.7 21.1))",
       "POLYGON((33.3 44.4,155.5 44.4,155.5 166.6,33.3 166.6,33.3 44.4),"
       "(60 60,90 60,90 90,60 90,60 60))"});
  for (AreaMethod method : {AreaMethod::planar, AreaMethod::ellipsoidal}) {
    Warnings warnings;
    ops::Overlap result = ops::overlap(shapes, grid, {.method = method}, warnings);
    auto areas = ops::feature_areas(shapes, method, warnings);
    for (std::size_t f = 0; f < shapes.size(); ++f) {
      double sum = 0;
      for (const auto& p : result.pieces)
        if (p.a == f) sum += p.area_m2;
      // Planar areas add up exactly. On the ellipsoid the cut lines are straight in the
      // projection, not geodesics, so the pieces may differ from the whole by their bowing.
      double tolerance = method == AreaMethod::planar ? 1e-9 : 2e-8;
      EXPECT_NEAR(sum / *areas[f], 1.0, tolerance) << "feature " << f;
    }
  }
}

TEST(Overlap, InvalidInputIsMadeValidWithAWarning) {
  Layer a = layer_of("a", {"POLYGON((0 0,20 20,20 0,0 20,0 0))"});  // a bow tie
  Layer b = layer_of("b", {"POLYGON((0 0,20 0,20 20,0 20,0 0))"});
  Warnings warnings;
  ops::Overlap result = planar_overlap(a, b, warnings);
  double sum = 0;
  for (const auto& p : result.pieces) sum += p.area_m2;
  EXPECT_NEAR(sum, 200, 1e-6);  // two triangles of 100 m²
  ASSERT_FALSE(warnings.empty());
  EXPECT_NE(warnings[0].find(":1: invalid polygon"), std::string::npos) << warnings[0];
}

TEST(Overlap, LayerOfPiecesCarriesBothSidesAttributes) {
  Layer a = layer_of("a", {"POLYGON((0 0,10 0,10 10,0 10,0 0))"}, {{"名称", {"三把火"}}});
  Layer b = layer_of("b", {"POLYGON((5 0,15 0,15 10,5 10,5 0))"}, {{"名称", {"水库"}}});
  Warnings warnings;
  Layer pieces = ops::overlap_layer(planar_overlap(a, b, warnings), a, b);
  ASSERT_EQ(pieces.size(), 1u);
  ASSERT_NE(pieces.column("名称_a"), nullptr);
  EXPECT_EQ(pieces.column("名称_a")->text(0), "三把火");
  EXPECT_EQ(pieces.column("名称_b")->text(0), "水库");
  EXPECT_NEAR(pieces.column("area_m2")->real(0), 50, 1e-9);
  EXPECT_EQ(pieces.column("fid_b")->integer(0), 1);
}
