// The area fields of an export: values in each unit, and stale fields replaced with a warning.
#include "landplan/report/area_fields.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

using namespace landplan;
using landplan::test::layer_from_wkt;

namespace {
const std::string kSquare = "POLYGON ((0 0,100 0,100 100,0 100,0 0))";
}

TEST(AreaFields, AddsM2HaAndMuWithNullWhereTheAreaIsUnknown) {
  Layer layer = layer_from_wkt({kSquare, kSquare});
  Warnings warnings;
  report::add_area_fields(layer, {10000.0, std::nullopt}, warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_DOUBLE_EQ(*layer.field("area_m2").number(0), 10000.0);
  EXPECT_DOUBLE_EQ(*layer.field("area_ha").number(0), 1.0);
  EXPECT_DOUBLE_EQ(*layer.field("area_mu").number(0), 15.0);
  EXPECT_FALSE(layer.field("area_mu").number(1).has_value());
}

TEST(AreaFields, ReplacesAFieldOfTheSameNameAndWarnsOnlyWhenItDiffered) {
  Layer same = layer_from_wkt({kSquare}, {.name = "same", .columns = {{"area_m2", {10000.0}}}});
  Warnings quiet;
  report::add_area_fields(same, {10000.0}, quiet);
  EXPECT_TRUE(quiet.empty());
  EXPECT_EQ(same.columns.size(), 3u);  // the old area_m2 replaced, not doubled

  Layer stale = layer_from_wkt({kSquare}, {.name = "stale", .columns = {{"area_mu", {99.0}}}});
  Warnings warnings;
  report::add_area_fields(stale, {10000.0}, warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "stale: field area_mu replaced by the ellipsoidal area measured now, which differs");
  EXPECT_DOUBLE_EQ(*stale.field("area_mu").number(0), 15.0);
}
