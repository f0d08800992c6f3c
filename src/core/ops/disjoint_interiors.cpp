// Exact proof that two polygons share no interior: how their edges meet, classified by a
// filtered orientation predicate, then one point-in-polygon test per edge that is not shared.
//
// Why it suffices: if the interiors met, a part C of their intersection would be an open,
// bounded, non-empty set, and its boundary would lie on the two boundaries. It cannot run along
// a free edge (one the other polygon does not share: proven wholly outside the other), nor along
// a shared edge (the interiors lie on opposite sides of it), so it would be a finite set of
// vertices — which bounds no open set in the plane.
#include "ops/disjoint_interiors.hpp"

#include <algorithm>

#include "landplan/planar.hpp"

namespace landplan::ops::detail {
namespace {

using Edge = DisjointInteriors::Edge;

// Beyond this many pairs of edges, GEOS's indexed noding is the cheaper way.
constexpr std::size_t kMostEdgePairs = std::size_t{1} << 14;

enum class Sign { negative, zero, positive, unknown };

Sign sign_of(double value) {
  return value > 0 ? Sign::positive : value < 0 ? Sign::negative : Sign::zero;
}

// The side of (cx, cy) from the line a→b, positive on the left: Shewchuk's orient2d filter. The
// sign of the floating-point determinant is certain where it exceeds the bound on its rounding
// error; within the bound the answer is unknown, never a guess.
Sign orientation(double ax, double ay, double bx, double by, double cx, double cy) {
  constexpr double kEpsilon = 0x1p-53;
  constexpr double kErrorBound = (3.0 + 16.0 * kEpsilon) * kEpsilon;
  double left = (ax - cx) * (by - cy);
  double right = (ay - cy) * (bx - cx);
  double det = left - right;
  double sum;
  if (left > 0) {
    if (right <= 0) return sign_of(det);
    sum = left + right;
  } else if (left < 0) {
    if (right >= 0) return sign_of(det);
    sum = -left - right;
  } else {
    return sign_of(det);  // a product of 0 means equal coordinates: det is -right exactly
  }
  return det > kErrorBound * sum || -det > kErrorBound * sum ? sign_of(det) : Sign::unknown;
}

enum class Meeting {
  apart,        // no common point
  at_endpoint,  // one common vertex, nothing else
  opposite,     // the same edge, run in opposite directions
  other         // crossing, touching inside an edge, overlapping along a line, run the same way,
                // or undecidable
};

Meeting meeting(const Edge& e, const Edge& f) {
  if (std::max(e.px, e.qx) < std::min(f.px, f.qx) || std::max(f.px, f.qx) < std::min(e.px, e.qx) ||
      std::max(e.py, e.qy) < std::min(f.py, f.qy) || std::max(f.py, f.qy) < std::min(e.py, e.qy)) {
    return Meeting::apart;
  }
  bool pr = e.px == f.px && e.py == f.py, ps = e.px == f.qx && e.py == f.qy;
  bool qr = e.qx == f.px && e.qy == f.py, qs = e.qx == f.qx && e.qy == f.qy;
  if (ps && qr) return Meeting::opposite;
  if (pr && qs) return Meeting::other;  // both interiors on the same side
  if (pr || ps || qr || qs) {
    // From the common vertex c, e goes to u and f to w: they meet again only if collinear and
    // pointing the same way (both terms of the dot product then have its sign: it is exact).
    bool at_p = pr || ps;
    double cx = at_p ? e.px : e.qx, cy = at_p ? e.py : e.qy;
    double ux = at_p ? e.qx : e.px, uy = at_p ? e.qy : e.py;
    double wx = (pr || qr) ? f.qx : f.px, wy = (pr || qr) ? f.qy : f.py;
    Sign side = orientation(cx, cy, ux, uy, wx, wy);
    if (side == Sign::unknown) return Meeting::other;
    if (side != Sign::zero) return Meeting::at_endpoint;
    double dot = (ux - cx) * (wx - cx) + (uy - cy) * (wy - cy);
    return dot < 0 ? Meeting::at_endpoint : Meeting::other;
  }
  Sign r_side = orientation(e.px, e.py, e.qx, e.qy, f.px, f.py);
  Sign s_side = orientation(e.px, e.py, e.qx, e.qy, f.qx, f.qy);
  if (r_side == Sign::unknown || s_side == Sign::unknown) return Meeting::other;
  if (r_side == s_side && r_side != Sign::zero) return Meeting::apart;
  Sign p_side = orientation(f.px, f.py, f.qx, f.qy, e.px, e.py);
  Sign q_side = orientation(f.px, f.py, f.qx, f.qy, e.qx, e.qy);
  if (p_side == Sign::unknown || q_side == Sign::unknown) return Meeting::other;
  if (p_side == q_side && p_side != Sign::zero) return Meeting::apart;
  return Meeting::other;
}

// The feature's edges whose boxes meet `near` (others cannot meet a polygon inside it), each
// directed with the interior on its left; false for a ring without area or not closed.
bool collect_edges(const Layer& layer, std::size_t feature, const Box& near,
                   std::vector<Edge>& edges) {
  edges.clear();
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t part = first_part; part < last_part; ++part) {
    auto [first, last] = layer.rings(part);
    for (std::size_t r = first; r < last; ++r) {
      RingView ring = layer.ring(r);
      double area = signed_ring_area(ring);
      if (area == 0 || ring.x(0) != ring.x(ring.size - 1) || ring.y(0) != ring.y(ring.size - 1)) {
        return false;
      }
      bool forward = (area > 0) == (r == first);  // shells counter-clockwise, holes clockwise
      for (std::size_t i = 0; i + 1 < ring.size; ++i) {
        double px = ring.x(i), py = ring.y(i), qx = ring.x(i + 1), qy = ring.y(i + 1);
        if (px == qx && py == qy) continue;  // a repeated vertex
        if (std::max(px, qx) < near.minx || std::min(px, qx) > near.maxx ||
            std::max(py, qy) < near.miny || std::min(py, qy) > near.maxy) {
          continue;
        }
        edges.push_back(forward ? Edge{px, py, qx, qy} : Edge{qx, qy, px, py});
      }
    }
  }
  return true;
}

bool is_vertex_of(const std::vector<Edge>& edges, double x, double y) {
  return std::any_of(edges.begin(), edges.end(), [&](const Edge& e) {
    return (e.px == x && e.py == y) || (e.qx == x && e.qy == y);
  });
}

enum class Inside { no, yes, unknown };

// Crossings of the ray from (x, y) towards +x with the feature's rings, half-open in y so that
// a vertex on the ray counts once; unknown when the point is on an edge or too close to tell.
Inside point_inside(const Layer& layer, std::size_t feature, double x, double y) {
  bool inside = false;
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t part = first_part; part < last_part; ++part) {
    auto [first, last] = layer.rings(part);
    for (std::size_t r = first; r < last; ++r) {
      RingView ring = layer.ring(r);
      for (std::size_t i = 0; i + 1 < ring.size; ++i) {
        double rx = ring.x(i), ry = ring.y(i), sx = ring.x(i + 1), sy = ring.y(i + 1);
        if ((ry > y) == (sy > y) || std::max(rx, sx) < x) continue;
        if (std::min(rx, sx) > x) {
          inside = !inside;
          continue;
        }
        Sign side = orientation(rx, ry, sx, sy, x, y);
        if (side == Sign::unknown || side == Sign::zero) return Inside::unknown;
        if ((side == Sign::positive) == (sy > ry)) inside = !inside;
      }
    }
  }
  return inside ? Inside::yes : Inside::no;
}

