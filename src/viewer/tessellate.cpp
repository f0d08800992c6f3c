// Tessellation: a fan for convex shells, ear clipping for small concave ones, and GEOS's
// constrained Delaunay triangulation (exact for holes and long rings) for the rest.
#include "viewer/tessellate.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "landplan/geos.hpp"

namespace landplan::viewer {
namespace {

// Ear clipping is O(n²) per ring: cheap for parcels of a dozen vertices, slow for a 3,000-vertex
// reservoir shore, which GEOS triangulates in O(n log n).
constexpr std::size_t kMaxEarClipVertices = 64;

double cross(const double* a, const double* b, const double* c) {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

bool is_convex_ccw(const RingCoords& ring) {
  std::size_t n = ring.size() / 2;
  for (std::size_t i = 0; i < n; ++i) {
    const double* a = &ring[2 * i];
    const double* b = &ring[2 * ((i + 1) % n)];
    const double* c = &ring[2 * ((i + 2) % n)];
    if (cross(a, b, c) < 0.0) return false;
  }
  return true;
}

// A fan from vertex 0 covers a simple polygon exactly when every fan triangle turns left: the
// boundary then sweeps monotonically around vertex 0 (the polygon is star-shaped from it). Most
// parcels whose edges carry slightly bent intermediate vertices pass, at O(n) instead of ear
// clipping's O(n²).
bool fan_is_valid(const RingCoords& ring) {
  std::size_t n = ring.size() / 2;
  for (std::size_t i = 1; i + 1 < n; ++i)
    if (cross(&ring[0], &ring[2 * i], &ring[2 * i + 2]) < 0.0) return false;
  return true;
}

bool inside_triangle(const double* a, const double* b, const double* c, const double* p) {
  return cross(a, b, p) >= 0.0 && cross(b, c, p) >= 0.0 && cross(c, a, p) >= 0.0;
}

// Ear clipping of a counter-clockwise simple ring whose vertices start at `base`.
void ear_clip(const RingCoords& ring, std::uint32_t base, std::vector<std::uint32_t>& out) {
  std::size_t n = ring.size() / 2;
  // Scratch kept per thread: a million parcels would otherwise mean two million allocations.
  thread_local std::vector<std::size_t> prev, next;
  prev.resize(n);
  next.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    prev[i] = (i + n - 1) % n;
    next[i] = (i + 1) % n;
  }
  auto at = [&ring](std::size_t i) { return &ring[2 * i]; };
  auto is_ear = [&](std::size_t i) {
    const double *a = at(prev[i]), *b = at(i), *c = at(next[i]);
    if (cross(a, b, c) <= 0.0) return false;
    for (std::size_t j = next[next[i]]; j != prev[i]; j = next[j]) {
      const double* p = at(j);
      bool is_corner = (p[0] == a[0] && p[1] == a[1]) || (p[0] == b[0] && p[1] == b[1]) ||
                       (p[0] == c[0] && p[1] == c[1]);
      if (!is_corner && inside_triangle(a, b, c, p)) return false;
    }
    return true;
  };
  std::size_t remaining = n, i = 0, failures = 0;
  while (remaining > 3) {
    // After a full round without an ear (collinear or slightly self-touching input) clip anyway,
    // so the loop ends; the picture is at worst a sliver off.
    if (is_ear(i) || failures > remaining) {
      out.insert(out.end(),
                 {base + static_cast<std::uint32_t>(prev[i]), base + static_cast<std::uint32_t>(i),
                  base + static_cast<std::uint32_t>(next[i])});
      next[prev[i]] = next[i];
      prev[next[i]] = prev[i];
      --remaining;
      failures = 0;
      i = next[i];
    } else {
      ++failures;
      i = next[i];
    }
  }
  out.insert(out.end(),
             {base + static_cast<std::uint32_t>(prev[i]), base + static_cast<std::uint32_t>(i),
              base + static_cast<std::uint32_t>(next[i])});
}

void append_vertices(const RingCoords& ring, std::vector<double>& vertices) {
  vertices.insert(vertices.end(), ring.begin(), ring.end());
}

// The ring, or its reversal in `scratch` when it runs clockwise.
const RingCoords& counter_clockwise(const RingCoords& ring, RingCoords& scratch) {
  if (signed_area(ring) >= 0.0) return ring;
  std::size_t n = ring.size() / 2;
  scratch.resize(ring.size());
  for (std::size_t i = 0; i < n; ++i) {
    scratch[2 * i] = ring[2 * (n - 1 - i)];
    scratch[2 * i + 1] = ring[2 * (n - 1 - i) + 1];
  }
  return scratch;
}

GEOSGeometry* geos_ring(GEOSContextHandle_t h, const RingCoords& ring) {
  std::vector<double> closed(ring);
  closed.push_back(ring[0]);
  closed.push_back(ring[1]);
  GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(h, closed.data(), closed.size() / 2, 0, 0);
  return seq ? GEOSGeom_createLinearRing_r(h, seq) : nullptr;
}

// GEOS constrained Delaunay; false when GEOS rejects the input.
bool delaunay(std::span<const RingCoords> rings, std::vector<double>& vertices,
              std::vector<std::uint32_t>& triangles) {
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  GEOSGeometry* shell = geos_ring(h, rings[0]);
  if (!shell) return false;
  std::vector<GEOSGeometry*> holes;
  for (std::size_t r = 1; r < rings.size(); ++r)
    if (GEOSGeometry* hole = geos_ring(h, rings[r])) holes.push_back(hole);
  GeosGeometry polygon(
      GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size())),
      GeosDeleter{h});
  if (!polygon) return false;
  GeosGeometry result(GEOSConstrainedDelaunayTriangulation_r(h, polygon.get()), GeosDeleter{h});
  if (!result) return false;
  int count = GEOSGetNumGeometries_r(h, result.get());
  for (int t = 0; t < count; ++t) {
    const GEOSGeometry* triangle = GEOSGetGeometryN_r(h, result.get(), t);
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, GEOSGetExteriorRing_r(h, triangle));
    for (unsigned k = 0; k < 3; ++k) {
      double x = 0, y = 0;
      GEOSCoordSeq_getXY_r(h, seq, k, &x, &y);
      triangles.push_back(static_cast<std::uint32_t>(vertices.size() / 2));
      vertices.push_back(x);
      vertices.push_back(y);
    }
  }
  return true;
}

