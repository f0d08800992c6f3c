// The coordinate checks that catch a CRS declared wrong: PROJ would transform such data
// somewhere else, or not at all, and every overlay built on it would find nothing.
#include "io/crs_fit.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "landplan/gauss_kruger.hpp"
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

// The zone number the x carry in their millions (x = zone × 1,000,000 + 500,000 ± …): a zone of
// China in either width (6-degree 13–23, 3-degree 25–45), the same for every x; 0 when no x
// carries one (0 ≤ x < 1,000,000); nullopt when the x say nothing of a zone. Judged in double:
// x may be anything up to 1e300, which no integer holds.
std::optional<int> zone_in_x(const Box& extent) {
  if (extent.minx >= 0 && extent.maxx < 1e6) return 0;
  double zone = std::floor(extent.minx / 1e6);
  bool one_zone = extent.maxx < (zone + 1) * 1e6;
  if (one_zone && zone >= 13 && zone <= 45 &&
      (is_gk_zone(3, static_cast<int>(zone)) || is_gk_zone(6, static_cast<int>(zone)))) {
    return static_cast<int>(zone);
  }
  return std::nullopt;
}

// The zone's own width where it names a zone of only one (they do not overlap in China).
int width_of_zone(int zone) {
  return is_gk_zone(3, zone) ? 3 : 6;
}

std::string zone_words(const GaussKruger& gk) {
  return gk.zone_prefix ? "zone " + std::to_string(gk.zone) + " in the x" : "no zone number";
}

// A Gauss-Kruger code over x that cannot be in it: the zone number missing where the code puts
// it in the x (or the reverse), another zone's number, or a zone number of the other width (a
// 6-degree 20 under a 3-degree code). PROJ then puts the data hundreds of kilometres away, or
// cannot transform it at all: a data fault, naming the code the x fit. Data declared as the
// other of a pair (EPSG:4528 / 4549) is the commonest wrong .prj in China.
std::optional<CrsMisfit> gauss_kruger_zone_misfit(const Layer& layer, const GaussKruger& gk,
                                                  std::optional<int> zone, const Box& extent,
                                                  bool assumed) {
  // x is written as a whole number only where it is known to be under 46 million.
  auto x_from = [&] { return "x from " + std::to_string(static_cast<long long>(extent.minx)); };
  std::string id = layer.crs.id();
  if (!zone) return std::nullopt;
  if (*zone == 0) {
    if (!gk.zone_prefix) return std::nullopt;
    return misfit(layer, assumed,
                  x_from() + " carries no zone number, which " + id + " (zone " +
                      std::to_string(gk.zone) + " in the x) expects",
                  gk.with_prefix(false).id());
  }
  GaussKruger fit{gk.datum, width_of_zone(*zone), *zone, true};
  if (fit.width != gk.width) {
    return misfit(layer, assumed,
                  x_from() + " carries the " + std::to_string(fit.width) + "-degree zone number " +
                      std::to_string(*zone) + ", which " + id + " (" + std::to_string(gk.width) +
                      "-degree, " + zone_words(gk) + ") does not",
                  fit.id());
  }
  if (!gk.zone_prefix) {
    return misfit(layer, assumed,
                  x_from() + " carries the zone number " + std::to_string(*zone) + ", which " + id +
                      " (no zone number) does not",
                  fit.id());
  }
  if (*zone == gk.zone) return std::nullopt;
  return misfit(layer, assumed,
                x_from() + " carries the zone number " + std::to_string(*zone) + ", which " + id +
                    " (zone " + std::to_string(gk.zone) + ") contradicts",
                fit.id());
}

// x without zone number under a 3-degree code reaching further from the central meridian than
// a 3-degree zone does (±1.5°; 2° allowed, as surveys run a little past a zone's edge) but within
// a 6-degree zone's ±3°: likely 6-degree data. Only suggestive — PROJ still places it sensibly —
// so a warning naming the 6-degree code of the same central meridian, where there is one.
std::optional<CrsMisfit> six_degree_spread(const Layer& layer, const GaussKruger& gk,
                                           const Box& extent, bool assumed) {
  if (gk.width != 3 || gk.zone_prefix || (gk.central_meridian() + 3) % 6 != 0) return std::nullopt;
  constexpr double kMetresPerDegree = 111320.0;
  constexpr double kPi = 3.14159265358979323846;
  // The widest a zone gets: at the southernmost northing (a metre of northing ≈ 1/110,574°).
  double latitude = std::clamp(extent.miny / 110574.0, 0.0, 60.0);
  double degree = kMetresPerDegree * std::cos(latitude * kPi / 180);
  double reach = std::max(std::abs(extent.minx - 500000), std::abs(extent.maxx - 500000));
  if (reach <= 2.0 * degree || reach > 3.5 * degree) return std::nullopt;
  GaussKruger fit{gk.datum, 6, (gk.central_meridian() + 3) / 6, false};
  CrsMisfit found = misfit(layer, assumed,
                           coordinates_of(extent) + " reach " +
                               std::to_string(static_cast<long long>(reach / 1000)) +
                               " km from the central meridian of " + layer.crs.id() +
                               ", beyond a 3-degree zone (±1.5°), within a 6-degree one",
                           fit.described());
  found.certain = false;
  return found;
}

// Metres under a geographic CRS: x or y far beyond any longitude or latitude.
std::optional<CrsMisfit> metres_as_degrees(const Layer& layer, const Box& extent, bool assumed) {
  double largest = std::max(
      {std::abs(extent.minx), std::abs(extent.maxx), std::abs(extent.miny), std::abs(extent.maxy)});
  if (largest <= 360) return std::nullopt;
  std::string why = coordinates_of(extent) + " are metres, not the degrees of " + layer.crs.label();
  // Eastings with a zone number in front (3-degree 25–45, 6-degree 13–23 cover China) name
  // their zone, on the datum of the declared lon/lat.
  std::optional<int> zone = zone_in_x(extent);
  if (zone && *zone > 0 && extent.miny > 0 && extent.maxy < 1e7) {
    GkDatum datum = gk_datum_of_geographic(layer.crs).value_or(GkDatum::cgcs2000);
    return misfit(layer, assumed, why,
                  GaussKruger{datum, width_of_zone(*zone), *zone, true}.described());
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
  if (auto gk = gauss_kruger_of(layer.crs)) {
    if (auto zone = gauss_kruger_zone_misfit(layer, *gk, zone_in_x(extent), extent, assumed))
      return zone;
    if (auto spread = six_degree_spread(layer, *gk, extent, assumed)) return spread;
  }
  return degrees_as_metres(layer, extent, assumed);
}

}  // namespace landplan::io::detail
