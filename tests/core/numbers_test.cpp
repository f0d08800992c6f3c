// The numeric-settings check: finite numbers only, and a message naming key, value and range.
#include "landplan/numbers.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::input_error_of;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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