bool outside_box(const Box& box, double x, double y) {
  return x < box.minx || x > box.maxx || y < box.miny || y > box.maxy;
}

// True when every edge in `edges` that `other_edges` does not share lies outside `other`. Such
// an edge meets the other boundary at most in its end vertices, so one end that is not a vertex
// of `other` tells for the whole edge — at once when it lies outside the other's box (most free
// edges of a neighbour), else by a point-in-polygon test.
bool free_edges_outside(const std::vector<Edge>& edges, const std::vector<Edge>& other_edges,
                        const Layer& layer, std::size_t other) {
  const Box& box = layer.box(other);
  for (const Edge& e : edges) {
    if (e.shared || outside_box(box, e.px, e.py) || outside_box(box, e.qx, e.qy)) continue;
    double x = e.px, y = e.py;
    if (is_vertex_of(other_edges, x, y)) {
      x = e.qx;
      y = e.qy;
      if (is_vertex_of(other_edges, x, y)) return false;  // a chord between two of its vertices
    }
    if (point_inside(layer, other, x, y) != Inside::no) return false;
  }
  return true;
}

}  // namespace

bool DisjointInteriors::proven(const Layer& layer, std::size_t a, std::size_t b) {
  if (!collect_edges(layer, a, layer.box(b), edges_a_) ||
      !collect_edges(layer, b, layer.box(a), edges_b_) ||
      edges_a_.size() * edges_b_.size() > kMostEdgePairs) {
    return false;
  }
  for (Edge& e : edges_a_) {
    for (Edge& f : edges_b_) {
      switch (meeting(e, f)) {
        case Meeting::apart:
        case Meeting::at_endpoint:
          break;
        case Meeting::opposite:
          e.shared = f.shared = true;
          break;
        case Meeting::other:
          return false;
      }
    }
  }
  return free_edges_outside(edges_a_, edges_b_, layer, b) &&
         free_edges_outside(edges_b_, edges_a_, layer, a);
}

}  // namespace landplan::ops::detail
