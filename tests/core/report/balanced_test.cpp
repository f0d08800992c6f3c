// Largest-remainder rounding: rounded parts add up to the rounded whole, as the bureau's tables do.
#include "landplan/report/balanced.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace landplan::report {
namespace {

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

TEST(RoundToTotal, ThreeThirdsAddUpToTheWhole) {
  // 1/3 ha each: rounded alone 0.33 + 0.33 + 0.33 = 0.99, but the whole is 1.00.
  std::vector<double> thirds(3, 1.0 / 3.0);
  std::vector<double> rounded = round_to_total(thirds, 1.0, 2);
  EXPECT_NEAR(sum(rounded), 1.00, 1e-12);
  // The unit goes to the first of the equal remainders; the others keep plain rounding.
  EXPECT_EQ(rounded, (std::vector<double>{0.34, 0.33, 0.33}));
}

TEST(RoundToTotal, TheLargestRemainderGetsTheUnit) {
  // 1.234 + 2.236 + 3.530 = 7.000: floors 1.23 + 2.23 + 3.53 = 6.99; remainders .004, .006, 0.
  std::vector<double> rounded = round_to_total({1.234, 2.236, 3.530}, 7.0, 2);
  EXPECT_EQ(rounded, (std::vector<double>{1.23, 2.24, 3.53}));
}

TEST(RoundToTotal, PlainRoundingWouldOvershoot) {
  // 0.125 + 0.125 + 0.125 + 0.125 = 0.5: rounded half up each would give 0.52.
  std::vector<double> rounded = round_to_total({0.125, 0.125, 0.125, 0.125}, 0.5, 2);
  EXPECT_NEAR(sum(rounded), 0.50, 1e-12);
  for (double r : rounded) EXPECT_TRUE(r == 0.12 || r == 0.13) << r;
}

TEST(RoundToTotal, ExactValuesStayAndEmptyIsEmpty) {
  EXPECT_EQ(round_to_total({0.1, 0.2, 0.3}, 0.6, 2), (std::vector<double>{0.1, 0.2, 0.3}));
  EXPECT_TRUE(round_to_total({}, 0.0, 2).empty());
  EXPECT_EQ(round_to_total({5.0}, 5.0, 0), (std::vector<double>{5.0}));
}

TEST(RoundToTotal, ATotalAboveTheSumGoesRoundAndNothingGoesNegative) {
  std::vector<double> more = round_to_total({1.0, 1.0}, 2.05, 2);
  EXPECT_NEAR(sum(more), 2.05, 1e-12);
  std::vector<double> less = round_to_total({0.01, 0.0}, 0.0, 2);
  EXPECT_EQ(less, (std::vector<double>{0.0, 0.0}));
}

}  // namespace
}  // namespace landplan::report
