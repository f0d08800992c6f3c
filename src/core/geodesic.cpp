// Geodesic area and length of working-CRS geometry on a chosen CRS's ellipsoid.
#include "landplan/geodesic.hpp"

#include <geodesic.h>

#include <cmath>

namespace landplan {

Geodesic::Geodesic(const Crs& working, const Crs& measured_on)
    : to_geographic_(working, measured_on.geographic()), geod_(new geod_geodesic) {
  Ellipsoid e = measured_on.ellipsoid();
  geod_init(geod_.get(), e.semi_major_m, e.flattening);
}

Geodesic::~Geodesic() = default;
Geodesic::Geodesic(Geodesic&&) noexcept = default;

void Geodesic::to_lonlat(std::span<double> xy) const { to_geographic_.transform(xy); }

double Geodesic::ring_area(RingView ring) const {
  if (ring.size < 3) return 0.0;
  lonlat_.assign(ring.xy, ring.xy + 2 * ring.size);
  to_lonlat(lonlat_);
  std::size_t n = ring.size;
  // geod_polygonarea closes the ring itself; a repeated closing vertex adds a zero-length edge.
  if (lonlat_[0] == lonlat_[2 * n - 2] && lonlat_[1] == lonlat_[2 * n - 1]) --n;
  lats_.resize(n);
  lons_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    lons_[i] = lonlat_[2 * i];
    lats_[i] = lonlat_[2 * i + 1];
  }
  double area = 0.0, perimeter = 0.0;
  geod_polygonarea(geod_.get(), lats_.data(), lons_.data(), static_cast<int>(n), &area, &perimeter);
  return std::abs(area);
}

double Geodesic::polygon_area(const Layer& layer, std::size_t feature) const {
  double area = 0.0;
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = layer.rings(p);
    for (std::size_t r = first; r < last; ++r) {
      double a = ring_area(layer.ring(r));
      area += r == first ? a : -a;
    }
  }
  return area;
}

double Geodesic::length(RingView line) const {
  lonlat_.assign(line.xy, line.xy + 2 * line.size);
  to_lonlat(lonlat_);
  double total = 0.0;
  for (std::size_t i = 1; i < line.size; ++i) {
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod_inverse(geod_.get(), lonlat_[2 * i - 1], lonlat_[2 * i - 2], lonlat_[2 * i + 1],
                 lonlat_[2 * i], &s12, &azi1, &azi2);
    total += s12;
  }
  return total;
}

}  // namespace landplan
