// The scale bar: round lengths (1, 2, 5 × 10ⁿ) whose pixel length is exact at the map scale.
#include "viewer/scale_bar.hpp"

#include <gtest/gtest.h>

namespace landplan::viewer {
namespace {

TEST(ScaleBar, PicksTheLongestRoundLengthThatFits) {
  struct Case {
    double mpp, max_px, length_m;
    const char* label;
  } cases[] = {
      {1.0, 180, 100, "100 m"}, {2.0, 180, 200, "200 m"},   {3.0, 180, 500, "500 m"},
      {6.0, 180, 1000, "1 km"}, {12.0, 180, 2000, "2 km"},  {30.0, 180, 5000, "5 km"},
      {0.05, 180, 5, "5 m"},    {0.004, 180, 0.5, "50 cm"}, {1.0, 100, 100, "100 m"},
  };
  for (const Case& c : cases) {
    ScaleBar bar = scale_bar(c.mpp, c.max_px);
    EXPECT_DOUBLE_EQ(bar.length_m, c.length_m) << c.mpp;
    EXPECT_EQ(bar.label, c.label) << c.mpp;
    EXPECT_LE(bar.length_px, c.max_px + 1e-9);
    EXPECT_GT(bar.length_px, c.max_px * 0.4);                // never needlessly short
    EXPECT_NEAR(bar.length_px * c.mpp, bar.length_m, 1e-9);  // right at the current zoom
  }
}

TEST(ScaleBar, RatioForPaper) {
  // 10 m per pixel at 96 dpi: a pixel is 0.26458 mm on paper, so 1 : 37,795.
  EXPECT_NEAR(scale_denominator(10.0, 96.0), 37795.3, 0.1);
}

}  // namespace
}  // namespace landplan::viewer
