// The ellipsoidal/planar area-ratio grid behind the fast path for small polygons.
#include "ops/area_scale.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "landplan/planar.hpp"

namespace landplan::ops::detail {
namespace {
constexpr double kProbeSide = 100.0;    // side of the square whose exact area gives a ratio
constexpr double kMinSpacing = 1000.0;  // no finer than this: the ratio varies slowly
constexpr std::size_t kMaxNodes = 128;  // per axis
}  // namespace

AreaScaleGrid::AreaScaleGrid(const Box& extent, double spacing)
    : x0_(extent.minx), y0_(extent.miny), spacing_(spacing) {
  nx_ = static_cast<std::size_t>(std::ceil(extent.width() / spacing)) + 2;
  ny_ = static_cast<std::size_t>(std::ceil(extent.height() / spacing)) + 2;
}

double AreaScaleGrid::exact_ratio(const Geodesic& geodesic, double x, double y) {
  const double h = kProbeSide / 2;
  const double square[] = {x - h, y - h, x + h, y - h, x + h, y + h, x - h, y + h, x - h, y - h};
  return geodesic.ring_area({square, 5}) / (kProbeSide * kProbeSide);
}

std::optional<AreaScaleGrid> AreaScaleGrid::build(const Geodesic& geodesic, const Box& extent) {
  if (extent.empty()) return std::nullopt;
  double span = std::max(extent.width(), extent.height());
  AreaScaleGrid grid(extent, std::max(kMinSpacing, span / (kMaxNodes - 2)));
  grid.ratios_.resize(grid.nx_ * grid.ny_);
  for (std::size_t j = 0; j < grid.ny_; ++j) {
    for (std::size_t i = 0; i < grid.nx_; ++i) {
      double r = exact_ratio(geodesic, grid.x0_ + i * grid.spacing_, grid.y0_ + j * grid.spacing_);
      if (!std::isfinite(r) || r <= 0) return std::nullopt;
      grid.ratios_[j * grid.nx_ + i] = r;
    }
  }
  // Cell centres are where bilinear interpolation is worst: check them all.
  for (std::size_t j = 0; j + 1 < grid.ny_; ++j) {
    for (std::size_t i = 0; i + 1 < grid.nx_; ++i) {
      double x = grid.x0_ + (i + 0.5) * grid.spacing_, y = grid.y0_ + (j + 0.5) * grid.spacing_;
      double exact = exact_ratio(geodesic, x, y);
      if (!(std::abs(grid.ratio(x, y) - exact) <= kTolerance * exact)) return std::nullopt;
    }
  }
  return grid;
}

bool AreaScaleGrid::covers(const Box& box) const {
  return box.minx >= x0_ && box.miny >= y0_ && box.maxx <= x0_ + (nx_ - 1) * spacing_ &&
         box.maxy <= y0_ + (ny_ - 1) * spacing_;
}

AreaScaleGrid::Cell AreaScaleGrid::cell_at(double x, double y) const {
  double u = (x - x0_) / spacing_, v = (y - y0_) / spacing_;
  std::size_t i = std::min(static_cast<std::size_t>(std::max(u, 0.0)), nx_ - 2);
  std::size_t j = std::min(static_cast<std::size_t>(std::max(v, 0.0)), ny_ - 2);
  return {&ratios_[j * nx_ + i], u - i, v - j};
}

double AreaScaleGrid::ratio(double x, double y) const {
  auto [row, fu, fv] = cell_at(x, y);
  const double* next = row + nx_;
  return (1 - fv) * ((1 - fu) * row[0] + fu * row[1]) + fv * ((1 - fu) * next[0] + fu * next[1]);
}

double AreaScaleGrid::ellipsoidal_area(const Layer& layer, std::size_t feature) const {
  Point c = area_centroid(layer, feature);
  // A vertex PROJ could not transform is NaN (the box, which skips NaN, may still be covered):
  // the area is not computable, which the caller reports; NaN must not index the grid.
  if (!std::isfinite(c.x) || !std::isfinite(c.y)) return std::numeric_limits<double>::quiet_NaN();
  auto [row, fu, fv] = cell_at(c.x, c.y);
  const double* next = row + nx_;
  double r = ratio(c.x, c.y);
  double drdx = ((1 - fv) * (row[1] - row[0]) + fv * (next[1] - next[0])) / spacing_;
  double drdy = ((1 - fu) * (next[0] - row[0]) + fu * (next[1] - row[1])) / spacing_;
  double gx = -0.5 * drdx / r, gy = -0.5 * drdy / r;  // ∇ln k
  double area = 0.0;
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = layer.rings(p);
    for (std::size_t ring_index = first; ring_index < last; ++ring_index) {
      RingView ring = layer.ring(ring_index);
      double bowing = 0.0;  // signed like the ring's area: positive when counter-clockwise
      for (std::size_t i = 0; i + 1 < ring.size; ++i) {
        double dx = ring.x(i + 1) - ring.x(i), dy = ring.y(i + 1) - ring.y(i);
        bowing += (dx * dx + dy * dy) * (gx * dy - gy * dx);
      }
      double a = std::abs(signed_ring_area(ring) + bowing / 12.0);
      area += ring_index == first ? a : -a;
    }
  }
  return area * r;
}

}  // namespace landplan::ops::detail
