// Tessellation invariant: the triangles' areas sum to the polygon's area (shell − holes), for
// convex, concave, clockwise, holed and long rings; and display simplification.
#include "viewer/tessellate.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "viewer/mesh.hpp"
#include "viewer_fixtures.hpp"

namespace landplan::viewer {
namespace {

RingCoords ring(std::initializer_list<double> xy) {
  return RingCoords(xy);
}

double triangles_area(const std::vector<double>& v, const std::vector<std::uint32_t>& t) {
  double sum = 0.0;
  for (std::size_t i = 0; i < t.size(); i += 3) {
    const double *a = &v[2 * t[i]], *b = &v[2 * t[i + 1]], *c = &v[2 * t[i + 2]];
    sum += std::abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) / 2;
  }
  return sum;
}

struct Case {
  const char* name;
  std::vector<RingCoords> rings;
  double area;  // by hand
};

RingCoords circle(double r, int n, bool clockwise = false) {
  RingCoords out;
  for (int i = 0; i < n; ++i) {
    double t = 2 * 3.14159265358979 * i / n * (clockwise ? -1 : 1);
    // A wavy circle: concave, so neither the fan nor naive ear clipping would do.
    double rr = r * (1 + 0.2 * std::cos(7 * t));
    out.insert(out.end(), {rr * std::cos(t), rr * std::sin(t)});
  }
  return out;
}

TEST(Tessellate, TrianglesCoverExactlyThePolygon) {
  std::vector<Case> cases = {
      {"square", {ring({0, 0, 100, 0, 100, 100, 0, 100})}, 10000},
      {"clockwise square", {ring({0, 0, 0, 100, 100, 100, 100, 0})}, 10000},
      {"L shape (concave)", {ring({0, 0, 200, 0, 200, 100, 100, 100, 100, 200, 0, 200})}, 30000},
      {"comb (U)",
       {ring({0, 0, 300, 0, 300, 300, 200, 300, 200, 100, 100, 100, 100, 300, 0, 300})},
       70000},
      {"collinear points on the edges",
       {ring({0, 0, 50, 0, 100, 0, 100, 50, 100, 100, 0, 100})},
       10000},
      {"square with a square hole",
       {ring({0, 0, 300, 0, 300, 300, 0, 300}), ring({100, 100, 200, 100, 200, 200, 100, 200})},
       80000},
  };
  for (const Case& c : cases) {
    std::vector<double> vertices;
    std::vector<std::uint32_t> triangles;
    TessellationStats stats;
    tessellate_polygon(c.rings, vertices, triangles, stats);
    EXPECT_NEAR(triangles_area(vertices, triangles), c.area, c.area * 1e-9) << c.name;
  }
}

TEST(Tessellate, LongWavyRingWithHoleGoesThroughGeosAndKeepsItsArea) {
  RingCoords shell = circle(1000, 500), hole = circle(200, 120, true);
  std::vector<RingCoords> rings = {shell, hole};
  double expected = std::abs(signed_area(shell)) - std::abs(signed_area(hole));
  std::vector<double> vertices;
  std::vector<std::uint32_t> triangles;
  TessellationStats stats;
  tessellate_polygon(rings, vertices, triangles, stats);
  EXPECT_EQ(stats.delaunay, 1u);
  EXPECT_NEAR(triangles_area(vertices, triangles), expected, expected * 1e-9);
}

TEST(Tessellate, SmallConcaveRingIsEarClippedAndLaidOutForOutlines) {
  std::vector<RingCoords> rings = {circle(50, 40, true)};
  std::vector<double> vertices;
  std::vector<std::uint32_t> triangles;
  TessellationStats stats;
  tessellate_polygon(rings, vertices, triangles, stats);
  EXPECT_EQ(stats.ear_clipped, 1u);
  EXPECT_EQ(vertices.size(), rings[0].size());  // the ring's vertices, nothing more
  EXPECT_EQ(triangles.size(), 3u * (40 - 2));
  EXPECT_NEAR(triangles_area(vertices, triangles), std::abs(signed_area(rings[0])), 1e-6);
}

TEST(Tessellate, SimplificationKeepsCornersAndDropsSmallWiggles) {
  // A 100 m square whose edges carry 0.2 m wiggles.
  RingCoords wiggly =
      ring({0, 0, 50, 0.2, 100, 0, 100.2, 50, 100, 100, 50, 99.8, 0, 100, -0.2, 50});
  RingCoords out;
  simplify_ring(wiggly, 1.0, out);
  EXPECT_EQ(out.size(), 8u);  // the four corners
  EXPECT_NEAR(std::abs(signed_area(out)), 10000.0, 1e-9);
  RingCoords tiny = ring({0, 0, 0.5, 0, 0.5, 0.5, 0.25, 0.6, 0, 0.5});
  simplify_ring(tiny, 1.0, out);
  EXPECT_TRUE(out.empty());
}

TEST(Mesh, ChunksHoldEveryFeatureAndTheSameAreaAsTheData) {
  std::vector<std::string> polygons;
  for (int i = 0; i < 50; ++i) {
    for (int j = 0; j < 40; ++j) {
      double x = i * 30.0, y = j * 20.0;
      polygons.push_back(test::polygon_wkt_of(
          {{x, y, x + 30, y, x + 30, y + 10, x + 15, y + 10, x + 15, y + 20, x, y + 20, x, y}}));
    }
  }
  Layer layer = test::layer_from_wkt(polygons, {.origin = test::kMapOrigin});
  MeshOptions options;
  options.features_per_chunk = 100;
  options.coarse_tolerance = 2.0;
  LayerMeshes meshes = build_meshes(layer, {test::kX0, test::kY0}, options);
  std::size_t features = 0;
  double area = 0.0;
  for (const MeshChunk& chunk : meshes.exact.chunks) {
    features += chunk.features.size();
    std::vector<double> v(chunk.vertices.begin(), chunk.vertices.end());
    area += triangles_area(v, chunk.triangles);
  }
  EXPECT_EQ(features, 2000u);
  EXPECT_GT(meshes.exact.chunks.size(), 10u);
  EXPECT_NEAR(area, 2000 * 450.0, 1e-3);  // each L is 30×20 − 15×10
  ASSERT_TRUE(meshes.coarse);
  EXPECT_EQ(meshes.coarse->chunks.size(), meshes.exact.chunks.size());

  // Left for later, each chunk is tessellated on first use into the same triangles.
  options.lazy_exact = true;
  LayerMeshes lazy = build_meshes(layer, {test::kX0, test::kY0}, options);
  ASSERT_EQ(lazy.exact.chunks.size(), meshes.exact.chunks.size());
  EXPECT_FALSE(lazy.exact.chunks[0].built);
  EXPECT_GT(lazy.exact.chunks[0].triangle_estimate, 0u);
  double lazy_area = 0.0;
  for (std::size_t i = 0; i < lazy.exact.chunks.size(); ++i) {
    const MeshChunk& chunk = lazy.exact.ready(i, layer);
    EXPECT_TRUE(chunk.built);
    EXPECT_EQ(chunk.triangles, meshes.exact.chunks[i].triangles);
    std::vector<double> v(chunk.vertices.begin(), chunk.vertices.end());
    lazy_area += triangles_area(v, chunk.triangles);
  }
  EXPECT_NEAR(lazy_area, area, 1e-6);
}

}  // namespace
}  // namespace landplan::viewer
