// The numeric-settings check, service radii that are no distance, no service circle at all, and
// metre work refused in a geographic CRS.
#include "landplan/numbers.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "landplan/plan/irrigation.hpp"
#include "landplan/ops/metres.hpp"
#include "landplan/ops/distance.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::input_error_of;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Layer wells_at(const std::string& crs, const std::vector<std::pair<double, double>>& points) {
  Layer layer;
  layer.name = "wells";
  layer.role = Role::wells;
  layer.source = "wells.gpkg";
  layer.kind = GeometryKind::point;
  layer.crs = layer.source_crs = Crs::from_user_input(crs);
  for (auto [x, y] : points) {
    layer.begin_feature(static_cast<std::int64_t>(layer.size() + 1));
    layer.add_ring(std::vector<double>{x, y});
    layer.end_part();
    layer.end_feature();
  }
  return layer;
}

}  // namespace

TEST(Numbers, PositiveAndNonNegativeAreFiniteOnly) {
  EXPECT_TRUE(in_range(0.5, Allowed::positive));
  EXPECT_FALSE(in_range(0.0, Allowed::positive));
  EXPECT_TRUE(in_range(0.0, Allowed::non_negative));
  EXPECT_FALSE(in_range(-1e-9, Allowed::non_negative));
  for (double v : {kInf, -kInf, kNaN}) {
    EXPECT_FALSE(in_range(v, Allowed::positive)) << v;
    EXPECT_FALSE(in_range(v, Allowed::non_negative)) << v;
  }
}

TEST(Numbers, AnOutOfRangeValueNamesTheKeyTheValueAndTheRange) {
  EXPECT_EQ(checked_number(50, {Allowed::non_negative, "metres"}, "k"), 50);
  EXPECT_EQ(input_error_of([] {
              checked_number(-50, {Allowed::non_negative, "metres"}, "p.toml:k");
            }),
            "p.toml:k: is -50, outside the allowed range — give a finite number ≥ 0 metres");
  EXPECT_EQ(input_error_of([] {
              checked_number(kInf, {Allowed::positive, "mu"}, "--x");
            }),
            "--x: is inf, outside the allowed range — give a finite number > 0 mu");
}

TEST(Irrigation, ARadiusThatIsNoDistanceGivesNoCircleAndAWarning) {
  Layer wells = wells_at("EPSG:4549", {{500000, 4400000},
                                       {500100, 4400000},
                                       {500200, 4400000},
                                       {500300, 4400000},
                                       {500400, 4400000}});
  Column radius("r", FieldType::real);
  for (double v : {-5.0, 0.0, kNaN, kInf}) radius.push(v);
  radius.push_null();
  Warnings warnings;
  std::vector<double> radii = ops::service_radii(wells, &radius, 300, warnings);
  EXPECT_EQ(radii, (std::vector<double>{0, 0, 0, 0, 300}));  // the missing one takes the default
  ASSERT_EQ(warnings.size(), 4u);
  EXPECT_EQ(warnings[0],
            "wells.gpkg:wells:1: radius -5 is not a finite number > 0 metres — it "
            "has no service circle and covers nothing; set its r in metres");
  EXPECT_NE(warnings[3].find("wells.gpkg:wells:4: radius inf is not"), std::string::npos);
}

TEST(Irrigation, NoServiceCircleGivesEmptySharesNotACrash) {
  Layer wells = wells_at("EPSG:4549", {{500000, 4400000}, {500100, 4400000}});
  Layer service = ops::circles(wells, {0, 0}, "service");
  Layer zone = ops::coverage_zone(wells, {0, 0});
  Layer shares = plan::nearest_well_shares(wells, service, zone);
  ASSERT_EQ(shares.size(), 2u);
  EXPECT_TRUE(shares.is_null(0));
  EXPECT_TRUE(shares.is_null(1));
  Layer none = wells_at("EPSG:4549", {});
  EXPECT_EQ(
      plan::nearest_well_shares(none, ops::circles(none, {}, "s"), ops::coverage_zone(none, {}))
          .size(),
      0u);
}

TEST(Metres, AGeographicCrsIsRefusedNamingTheZoneTheDataFits) {
  // 117.1°E lies in the Gauss-Kruger zone of CM 117°E, EPSG:4548.
  Layer wells = wells_at("EPSG:4490", {{117.1, 40.0}});
  EXPECT_EQ(input_error_of([&] { ops::circles(wells, {300}, "s"); }),
            "wells.gpkg:wells: service radii are in metres, but the working CRS EPSG:4490 is in "
            "degrees — use a projected --crs (or project.crs) such as EPSG:4548, the zone this "
            "data lies in");
  EXPECT_NE(input_error_of([&] { ops::feature_distance(wells, 0, wells, 0); }), "(no error)");
  EXPECT_EQ(input_error_of([&] {
              ops::require_metres(wells_at("EPSG:4549", {{500000, 4400000}}), "x");
            }),
            "(no error)");
}
