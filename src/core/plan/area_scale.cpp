// The ellipsoidal/planar area-ratio grid behind the fast path for small polygons.
#include "plan/area_scale.hpp"

#include <algorithm>
#include <cmath>

namespace landplan::plan::detail {
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

double AreaScaleGrid::ratio(double x, double y) const {
  double u = (x - x0_) / spacing_, v = (y - y0_) / spacing_;
  std::size_t i = std::min(static_cast<std::size_t>(std::max(u, 0.0)), nx_ - 2);
  std::size_t j = std::min(static_cast<std::size_t>(std::max(v, 0.0)), ny_ - 2);
  double fu = u - i, fv = v - j;
  const double* row = &ratios_[j * nx_ + i];
  const double* next = row + nx_;
  return (1 - fv) * ((1 - fu) * row[0] + fu * row[1]) + fv * ((1 - fu) * next[0] + fu * next[1]);
}

}  // namespace landplan::plan::detail