// Squared distance from p to segment ab (squares spare a square root per vertex).
double segment_distance2(const double* p, const double* a, const double* b) {
  double dx = b[0] - a[0], dy = b[1] - a[1];
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? std::clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2, 0.0, 1.0) : 0;
  double ex = p[0] - a[0] - t * dx, ey = p[1] - a[1] - t * dy;
  return ex * ex + ey * ey;
}

void douglas_peucker(const RingCoords& ring, std::size_t first, std::size_t last, double tol2,
                     std::vector<bool>& keep) {
  if (last <= first + 1) return;
  double worst = -1.0;
  std::size_t at = first;
  for (std::size_t i = first + 1; i < last; ++i) {
    double d =
        segment_distance2(&ring[2 * i], &ring[2 * first], &ring[2 * (last % (ring.size() / 2))]);
    if (d > worst) worst = d, at = i;
  }
  if (worst <= tol2) return;
  keep[at] = true;
  douglas_peucker(ring, first, at, tol2, keep);
  douglas_peucker(ring, at, last, tol2, keep);
}

}  // namespace

void TessellationStats::add(const TessellationStats& o) {
  fans += o.fans;
  ear_clipped += o.ear_clipped;
  delaunay += o.delaunay;
  fallbacks += o.fallbacks;
}

double signed_area(const RingCoords& ring) {
  std::size_t n = ring.size() / 2;
  double twice = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t j = (i + 1) % n;
    twice += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
  }
  return twice / 2.0;
}

void clean_ring(const double* xy, std::size_t size, Point2 origin, RingCoords& ring) {
  ring.clear();
  ring.reserve(2 * size);
  for (std::size_t i = 0; i < size; ++i) {
    double x = xy[2 * i] - origin.x, y = xy[2 * i + 1] - origin.y;
    std::size_t n = ring.size();
    if (n >= 2 && ring[n - 2] == x && ring[n - 1] == y) continue;
    ring.push_back(x);
    ring.push_back(y);
  }
  while (ring.size() >= 4 && ring[0] == ring[ring.size() - 2] && ring[1] == ring.back()) {
    ring.resize(ring.size() - 2);
  }
}

void simplify_ring(const RingCoords& ring, double tolerance, RingCoords& out) {
  out.clear();
  std::size_t n = ring.size() / 2;
  if (n < 3) return;
  if (n <= 4 || tolerance <= 0.0) {
    out = ring;
    return;
  }
  // Anchor at vertex 0 and the vertex farthest from it, so a closed ring keeps its extent.
  std::size_t far = 0;
  double best = -1.0;
  for (std::size_t i = 1; i < n; ++i) {
    double dx = ring[2 * i] - ring[0], dy = ring[2 * i + 1] - ring[1];
    double d = dx * dx + dy * dy;
    if (d > best) best = d, far = i;
  }
  thread_local std::vector<bool> keep;
  keep.assign(n, false);
  keep[0] = keep[far] = true;
  douglas_peucker(ring, 0, far, tolerance * tolerance, keep);
  douglas_peucker(ring, far, n, tolerance * tolerance, keep);
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i]) out.insert(out.end(), {ring[2 * i], ring[2 * i + 1]});
  if (out.size() < 6) out.clear();
}

void tessellate_polygon(std::span<const RingCoords> rings, std::vector<double>& vertices,
                        std::vector<std::uint32_t>& triangles, TessellationStats& stats) {
  if (rings.empty()) return;
  auto base = static_cast<std::uint32_t>(vertices.size() / 2);
  // Every ring's vertices first (outlines index them), the shell counter-clockwise.
  thread_local RingCoords reversed;
  const RingCoords& shell = counter_clockwise(rings[0], reversed);
  append_vertices(shell, vertices);
  for (std::size_t r = 1; r < rings.size(); ++r) append_vertices(rings[r], vertices);
  auto n = static_cast<std::uint32_t>(shell.size() / 2);
  if (n < 3) return;
  if (rings.size() == 1 && (is_convex_ccw(shell) || fan_is_valid(shell))) {
    for (std::uint32_t i = 1; i + 1 < n; ++i) {
      triangles.insert(triangles.end(), {base, base + i, base + i + 1});
    }
    ++stats.fans;
    return;
  }
  if (rings.size() == 1 && n <= kMaxEarClipVertices) {
    ear_clip(shell, base, triangles);
    ++stats.ear_clipped;
    return;
  }
  std::size_t vertices_before = vertices.size(), triangles_before = triangles.size();
  if (delaunay(rings, vertices, triangles)) {
    ++stats.delaunay;
    return;
  }
  vertices.resize(vertices_before);
  triangles.resize(triangles_before);
  ear_clip(shell, base, triangles);
  ++stats.fallbacks;
}

}  // namespace landplan::viewer
