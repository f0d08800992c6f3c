// Crs::from_user_input, the one CRS parser: every accepted form, and no fuzzy name search.
#include "landplan/crs.hpp"

#include <gtest/gtest.h>
#include <proj.h>

#include <string>

#include "landplan/error.hpp"

using landplan::Crs;
using landplan::InputError;

namespace {

std::string message_of(const std::string& text) {
  try {
    Crs::from_user_input(text, "--crs");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

// EPSG:4549 as PROJ itself writes it in `type` (WKT2, PROJJSON…): an independent spelling.
std::string epsg4549_as(PJ_WKT_TYPE type) {
  PJ* pj = proj_create(nullptr, "EPSG:4549");
  std::string text = proj_as_wkt(nullptr, pj, type, nullptr);
  proj_destroy(pj);
  return text;
}

std::string epsg4549_as_projjson() {
  PJ* pj = proj_create(nullptr, "EPSG:4549");
  std::string text = proj_as_projjson(nullptr, pj, nullptr);
  proj_destroy(pj);
  return text;
}

TEST(CrsFromUserInput, AcceptsEveryFormOfOneCrs) {
  const Crs expected = Crs::from_user_input("EPSG:4549");
  ASSERT_EQ(expected.name(), "CGCS2000 / 3-degree Gauss-Kruger CM 120E");
  for (const std::string& text :
       {std::string("epsg:4549"), std::string("  EPSG:4549\n"),
        std::string("urn:ogc:def:crs:EPSG::4549"),
        std::string("http://www.opengis.net/def/crs/EPSG/0/4549"),
        std::string("CGCS2000 / 3-degree Gauss-Kruger CM 120E"), epsg4549_as(PJ_WKT2_2019),
        epsg4549_as(PJ_WKT1_GDAL), epsg4549_as_projjson()}) {
    Crs crs = Crs::from_user_input(text, "--crs");
    EXPECT_EQ(crs.id(), "EPSG:4549") << text;  // WKT1 has no axes: not "equivalent" to PROJ
    EXPECT_EQ(crs.name(), expected.name()) << text;
  }
}

TEST(CrsFromUserInput, TakesAProjStringAsACrs) {
  // Without +type=crs PROJ would read it as a coordinate operation.
  Crs crs = Crs::from_user_input("+proj=tmerc +lon_0=120 +x_0=500000 +ellps=GRS80 +units=m");
  EXPECT_FALSE(crs.is_geographic());
  EXPECT_DOUBLE_EQ(crs.ellipsoid().semi_major_m, 6378137.0);
  EXPECT_FALSE(Crs::from_user_input("+proj=longlat +datum=WGS84 +type=crs").empty());
}

TEST(CrsFromUserInput, TakesOtherAuthorities) {
  EXPECT_EQ(Crs::from_user_input("ESRI:102100").id(), "ESRI:102100");
  EXPECT_EQ(Crs::from_user_input("OGC:CRS84").id(), "OGC:CRS84");
}

TEST(CrsFromUserInput, TakesAnExactNameOnlyWhenItNamesOneCrs) {
  EXPECT_EQ(Crs::from_user_input("Beijing 1954").id(), "EPSG:4214");
  // "WGS 84" also names the 3D and the geocentric CRS; only the 2D one is horizontal.
  EXPECT_EQ(Crs::from_user_input("WGS 84").id(), "EPSG:4326");
}

TEST(CrsFromUserInput, RefusesWhatPROJWouldGuess) {
  // proj_create took these for Amersfoort (EPSG:4289) and Barbados 1938 (EPSG:4212).
  EXPECT_EQ(message_of("foo"),
            "--crs: 'foo' is neither a CRS code nor the exact name of a CRS — give an authority "
            "code (EPSG:4549, urn:ogc:def:crs:EPSG::4549), WKT, PROJJSON, a PROJ string "
            "(+proj=tmerc …) or a CRS's exact name (CGCS2000 / 3-degree Gauss-Kruger CM 120E)");
  EXPECT_NE(message_of("bar").find("'bar' is neither a CRS code nor the exact name"),
            std::string::npos);
  EXPECT_NE(message_of("CGCS2000 / 3-degree Gauss-Kruger").find("is neither"), std::string::npos);
}

TEST(CrsFromUserInput, RefusesBlankAndUnknownCodes) {
  EXPECT_NE(message_of("").find("--crs: no CRS given (empty text) — give an authority code"),
            std::string::npos);
  EXPECT_NE(message_of("   ").find("no CRS given"), std::string::npos);
  EXPECT_NE(message_of("EPSG:999999").find("--crs: 'EPSG:999999' is not a CRS PROJ knows"),
            std::string::npos);
  EXPECT_NE(message_of("EPSG:45490").find("'EPSG:45490' is not a CRS PROJ knows"),
            std::string::npos);
  EXPECT_NE(message_of("urn:ogc:def:crs:EPSG::999999").find("is not a CRS PROJ knows"),
            std::string::npos);
  EXPECT_EQ(message_of("4549"),
            "--crs: '4549' is neither a CRS code nor the exact name of a CRS — write the "
            "authority with the code, e.g. EPSG:4549");
}

TEST(CrsFromUserInput, RefusesOperationsAndNonHorizontalCrss) {
  EXPECT_NE(message_of("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad")
                .find("--crs: '+proj=pipeline"),
            std::string::npos);
  EXPECT_NE(message_of("EPSG:5737").find("is not a horizontal CRS"), std::string::npos);
}

}  // namespace
