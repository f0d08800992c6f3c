// The overview raster: texels whose centre lies in a feature take its colour, a hole stays empty,
// and the row bands painted in parallel make the same raster as one thread.
#include "viewer/overview_raster.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

namespace landplan::viewer {
namespace {

const sf::Color kLand(200, 30, 30);
const sf::Color kWater(30, 30, 200);

// A 300 m square with a 100 m hole in its middle, and a 300 m square east of it; at 10 m texels
// over (0, 0)–(600, 300) the raster is 60 × 30, texel (i, j) centred at (5 + 10i, 295 − 10j).
Raster township(unsigned threads) {
  Layer layer = test::layer_from_wkt(
      {"POLYGON((0 0,300 0,300 300,0 300,0 0),(100 100,200 100,200 200,100 200,100 100))",
       "POLYGON((300 0,600 0,600 300,300 300,300 0))"});
  return rasterise(
      layer, [](std::size_t f) { return f == 0 ? kLand : kWater; }, Box{0, 0, 600, 300}, 10.0,
      threads);
}

TEST(OverviewRaster, TexelsTakeTheColourOfTheFeatureUnderTheirCentre) {
  Raster raster = township(2);
  ASSERT_EQ(raster.width, 60u);
  ASSERT_EQ(raster.height, 30u);
  EXPECT_EQ(raster.at(5, 24), kLand);  // (55, 55): in the square, south-west of the hole
  EXPECT_EQ(raster.at(25, 5), kLand);  // (255, 245): north-east of the hole
  EXPECT_EQ(raster.at(15, 14), sf::Color(0, 0, 0, 0));  // (155, 155): the hole is left empty
  EXPECT_EQ(raster.at(45, 14), kWater);                 // (455, 155): the eastern square
  EXPECT_EQ(raster.at(59, 0), kWater);                  // (595, 295): its north-east corner texel
}

TEST(OverviewRaster, RowBandsInParallelPaintWhatOneThreadPaints) {
  EXPECT_EQ(township(3).rgba, township(1).rgba);
}

}  // namespace
}  // namespace landplan::viewer
