// Exact measures on the ellipsoid (Karney's algorithms in PROJ's geodesic.h) of geometry given
// in a working CRS: what PostGIS geography and pyproj Geod compute.
#pragma once

#include <memory>
#include <vector>

#include "landplan/crs.hpp"
#include "landplan/layer.hpp"

struct geod_geodesic;

namespace landplan {

class Geodesic {
 public:
  // Measures coordinates given in `working` on the ellipsoid of `measured_on`'s geographic CRS.
  // The coordinates are turned back into that CRS's longitude/latitude, so a layer read from a
  // Xian 1980 file is measured on the Xian 1980 ellipsoid whatever the working CRS.
  Geodesic(const Crs& working, const Crs& measured_on);
  ~Geodesic();
  Geodesic(Geodesic&&) noexcept;

  double ring_area(RingView ring) const;  // m², unsigned; geodesic edges
  double polygon_area(const Layer& layer, std::size_t feature) const;  // shells − holes, m²
  double length(RingView line) const;  // m, along geodesics
  // Longitude/latitude (degrees) of working-CRS points, in place.
  void to_lonlat(std::span<double> xy) const;

 private:
  Transformer to_geographic_;
  std::unique_ptr<geod_geodesic> geod_;
  mutable std::vector<double> lonlat_, lats_, lons_;
};

}  // namespace landplan
