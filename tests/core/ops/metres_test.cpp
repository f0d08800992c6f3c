// Metre work (service circles, distances) refused in a geographic CRS, naming the zone to use.
#include "landplan/ops/metres.hpp"

#include <gtest/gtest.h>

#include "landplan/ops/distance.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "support/fixtures.hpp"
#include "support/layer_from_wkt.hpp"

using namespace landplan;
using landplan::test::input_error_of;

namespace {

Layer well_at(const std::string& crs, const std::string& point) {
  return test::layer_from_wkt(
      {point}, {.crs = crs, .name = "wells", .role = Role::wells, .source = "wells.gpkg"});
}

}  // namespace

TEST(Metres, AGeographicCrsIsRefusedNamingTheZoneTheDataFits) {
  // 117.1°E lies in the Gauss-Kruger zone of CM 117°E, EPSG:4548.
  Layer wells = well_at("EPSG:4490", "POINT(117.1 40.0)");
  EXPECT_EQ(input_error_of([&] { ops::circles(wells, {300}, "s"); }),
            "wells.gpkg:wells: service radii are in metres, but the working CRS EPSG:4490 is in "
            "degrees — use a projected --crs (or project.crs) such as EPSG:4548, the zone this "
            "data lies in");
  EXPECT_NE(input_error_of([&] { ops::feature_distance(wells, 0, wells, 0); }), "(no error)");
  EXPECT_EQ(input_error_of(
                [&] { ops::require_metres(well_at("EPSG:4549", "POINT(500000 4400000)"), "x"); }),
            "(no error)");
}
