// Shoelace areas, line lengths, centroids and a ring simplicity test over flat coordinates.
#include "landplan/planar.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace landplan {

double signed_ring_area(RingView ring) {
  if (ring.size < 3) return 0.0;
  const double x0 = ring.x(0), y0 = ring.y(0);
  double twice = 0.0;
  double px = 0.0, py = 0.0;  // previous vertex relative to the first; the first is (0, 0)
  for (std::size_t i = 1; i < ring.size; ++i) {
    double x = ring.x(i) - x0, y = ring.y(i) - y0;
    twice += px * y - x * py;
    px = x;
    py = y;
  }
  return twice / 2.0;  // the closing edge back to (0, 0) contributes nothing
}

double planar_area(const Layer& layer, std::size_t feature) {
  double area = 0.0;
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = layer.rings(p);
    for (std::size_t r = first; r < last; ++r) {
      double a = std::abs(signed_ring_area(layer.ring(r)));
      area += r == first ? a : -a;
    }
  }
  return area;
}

double line_length(RingView line) {
  double length = 0.0;
  for (std::size_t i = 1; i < line.size; ++i) {
    length += std::hypot(line.x(i) - line.x(i - 1), line.y(i) - line.y(i - 1));
  }
  return length;
}

Point area_centroid(const Layer& layer, std::size_t feature) {
  const Box& box = layer.box(feature);
  const double ox = box.minx, oy = box.miny;  // local origin for precision
  double sum_a = 0.0, sum_x = 0.0, sum_y = 0.0;
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = layer.rings(p);
    for (std::size_t r = first; r < last; ++r) {
      RingView ring = layer.ring(r);
      double a = 0.0, cx = 0.0, cy = 0.0;
      for (std::size_t i = 0; i + 1 < ring.size; ++i) {
        double x1 = ring.x(i) - ox, y1 = ring.y(i) - oy;
        double x2 = ring.x(i + 1) - ox, y2 = ring.y(i + 1) - oy;
        double cross = x1 * y2 - x2 * y1;
        a += cross;
        cx += (x1 + x2) * cross;
        cy += (y1 + y2) * cross;
      }
      // Shells count positive and holes negative, whatever the ring's orientation.
      double sign = ((a >= 0) == (r == first)) ? 1.0 : -1.0;
      sum_a += sign * a;
      sum_x += sign * cx;
      sum_y += sign * cy;
    }
  }
  if (sum_a == 0.0) return {(box.minx + box.maxx) / 2, (box.miny + box.maxy) / 2};
  return {ox + sum_x / (3.0 * sum_a), oy + sum_y / (3.0 * sum_a)};
}

namespace {

double orient(double ax, double ay, double bx, double by, double cx, double cy) {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

bool on_segment(double ax, double ay, double bx, double by, double px, double py) {
  return std::min(ax, bx) <= px && px <= std::max(ax, bx) && std::min(ay, by) <= py &&
         py <= std::max(ay, by);
}

// Closed segments ab and cd share at least one point.
bool segments_meet(const double* a, const double* b, const double* c, const double* d) {
  // Most pairs of a ring's edges lie apart: their boxes tell without the four orientations.
  if (std::max(a[0], b[0]) < std::min(c[0], d[0]) || std::max(c[0], d[0]) < std::min(a[0], b[0]) ||
      std::max(a[1], b[1]) < std::min(c[1], d[1]) || std::max(c[1], d[1]) < std::min(a[1], b[1])) {
    return false;
  }
  double d1 = orient(c[0], c[1], d[0], d[1], a[0], a[1]);
  double d2 = orient(c[0], c[1], d[0], d[1], b[0], b[1]);
  double d3 = orient(a[0], a[1], b[0], b[1], c[0], c[1]);
  double d4 = orient(a[0], a[1], b[0], b[1], d[0], d[1]);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return true;
  return (d1 == 0 && on_segment(c[0], c[1], d[0], d[1], a[0], a[1])) ||
         (d2 == 0 && on_segment(c[0], c[1], d[0], d[1], b[0], b[1])) ||
         (d3 == 0 && on_segment(a[0], a[1], b[0], b[1], c[0], c[1])) ||
         (d4 == 0 && on_segment(a[0], a[1], b[0], b[1], d[0], d[1]));
}

}  // namespace

bool ring_is_simple(RingView ring) {
  // Distinct consecutive vertices, relative to the first (exact for the predicates below).
  std::vector<double> v;
  v.reserve(2 * ring.size);
  for (std::size_t i = 0; i < ring.size; ++i) {
    double x = ring.x(i) - ring.x(0), y = ring.y(i) - ring.y(0);
    if (!v.empty() && v[v.size() - 2] == x && v.back() == y) continue;
    v.push_back(x);
    v.push_back(y);
  }
  std::size_t n = v.size() / 2;  // closed: vertex n-1 equals vertex 0
  if (n < 4) return false;
  std::size_t edges = n - 1;
  auto p = [&](std::size_t i) { return v.data() + 2 * i; };
  for (std::size_t i = 0; i < edges; ++i) {
    // Adjacent edges may only share their common vertex: no spike folding back on itself.
    std::size_t j = (i + 1) % edges;
    const double *a = p(i), *b = p(i + 1), *c = p(j + 1);
    if (orient(a[0], a[1], b[0], b[1], c[0], c[1]) == 0 &&
        (c[0] - b[0]) * (a[0] - b[0]) + (c[1] - b[1]) * (a[1] - b[1]) > 0)
      return false;
    for (std::size_t k = i + 2; k < edges; ++k) {
      if (i == 0 && k == edges - 1) continue;  // the closing edge is adjacent to the first
      if (segments_meet(p(i), p(i + 1), p(k), p(k + 1))) return false;
    }
  }
  return true;
}

}  // namespace landplan
