// Project colours as planners write them.
#include "landplan/colour.hpp"

#include <gtest/gtest.h>

using namespace landplan;

TEST(Colour, ParsesProjectColours) {
  EXPECT_EQ(parse_colour("#4a90d9"), (Rgba{0x4a, 0x90, 0xd9, 0xff}));
  EXPECT_EQ(parse_colour("4A90D980"), (Rgba{0x4a, 0x90, 0xd9, 0x80}));
  EXPECT_FALSE(parse_colour("blue"));
  EXPECT_FALSE(parse_colour("#12345"));
}

TEST(Colour, PaletteRepeatsAfterTwelve) {
  EXPECT_EQ(palette_colour(0), (Rgba{0x8d, 0xd3, 0xc7, 0xff}));
  EXPECT_EQ(palette_colour(12), palette_colour(0));
  EXPECT_NE(palette_colour(1), palette_colour(0));
}
