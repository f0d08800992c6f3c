// The exact proof that two polygons only share edges: what it proves, what it leaves to GEOS,
// and that it never proves a pair GEOS finds overlapping (random polygons on a coarse grid, where
// shared vertices, collinear edges and touching are common).
#include "ops/disjoint_interiors.hpp"

#include <gtest/gtest.h>

#include <random>

#include "landplan/geos.hpp"
#include "support/layer_from_wkt.hpp"

using namespace landplan;
using test::square_wkt;

namespace {

bool proven(const std::string& a, const std::string& b) {
  Layer layer = test::layer_from_wkt({a, b}, {.origin = {409000, 4696000}});
  ops::detail::DisjointInteriors proof;
  bool ab = proof.proven(layer, 0, 1), ba = proof.proven(layer, 1, 0);
  EXPECT_EQ(ab, ba) << a << " / " << b;  // the proof is symmetric
  return ab;
}

}  // namespace

TEST(DisjointInteriors, NeighboursSharingEdgesOrVerticesAreProven) {
  EXPECT_TRUE(proven(square_wkt(0, 0, 10), square_wkt(10, 0, 10)));   // an edge
  EXPECT_TRUE(proven(square_wkt(0, 0, 10), square_wkt(10, 10, 10)));  // a vertex
  EXPECT_TRUE(proven(square_wkt(0, 0, 10), square_wkt(30, 0, 10)));   // apart
  // A chain of shared edges with a common middle vertex, the other ring clockwise.
  EXPECT_TRUE(proven("POLYGON((0 0,10 0,12 5,10 10,0 10,0 0))",
                     "POLYGON((10 0,12 5,10 10,20 10,20 0,10 0))"));
  // An island filling a hole: the hole's edges and the island's run opposite ways.
  EXPECT_TRUE(proven("POLYGON((0 0,30 0,30 30,0 30,0 0),(10 10,20 10,20 20,10 20,10 10))",
                     square_wkt(10, 10, 10)));
  // Inside the hole but not filling it, touching the hole's corner from within.
  EXPECT_TRUE(proven("POLYGON((0 0,30 0,30 30,0 30,0 0),(10 10,20 10,20 20,10 20,10 10))",
                     "POLYGON((10 10,15 12,12 15,10 10))"));
}

TEST(DisjointInteriors, OverlapsAndWhatItCannotTellAreNotProven) {
  EXPECT_FALSE(proven(square_wkt(0, 0, 10), square_wkt(5, 5, 10)));  // crossing edges
  EXPECT_FALSE(proven(square_wkt(0, 0, 10), square_wkt(0, 0, 10)));  // the same polygon
  EXPECT_FALSE(proven(square_wkt(0, 0, 10), square_wkt(2, 2, 5)));   // one inside the other
  EXPECT_FALSE(proven(square_wkt(0, 0, 10), "POLYGON((0 0,10 0,10 5,0 5,0 0))"));  // same way
  // Meeting only in two vertices, but across the other's interior (along its diagonal).
  EXPECT_FALSE(proven(square_wkt(0, 0, 10), "POLYGON((0 0,20 -5,10 10,0 0))"));
  // A vertex inside the neighbour's edge (a T-junction), part of an edge in common: GEOS decides.
  EXPECT_FALSE(proven(square_wkt(0, 0, 10), "POLYGON((10 0,20 0,20 5,10 5,10 0))"));
  EXPECT_FALSE(proven("POLYGON((0 0,30 0,30 30,0 30,0 0),(10 10,20 10,20 20,10 20,10 10))",
                      "POLYGON((10 10,15 10,15 15,10 15,10 10))"));
}

TEST(DisjointInteriors, NeverProvesAPairGeosSeesOverlapping) {
  // Triangles and quadrilaterals with vertices on a 4×4 grid (1 m, at Gauss-Kruger magnitudes):
  // 10k pairs, many degenerate in every way the proof distinguishes.
  std::mt19937 random(12);
  std::uniform_int_distribution<int> coordinate(0, 3);
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  ops::detail::DisjointInteriors proof;
  int checked = 0, proved = 0;
  for (int trial = 0; trial < 10000; ++trial) {
    Layer layer;
    layer.kind = GeometryKind::polygon;
    for (int k = 0; k < 2; ++k) {
      std::vector<double> ring;
      for (int i = 3 + static_cast<int>(random() % 2); i > 0; --i) {
        ring.push_back(409000.0 + coordinate(random));
        ring.push_back(4696000.0 + coordinate(random));
      }
      ring.push_back(ring[0]);
      ring.push_back(ring[1]);
      layer.begin_feature(k + 1);
      layer.add_ring(ring);
      layer.end_part();
      layer.end_feature();
    }
    GeosGeometry a = to_geos(context, layer, 0), b = to_geos(context, layer, 1);
    if (GEOSisValid_r(h, a.get()) != 1 || GEOSisValid_r(h, b.get()) != 1) continue;
    ++checked;
    if (!proof.proven(layer, 0, 1)) continue;
    ++proved;
    GeosGeometry common(GEOSIntersection_r(h, a.get(), b.get()), GeosDeleter{h});
    double area = 0;
    GEOSArea_r(h, common.get(), &area);
    char* wkt_a = GEOSGeomToWKT_r(h, a.get());
    char* wkt_b = GEOSGeomToWKT_r(h, b.get());
    EXPECT_EQ(area, 0.0) << wkt_a << " / " << wkt_b;
    GEOSFree_r(h, wkt_a);
    GEOSFree_r(h, wkt_b);
    if (area != 0.0) break;
  }
  EXPECT_GT(checked, 3000);  // about 3700 valid pairs, 850 of them proven
  EXPECT_GT(proved, 600);    // the proof is no empty promise
}
