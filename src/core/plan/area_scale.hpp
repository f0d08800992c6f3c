// A fast, bounded-error shortcut for the ellipsoidal area of small polygons (internal).
#pragma once

#include <optional>
#include <vector>

#include "landplan/geodesic.hpp"
#include "landplan/layer.hpp"

namespace landplan::plan::detail {

// The ratio of ellipsoidal to planar area, sampled on a grid over an extent of the working CRS
// and interpolated bilinearly. For a polygon much smaller than the grid, ellipsoidal area ≈
// planar area × ratio at its centroid: the ratio's linear variation integrates exactly, and what
// remains (its curvature over the polygon, and geodesic edges bowing against straight ones) is
// below 2e-7 relative for polygons up to kMaxExtent across anywhere in a 3° Gauss-Kruger zone.
// The grid is kept only if, checked against exact areas at every cell centre, its interpolation
// is within kTolerance.
class AreaScaleGrid {
 public:
  static constexpr double kMaxExtent = 300.0;  // metres: larger polygons are measured exactly
  static constexpr double kTolerance = 1e-8;

  static std::optional<AreaScaleGrid> build(const Geodesic& geodesic, const Box& extent);
  double ratio(double x, double y) const;
  bool covers(const Box& box) const;

 private:
  AreaScaleGrid(const Box& extent, double spacing);
  static double exact_ratio(const Geodesic& geodesic, double x, double y);

  double x0_, y0_, spacing_;
  std::size_t nx_, ny_;
  std::vector<double> ratios_;  // row-major, ny_ rows of nx_ nodes
};

}  // namespace landplan::plan::detail
