// The Gauss-Kruger catalogue against PROJ's own names for every code it produces.
#include "landplan/gauss_kruger.hpp"

#include <gtest/gtest.h>

namespace landplan {
namespace {

// PROJ's name for the CRS a catalogue entry describes, e.g. "CGCS2000 / 3-degree Gauss-Kruger
// zone 40" or "Xian 1980 / Gauss-Kruger CM 75E".
std::string expected_name(const GaussKruger& gk) {
  std::string name = std::string(gk_datum_name(gk.datum)) + " / " +
                     (gk.width == 3 ? "3-degree " : "") + "Gauss-Kruger ";
  return name + (gk.zone_prefix ? "zone " + std::to_string(gk.zone)
                                : "CM " + std::to_string(gk.central_meridian()) + "E");
}

TEST(GaussKruger, EveryCodeCarriesProjsNameForItsDatumWidthZoneAndPrefix) {
  int checked = 0;
  for (GkDatum datum : {GkDatum::cgcs2000, GkDatum::xian1980, GkDatum::beijing1954}) {
    for (int width : {3, 6}) {
      for (int zone = first_gk_zone(width); zone <= last_gk_zone(width); ++zone) {
        for (bool prefix : {true, false}) {
          GaussKruger gk{datum, width, zone, prefix};
          Crs crs = Crs::from_user_input(gk.id());
          EXPECT_EQ(crs.name(), expected_name(gk)) << gk.id();
          auto back = gauss_kruger_of(crs);
          ASSERT_TRUE(back) << gk.id();
          EXPECT_EQ(back->epsg(), gk.epsg());
          ++checked;
        }
      }
    }
  }
  EXPECT_EQ(checked, 3 * 2 * (21 + 11));
}

TEST(GaussKruger, KnownCodesAndCentralMeridians) {
  EXPECT_EQ((GaussKruger{GkDatum::cgcs2000, 3, 40, true}).epsg(), 4528);
  EXPECT_EQ((GaussKruger{GkDatum::cgcs2000, 3, 40, false}).epsg(), 4549);
  EXPECT_EQ((GaussKruger{GkDatum::cgcs2000, 3, 40, false}).central_meridian(), 120);
  EXPECT_EQ((GaussKruger{GkDatum::cgcs2000, 6, 20, true}).central_meridian(), 117);
  EXPECT_EQ(gauss_kruger_from_epsg(4508)->central_meridian(), 111);  // 6-degree CM 111E
  EXPECT_EQ(gauss_kruger_from_epsg(4546)->central_meridian(), 111);  // 3-degree CM 111E
  EXPECT_EQ(gauss_kruger_from_epsg(2390)->described(),
            "EPSG:2390 (Xian 1980 3-degree Gauss-Kruger CM 135E)");
  EXPECT_EQ(gauss_kruger_from_epsg(21413)->described(),
            "EPSG:21413 (Beijing 1954 Gauss-Kruger zone 13)");
}

TEST(GaussKruger, CodesOutsideTheRunsAreNone) {
  for (int code : {2326, 2391, 2400, 2443, 4490, 4555, 21412, 21424, 21452, 21464, 21473, 32650})
    EXPECT_FALSE(gauss_kruger_from_epsg(code)) << code;
  EXPECT_FALSE(gauss_kruger_of(Crs::from_user_input("EPSG:4490")));
  EXPECT_FALSE(gauss_kruger_of(Crs{}));
}

TEST(GaussKruger, DatumNamesAsExchangeFilesWriteThem) {
  EXPECT_EQ(parse_gk_datum("2000国家大地坐标系"), GkDatum::cgcs2000);
  EXPECT_EQ(parse_gk_datum("CGCS2000"), GkDatum::cgcs2000);
  EXPECT_EQ(parse_gk_datum("1980西安坐标系"), GkDatum::xian1980);
  EXPECT_EQ(parse_gk_datum("西安80"), GkDatum::xian1980);
  EXPECT_EQ(parse_gk_datum("1954北京坐标系"), GkDatum::beijing1954);
  EXPECT_EQ(parse_gk_datum("北京54"), GkDatum::beijing1954);
  EXPECT_FALSE(parse_gk_datum("WGS84"));
  EXPECT_EQ(gk_datum_of_geographic(Crs::from_user_input("EPSG:4610")), GkDatum::xian1980);
}

}  // namespace
}  // namespace landplan
