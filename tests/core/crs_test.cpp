// Crs::from_user_input, the one CRS parser: every accepted form, and no fuzzy name search; the
// working CRS's zone choice; a transform against gdaltransform's answer.
#include "landplan/crs.hpp"

#include <gtest/gtest.h>
#include <proj.h>

#include <cmath>
#include <string>
#include <vector>

#include "landplan/error.hpp"

using landplan::Crs;
using landplan::InputError;
using landplan::Transformer;
using landplan::working_crs_for;

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

// EPSG:4534 + round((lon − 75°) / 3°) inside China: the zones of CM 117°E, 120°E and 123°E.
TEST(WorkingCrsFor, ChinaTakesTheGaussKrugerZoneOfTheNearestCentralMeridian) {
  Crs cgcs2000 = Crs::from_user_input("EPSG:4490");
  EXPECT_EQ(working_crs_for(117.1, 40.0, cgcs2000).id(), "EPSG:4548");  // round(14.03) = 14
  EXPECT_EQ(working_crs_for(118.9, 42.4, cgcs2000).id(), "EPSG:4549");  // round(14.63) = 15
  EXPECT_EQ(working_crs_for(121.4, 31.2, cgcs2000).id(), "EPSG:4549");  // round(15.47) = 15
  EXPECT_EQ(working_crs_for(121.6, 31.2, cgcs2000).id(), "EPSG:4550");  // round(15.53) = 16
  EXPECT_EQ(working_crs_for(121.6, 31.2, cgcs2000).name(),
            "CGCS2000 / 3-degree Gauss-Kruger CM 123E");
}

// Outside China: UTM zone floor((lon + 180°) / 6°) + 1, north or south, on the data's datum.
TEST(WorkingCrsFor, ElsewhereTakesTheUtmZoneOnTheDatumOfTheData) {
  Crs wgs84 = Crs::from_user_input("EPSG:4326");
  EXPECT_EQ(working_crs_for(10.0, 50.0, wgs84).id(), "EPSG:32632");    // zone 32 north
  EXPECT_EQ(working_crs_for(-70.6, -33.4, wgs84).id(), "EPSG:32719");  // Santiago, 19 south
  EXPECT_EQ(working_crs_for(10.0, 50.0, Crs{}).id(), "EPSG:32632");    // no CRS: WGS 84
  Crs etrs = working_crs_for(10.0, 50.0, Crs::from_user_input("EPSG:4258"));
  EXPECT_EQ(etrs.name(), "ETRS89 / UTM zone 32N");
  EXPECT_FALSE(etrs.is_geographic());
  EXPECT_TRUE(etrs.geographic().equivalent_to(Crs::from_user_input("EPSG:4258")));
}

TEST(Transformer, LonLatToGaussKrugerMatchesGdaltransform) {
  // `echo "118.9 42.4" | gdaltransform -s_srs EPSG:4490 -t_srs EPSG:4549 -output_xy` prints
  // 409436.631368048 4696653.98706775 (GDAL 3.6, PROJ 9.1); axes are east, north both ways.
  Transformer to_gk(Crs::from_user_input("EPSG:4490"), Crs::from_user_input("EPSG:4549"));
  std::vector<double> xy = {118.9, 42.4, 10.0, 95.0};  // the second point is past the pole
  EXPECT_EQ(to_gk.transform(xy), 1u);
  EXPECT_NEAR(xy[0], 409436.631368048, 1e-6);
  EXPECT_NEAR(xy[1], 4696653.98706775, 1e-6);
  EXPECT_TRUE(std::isnan(xy[2]) && std::isnan(xy[3]));
  Transformer back(Crs::from_user_input("EPSG:4549"), Crs::from_user_input("EPSG:4490"));
  back.transform(std::span<double>(xy).first(2));
  EXPECT_NEAR(xy[0], 118.9, 1e-9);
  EXPECT_NEAR(xy[1], 42.4, 1e-9);
  EXPECT_TRUE(Transformer(Crs::from_user_input("EPSG:4549"), Crs::from_user_input("EPSG:4549"))
                  .is_identity());
}

}  // namespace
