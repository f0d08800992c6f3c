// The EPSG numbering of China's Gauss-Kruger CRSs. Each datum's codes come in four runs:
// 6-degree with the zone number (zones 13–23), 6-degree without (CM 75°E–135°E), 3-degree with
// (zones 25–45), 3-degree without (CM 75°E–135°E) — checked against PROJ's names for every code
// in tests/core/gauss_kruger_test.cpp.
#include "landplan/gauss_kruger.hpp"

#include <array>

#include "landplan/text.hpp"

namespace landplan {
namespace {

// The first code of each run, by datum, as proj.db lists them (PROJ 9): CGCS2000 4491–4554
// and Xian 1980 2327–2390 in one block each; Beijing 1954 6-degree 21413–21423 (with) and
// 21453–21463 (without), 3-degree 2401–2442. (Beijing 1954's 21473–21483, "Gauss-Kruger 13N…",
// are deprecated duplicates of 21453–21463 and are not produced.)
struct Runs {
  int six_with, six_without, three_with, three_without;
};
constexpr std::array<Runs, 3> kRuns = {{
    {4491, 4502, 4513, 4534},    // CGCS2000
    {2327, 2338, 2349, 2370},    // Xian 1980
    {21413, 21453, 2401, 2422},  // Beijing 1954
}};

int first_code(GkDatum datum, int width, bool prefix) {
  const Runs& runs = kRuns[static_cast<int>(datum)];
  if (width == 6) return prefix ? runs.six_with : runs.six_without;
  return prefix ? runs.three_with : runs.three_without;
}

}  // namespace

int first_gk_zone(int width) {
  return width == 6 ? 13 : 25;
}

int last_gk_zone(int width) {
  return width == 6 ? 23 : 45;
}

bool is_gk_zone(int width, int zone) {
  return (width == 3 || width == 6) && zone >= first_gk_zone(width) && zone <= last_gk_zone(width);
}

int GaussKruger::central_meridian() const {
  return width == 6 ? 6 * zone - 3 : 3 * zone;
}

int GaussKruger::epsg() const {
  return first_code(datum, width, zone_prefix) + zone - first_gk_zone(width);
}

std::string GaussKruger::described() const {
  std::string name = id() + " (" + std::string(gk_datum_name(datum)) + " " +
                     (width == 3 ? "3-degree " : "") + "Gauss-Kruger ";
  return name +
         (zone_prefix ? "zone " + std::to_string(zone)
                      : "CM " + std::to_string(central_meridian()) + "E") +
         ")";
}

GaussKruger GaussKruger::with_prefix(bool prefix) const {
  GaussKruger other = *this;
  other.zone_prefix = prefix;
  return other;
}

std::optional<GaussKruger> gauss_kruger_from_epsg(int code) {
  for (GkDatum datum : {GkDatum::cgcs2000, GkDatum::xian1980, GkDatum::beijing1954}) {
    for (int width : {3, 6}) {
      for (bool prefix : {true, false}) {
        int zones = last_gk_zone(width) - first_gk_zone(width) + 1;
        int offset = code - first_code(datum, width, prefix);
        if (offset >= 0 && offset < zones) {
          return GaussKruger{datum, width, first_gk_zone(width) + offset, prefix};
        }
      }
    }
  }
  return std::nullopt;
}

std::optional<GaussKruger> gauss_kruger_of(const Crs& crs) {
  if (crs.empty()) return std::nullopt;
  std::string id = crs.id();
  if (!id.starts_with("EPSG:") || id.size() > 11) return std::nullopt;
  int code = 0;
  for (char c : id.substr(5)) {
    if (c < '0' || c > '9') return std::nullopt;
    code = code * 10 + (c - '0');
  }
  return gauss_kruger_from_epsg(code);
}

std::optional<GkDatum> gk_datum_of_geographic(const Crs& crs) {
  if (crs.empty()) return std::nullopt;
  std::string id = crs.id();
  if (id == "EPSG:4490") return GkDatum::cgcs2000;
  if (id == "EPSG:4610") return GkDatum::xian1980;
  if (id == "EPSG:4214") return GkDatum::beijing1954;
  return std::nullopt;
}

std::string_view gk_datum_name_zh(GkDatum datum) {
  switch (datum) {
    case GkDatum::xian1980:
      return "1980西安坐标系";
    case GkDatum::beijing1954:
      return "1954北京坐标系";
    case GkDatum::cgcs2000:
      break;
  }
  return "2000国家大地坐标系";
}

std::string_view gk_datum_name(GkDatum datum) {
  switch (datum) {
    case GkDatum::xian1980:
      return "Xian 1980";
    case GkDatum::beijing1954:
      return "Beijing 1954";
    case GkDatum::cgcs2000:
      break;
  }
  return "CGCS2000";
}

std::optional<GkDatum> parse_gk_datum(std::string_view text) {
  std::string upper = upper_ascii(text);
  auto has = [&](std::string_view part) { return upper.find(part) != std::string::npos; };
  // The short names (北京54, 西安80) hold only two digits; no name of CGCS2000 holds them.
  if (has("北京") || has("1954") || has("BEIJING") || has("54")) return GkDatum::beijing1954;
  if (has("西安") || has("1980") || has("XIAN") || has("80")) return GkDatum::xian1980;
  if (has("2000")) return GkDatum::cgcs2000;
  return std::nullopt;
}

}  // namespace landplan
