// Overlaps against hand-computed answers: squares, L-shapes, holes, touching pairs, invalid
// input, and the invariant that overlaps with a gap-free coverage sum to the layer's area.
#include <gtest/gtest.h>

#include <numeric>

#include "landplan/ops/overlay.hpp"

using namespace landplan;
using ops::AreaMethod;

namespace {

constexpr double X = 409000, Y = 4696000;  // a place in EPSG:4549

std::vector<double> rect(double x0, double y0, double x1, double y1) {
  return {X + x0, Y + y0, X + x1, Y + y0, X + x1, Y + y1, X + x0, Y + y1, X + x0, Y + y0};
}

Layer layer_of(const std::string& name, const std::vector<std::vector<std::vector<double>>>& features) {
  Layer layer;
  layer.name = name;
  layer.kind = GeometryKind::polygon;
  layer.crs = layer.source_crs = Crs::from_user_input("EPSG:4549");
  std::int64_t fid = 1;
  for (const auto& rings : features) {
    layer.begin_feature(fid++);
    for (const auto& ring : rings) layer.add_ring(ring);
    layer.end_part();
    layer.end_feature();
  }
  return layer;
}

ops::Overlap planar_overlap(const Layer& a, const Layer& b, Warnings& warnings) {
  return ops::overlap(a, b, {.method = AreaMethod::planar, .keep_geometry = true}, warnings);
}

}  // namespace

TEST(Overlap, SquaresLShapesAndHolesHaveHandComputedAreas) {
  // A: 0–100 square with a 40–60 hole; an L-shape of 30×30 minus its 20×20 top-right corner.
  std::vector<double> l_shape = {X + 200, Y, X + 230, Y, X + 230, Y + 10, X + 210, Y + 10,
                                 X + 210, Y + 30, X + 200, Y + 30, X + 200, Y};
  Layer a = layer_of("a", {{rect(0, 0, 100, 100), rect(40, 40, 60, 60)}, {l_shape}});
  // B: left half of the square (hole cut: 50×100 − 10×20), and a square over the L's corner.
  Layer b = layer_of("b", {{rect(0, 0, 50, 100)}, {rect(205, 5, 225, 25)}});
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
  Layer a = layer_of("a", {{rect(0, 0, 10, 10)}});
  Layer b = layer_of("b", {{rect(10, 0, 20, 10)}, {rect(10, 10, 20, 20)}, {rect(5, 5, 15, 15)}});
  Warnings warnings;
  ops::Overlap result = planar_overlap(a, b, warnings);
  ASSERT_EQ(result.pieces.size(), 1u);
  EXPECT_EQ(result.pieces[0].b, 2u);
  EXPECT_NEAR(result.pieces[0].area_m2, 25, 1e-9);
}

TEST(Overlap, ContainedFeaturesKeepTheirWholeArea) {
  Layer zone = layer_of("zone", {{rect(0, 0, 100, 100)}});
  Layer parcels = layer_of("parcels", {{rect(10, 10, 20, 30)}, {rect(90, 90, 110, 110)}});
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
  std::vector<std::vector<std::vector<double>>> cells;
  for (int i = 0; i < 20; ++i)
    for (int j = 0; j < 20; ++j) cells.push_back({rect(i * 10, j * 10, i * 10 + 10, j * 10 + 10)});
  Layer grid = layer_of("grid", cells);
  std::vector<double> blob = {X + 13.7, Y + 21.1, X + 150.2, Y + 5.5, X + 187.9, Y + 120.4,
                              X + 97.3, Y + 188.8, X + 40.6, Y + 90.0, X + 13.7, Y + 21.1};
  Layer shapes = layer_of("shapes", {{blob}, {rect(33.3, 44.4, 155.5, 166.6), rect(60, 60, 90, 90)}});
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
  std::vector<double> bow_tie = {X, Y, X + 20, Y + 20, X + 20, Y, X, Y + 20, X, Y};
  Layer a = layer_of("a", {{bow_tie}});
  Layer b = layer_of("b", {{rect(0, 0, 20, 20)}});
  Warnings warnings;
  ops::Overlap result = planar_overlap(a, b, warnings);
  double sum = 0;
  for (const auto& p : result.pieces) sum += p.area_m2;
  EXPECT_NEAR(sum, 200, 1e-6);  // two triangles of 100 m²
  ASSERT_FALSE(warnings.empty());
  EXPECT_NE(warnings[0].find(":1: invalid polygon"), std::string::npos) << warnings[0];
}

TEST(Overlap, LayerOfPiecesCarriesBothSidesAttributes) {
  Layer a = layer_of("a", {{rect(0, 0, 10, 10)}});
  Layer b = layer_of("b", {{rect(5, 0, 15, 10)}});
  Column name_a("名称", FieldType::text), name_b("名称", FieldType::text);
  name_a.push(std::string("三把火"));
  name_b.push(std::string("水库"));
  a.columns.push_back(name_a);
  b.columns.push_back(name_b);
  Warnings warnings;
  Layer pieces = ops::overlap_layer(planar_overlap(a, b, warnings), a, b);
  ASSERT_EQ(pieces.size(), 1u);
  ASSERT_NE(pieces.column("名称_a"), nullptr);
  EXPECT_EQ(pieces.column("名称_a")->text(0), "三把火");
  EXPECT_EQ(pieces.column("名称_b")->text(0), "水库");
  EXPECT_NEAR(pieces.column("area_m2")->real(0), 50, 1e-9);
  EXPECT_EQ(pieces.column("fid_b")->integer(0), 1);
}
