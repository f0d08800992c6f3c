// Units: 1 ha = 15 mu exactly, and the conversions planners rely on.
#include <gtest/gtest.h>

#include "landplan/units.hpp"

using namespace landplan;

TEST(Units, HectareIsFifteenMuExactly) {
  EXPECT_DOUBLE_EQ(Area::from_ha(1).mu(), 15.0);
  EXPECT_DOUBLE_EQ(Area::from_mu(15).m2(), 10000.0);
}

TEST(Units, ConversionsFromSquareMetres) {
  Area a = Area::from_m2(2'000'000.0);  // 2 km²
  EXPECT_DOUBLE_EQ(a.km2(), 2.0);
  EXPECT_DOUBLE_EQ(a.ha(), 200.0);
  EXPECT_DOUBLE_EQ(a.mu(), 3000.0);
  EXPECT_DOUBLE_EQ(a.in(AreaUnit::mu), 3000.0);
  // The rounded 666.67 m²/mu everyone uses drifts by 0.5 mu per 1000 mu.
  EXPECT_GT(std::abs(1000 * 666.67 / 10000 * 15 - 1000.0), 0.004);
}

TEST(Units, ParsesUnitNames) {
  EXPECT_EQ(parse_area_unit("mu"), AreaUnit::mu);
  EXPECT_EQ(parse_area_unit("亩"), AreaUnit::mu);
  EXPECT_EQ(parse_area_unit("km2"), AreaUnit::km2);
  EXPECT_FALSE(parse_area_unit("acre").has_value());
}
