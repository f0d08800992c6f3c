// The GCJ-02 obfuscation as the public implementations give it (googollee/eviltransform,
// wandergis/coordtransform: the formula leaked from the official code), and its inverse.
#include "landplan/gcj02.hpp"

#include <cmath>
#include <numbers>

#include "landplan/text.hpp"

namespace landplan::gcj02 {
namespace {

constexpr double kPi = std::numbers::pi;
// The algorithm's ellipsoid: Krasovsky 1940 (semi-major axis, first eccentricity squared).
constexpr double kSemiMajor = 6378245.0;
constexpr double kEccentricity2 = 0.00669342162296594323;

// The offsets in metres-like units for x = lon − 105°, y = lat − 35°.
LonLat offset_units(double x, double y) {
  double common = (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  double lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y +
               0.2 * std::sqrt(std::abs(x)) + common +
               (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0 +
               (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y / 30.0 * kPi)) * 2.0 / 3.0;
  double lon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x)) +
               common + (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0 +
               (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return {lon, lat};
}

// GCJ-02 − WGS 84 at a WGS 84 point, in degrees: the units turned into degrees on Krasovsky's
// ellipsoid (meridian and parallel radii of curvature).
LonLat offset(LonLat wgs84) {
  LonLat units = offset_units(wgs84.lon - 105.0, wgs84.lat - 35.0);
  double phi = wgs84.lat / 180.0 * kPi;
  double w2 = 1.0 - kEccentricity2 * std::sin(phi) * std::sin(phi);
  double w = std::sqrt(w2);
  double meridian = kSemiMajor * (1.0 - kEccentricity2) / (w2 * w);
  double parallel = kSemiMajor / w * std::cos(phi);
  return {units.lon * 180.0 / (parallel * kPi), units.lat * 180.0 / (meridian * kPi)};
}

}  // namespace

bool is_gcj02_name(std::string_view text) {
  std::string name = upper_ascii(text);
  return name == "GCJ-02" || name == "GCJ02";
}

bool outside_china(LonLat point) {
  return point.lon < 72.004 || point.lon > 137.8347 || point.lat < 0.8293 || point.lat > 55.8271;
}

LonLat from_wgs84(LonLat wgs84) {
  if (outside_china(wgs84)) return wgs84;
  LonLat d = offset(wgs84);
  return {wgs84.lon + d.lon, wgs84.lat + d.lat};
}

LonLat to_wgs84(LonLat gcj02) {
  if (outside_china(gcj02)) return gcj02;
  constexpr double kTolerance = 1e-10;  // degrees
  constexpr int kMaxSteps = 20;         // 4–6 are needed anywhere in China
  LonLat wgs84 = gcj02;
  for (int step = 0; step < kMaxSteps; ++step) {
    LonLat there = from_wgs84(wgs84);
    double dlon = there.lon - gcj02.lon, dlat = there.lat - gcj02.lat;
    if (std::abs(dlon) < kTolerance && std::abs(dlat) < kTolerance) break;
    wgs84.lon -= dlon;
    wgs84.lat -= dlat;
  }
  return wgs84;
}

}  // namespace landplan::gcj02
