// The coordinate checks that catch a CRS declared wrong: PROJ would transform such data
// somewhere else, or not at all, and every overlay built on it would find nothing.
#include "io/crs_fit.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "landplan/numbers.hpp"

namespace landplan::io::detail {
namespace {

std::string coordinates_of(const Box& extent) {
  return "x from " + number_text(extent.minx) + " to " + number_text(extent.maxx) + ", y from " +
         number_text(extent.miny) + " to " + number_text(extent.maxy);
}

// "<what the coordinates say>: the data looks like <right>", and how to say so.
CrsMisfit misfit(const Layer& layer, bool assumed, const std::string& why,
                 const std::string& right) {
  std::string declared = layer.crs.label();
  return {why + ": the data looks like " + right,
          assumed ? "read it with --assume-crs " + right
                  : "the source declares " + declared + ": correct its .prj or SRID to " + right};
}

// CGCS2000 3-degree Gauss-Kruger zones come in pairs: EPSG:4513–4533 carry the zone number in
// the false easting (zone 25–45: x = zone × 1,000,000 + 500,000 ± …), EPSG:4534–4554 do not
// (x = 500,000 ± …). Data of one declared as the other is the commonest wrong .prj in China;
// PROJ then cannot transform it at all.
std::optional<CrsMisfit> gauss_kruger_zone_misfit(const Layer& layer, const Box& extent,
                                                  bool assumed) {
  constexpr int kWithZone = 4513, kWithoutZone = 4534, kZones = 21, kFirstZone = 25;
  std::string id = layer.crs.id();
  if (!id.starts_with("EPSG:")) return std::nullopt;
  int code = std::atoi(id.c_str() + 5);
  // The zone is judged in double: x may be anything up to 1e300 (converting that to an integer
  // is undefined), and only x within one zone's million counts. x is written as a whole number
  // only on the branches below, where it is known to be under 46 million.
  auto x_from = [&] { return "x from " + std::to_string(static_cast<long long>(extent.minx)); };
  double zone_of_x = std::floor(extent.minx / 1e6);
  if (code >= kWithoutZone && code < kWithoutZone + kZones && zone_of_x >= kFirstZone &&
      zone_of_x < kFirstZone + kZones && extent.maxx < (zone_of_x + 1) * 1e6) {
    int zone = static_cast<int>(zone_of_x);
    return misfit(layer, assumed,
                  x_from() + " carries the zone number " + std::to_string(zone) + ", which " + id +
                      " (no zone number) does not",
                  "EPSG:" + std::to_string(kWithZone + zone - kFirstZone));
  }
  if (code >= kWithZone && code < kWithZone + kZones && extent.minx >= 0 && extent.maxx < 1e6) {
    return misfit(layer, assumed,
                  x_from() + " carries no zone number, which " + id + " (zone " +
                      std::to_string(code - kWithZone + kFirstZone) + " in the x) expects",
                  "EPSG:" + std::to_string(kWithoutZone + code - kWithZone));
  }
  return std::nullopt;
}

// Metres under a geographic CRS: x or y far beyond any longitude or latitude.
std::optional<CrsMisfit> metres_as_degrees(const Layer& layer, const Box& extent, bool assumed) {
  double largest = std::max(
      {std::abs(extent.minx), std::abs(extent.maxx), std::abs(extent.miny), std::abs(extent.maxy)});
  if (largest <= 360) return std::nullopt;
  std::string why = coordinates_of(extent) + " are metres, not the degrees of " + layer.crs.label();
  // Eastings with a 3-degree zone number in front (zone 25–45 covers China) name their zone.
  double zone = std::floor(extent.minx / 1e6);
  if (zone >= 25 && zone <= 45 && extent.maxx < (zone + 1) * 1e6 && extent.miny > 0 &&
      extent.maxy < 1e7) {
    return misfit(layer, assumed, why,
                  "EPSG:" + std::to_string(4513 + static_cast<int>(zone) - 25) +
                      " (CGCS2000 3-degree Gauss-Kruger zone " +
                      std::to_string(static_cast<int>(zone)) + ")");
  }
  return CrsMisfit{why, "name the projected CRS the data was made in (" +
                            std::string(assumed ? "--assume-crs" : "correct its .prj or SRID") +
                            "; Gauss-Kruger x without a zone number: EPSG:4534–4554 by central "
                            "meridian)"};
}

// Degrees under a projected CRS: every coordinate within ±180 / ±90. A projected CRS puts
// such small numbers within metres of its false origin, which no real survey does (Gauss-Kruger
// and UTM put it 500 km west of the central meridian, at the equator).
std::optional<CrsMisfit> degrees_as_metres(const Layer& layer, const Box& extent, bool assumed) {
  if (std::abs(extent.minx) > 180 || std::abs(extent.maxx) > 180 || std::abs(extent.miny) > 90 ||
      std::abs(extent.maxy) > 90) {
    return std::nullopt;
  }
  return misfit(layer, assumed,
                coordinates_of(extent) + " are longitude and latitude, not the metres of " +
                    layer.crs.label(),
                layer.crs.geographic().label());
}

// Latitude first under a longitude-first CRS (landplan normalises every geographic CRS to
// longitude, latitude): y beyond ±90 while x is within it.
std::optional<CrsMisfit> latitude_first(const Box& extent) {
  bool y_beyond = std::abs(extent.miny) > 90 || std::abs(extent.maxy) > 90;
  bool y_degrees = std::abs(extent.miny) <= 180 && std::abs(extent.maxy) <= 180;
  bool x_latitude = std::abs(extent.minx) <= 90 && std::abs(extent.maxx) <= 90;
  if (!y_beyond || !y_degrees || !x_latitude) return std::nullopt;
  return CrsMisfit{coordinates_of(extent) +
                       ": y is beyond ±90°, so the coordinates are latitude first (axes swapped)",
                   "write the file longitude first (GeoJSON always is), or correct its CRS"};
}

}  // namespace

std::optional<CrsMisfit> crs_contradiction(const Layer& layer, bool assumed) {
  Box extent = layer.extent();
  if (extent.empty()) extent = layer.stated_extent;
  if (extent.empty() || layer.crs.empty() || !std::isfinite(extent.minx) ||
      !std::isfinite(extent.maxx) || !std::isfinite(extent.miny) || !std::isfinite(extent.maxy)) {
    return std::nullopt;
  }
  if (layer.crs.is_geographic()) {
    if (auto swapped = latitude_first(extent)) return swapped;
    return metres_as_degrees(layer, extent, assumed);
  }
  if (auto zone = gauss_kruger_zone_misfit(layer, extent, assumed)) return zone;
  return degrees_as_metres(layer, extent, assumed);
}

}  // namespace landplan::io::detail
