// Service radii: a radius that is no distance gives no circle and a warning naming the well.
#include "landplan/ops/coverage.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "support/layer_from_wkt.hpp"

using namespace landplan;

TEST(Irrigation, ARadiusThatIsNoDistanceGivesNoCircleAndAWarning) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  Layer wells = test::layer_from_wkt(
      {"POINT(500000 4400000)", "POINT(500100 4400000)", "POINT(500200 4400000)",
       "POINT(500300 4400000)", "POINT(500400 4400000)"},
      {.name = "wells", .role = Role::wells, .source = "wells.gpkg"});
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
