// True north from the map's geodesic: the azimuth of a short step up the grid.
#include "viewer/north.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace landplan::viewer {

double true_north_degrees(const MapModel& map, const ViewTransform& view) {
  if (!map.geodesic) return 0.0;
  Point2 c = view.centre();
  double step = std::max(1.0, 100.0 * view.metres_per_pixel());
  std::vector<double> xy = {c.x, c.y, c.x, c.y + step};
  map.geodesic->to_lonlat(xy);
  double lat = xy[1] * std::numbers::pi / 180.0;
  // Azimuth of grid north, clockwise from true north; true north is that much anticlockwise.
  double azimuth = std::atan2((xy[2] - xy[0]) * std::cos(lat), xy[3] - xy[1]);
  return -azimuth * 180.0 / std::numbers::pi;
}

}  // namespace landplan::viewer
