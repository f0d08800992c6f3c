// Reading GCJ-02 data: refusing layers it cannot be, and undoing the offset vertex by vertex.
#include "io/read_gcj02.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "landplan/gcj02.hpp"
#include "landplan/geodesic.hpp"

namespace landplan::io::detail {
namespace {

constexpr double kWgs84SemiMajor = 6378137.0;  // WGS 84 and CGCS2000 (GRS 80) alike

// "about 480 m", or "between 2 and 640 m" for data spread over a larger part of China.
std::string moved_by(double least, double most) {
  if (most < 0.5) return "did not move it (it lies outside China, where GCJ-02 is WGS 84)";
  if (most - least < 10.0) return fmt::format("moved it about {:.0f} m", (least + most) / 2);
  return fmt::format("moved it between {:.0f} and {:.0f} m", least, most);
}

}  // namespace

void check_gcj02_source(const Crs& crs, const std::string& where, bool geometry) {
  if (!crs.is_geographic() || std::abs(crs.ellipsoid().semi_major_m - kWgs84SemiMajor) > 1e-3) {
    throw InputError(where,
                     "is in " + crs.label() +
                         ", not WGS 84 longitude/latitude: GCJ-02 data (AMap, Tencent maps, 奥维) "
                         "is longitude/latitude",
                     "drop --assume-crs GCJ-02 (or assume_crs) for this layer");
  }
  if (!geometry) {
    throw InputError(where, "cannot be converted from GCJ-02 where the database reads the geometry",
                     "use --engine local with --assume-crs GCJ-02");
  }
}

void convert_gcj02(Layer& layer, Warnings& warnings) {
  std::span<double> xy = layer.coordinates();
  std::vector<double> before(xy.begin(), xy.end());
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
    if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1])) continue;
    gcj02::LonLat wgs84 = gcj02::to_wgs84({xy[i], xy[i + 1]});
    xy[i] = wgs84.lon;
    xy[i + 1] = wgs84.lat;
  }
  layer.recompute_boxes();
  if (xy.empty()) return;
  // How far the data moved, on the ellipsoid, for the warning.
  Geodesic geodesic(layer.crs, layer.crs);
  double least = std::numeric_limits<double>::infinity(), most = 0.0;
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
    double segment[4] = {before[i], before[i + 1], xy[i], xy[i + 1]};
    if (!std::all_of(segment, segment + 4, [](double v) { return std::isfinite(v); })) continue;
    RingView shift{segment, 2};
    double metres = geodesic.length(shift);
    least = std::min(least, metres);
    most = std::max(most, metres);
  }
  if (most == 0.0) least = 0.0;
  warnings.push_back(place(layer.source, layer.name) + ": converted from GCJ-02 to WGS 84 " +
                     "(--assume-crs GCJ-02), which " + moved_by(least, most) +
                     " — approximate: GCJ-02 is known only from its published formula, which "
                     "landplan inverts to 0.02 mm");
}

}  // namespace landplan::io::detail
