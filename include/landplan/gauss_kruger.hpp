// The Gauss-Kruger CRSs of China's three national datums, as EPSG numbers them: datum × zone
// width (3° or 6°) × zone × with or without the zone number in the easting.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "landplan/crs.hpp"

namespace landplan {

enum class GkDatum { cgcs2000, xian1980, beijing1954 };

// Zones EPSG defines for China: 3-degree zones 25–45 (central meridians 75°E–135°E by 3°),
// 6-degree zones 13–23 (75°E–135°E by 6°).
int first_gk_zone(int width);
int last_gk_zone(int width);
bool is_gk_zone(int width, int zone);

struct GaussKruger {
  GkDatum datum = GkDatum::cgcs2000;
  int width = 3;             // zone width in degrees: 3 or 6
  int zone = 40;             // 3-degree: 25–45, 6-degree: 13–23
  bool zone_prefix = false;  // the easting carries zone × 1,000,000 (false easting)

  int central_meridian() const;  // degrees east: 3 × zone, or 6 × zone − 3
  int epsg() const;
  std::string id() const { return "EPSG:" + std::to_string(epsg()); }
  // "EPSG:4528 (CGCS2000 3-degree Gauss-Kruger zone 40)", for messages.
  std::string described() const;
  GaussKruger with_prefix(bool prefix) const;
};

// The Gauss-Kruger CRS an EPSG code stands for, nullopt for any other code.
std::optional<GaussKruger> gauss_kruger_from_epsg(int code);
// The Gauss-Kruger CRS a Crs is ("EPSG:…" identifier), nullopt otherwise.
std::optional<GaussKruger> gauss_kruger_of(const Crs& crs);
// The datum of a geographic CRS (EPSG:4490, 4610, 4214), nullopt otherwise.
std::optional<GkDatum> gk_datum_of_geographic(const Crs& crs);

// The datum's name as the Ministry's exchange files write it ("2000国家大地坐标系", …) and as
// EPSG names it ("CGCS2000", "Xian 1980", "Beijing 1954").
std::string_view gk_datum_name_zh(GkDatum datum);
std::string_view gk_datum_name(GkDatum datum);
// The datum a file's 坐标系 names, liberally: "2000国家大地坐标系", "CGCS2000", "国家2000",
// "1980西安坐标系", "西安80", "Xian 1980", "1954北京坐标系", "北京54"…; nullopt when none.
std::optional<GkDatum> parse_gk_datum(std::string_view text);

}  // namespace landplan
