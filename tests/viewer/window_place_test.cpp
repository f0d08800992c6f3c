// The window fits the display it opens on, and its size is remembered.
#include "viewer/window_place.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/fixtures.hpp"

using namespace landplan::viewer;

// The display: 1600×1000 with the default 1400×900 asked for and a larger size.
TEST(WindowPlace, FitsTheDisplayWithRoomForTitleAndTaskbar) {
  WindowPlace fits = place_window(1400, 900, 1600, 1000);
  EXPECT_EQ(fits.width, 1400u);
  EXPECT_EQ(fits.height, 1000u - kScreenMarginY);  // 890: the bottom stays on the screen
  EXPECT_EQ(fits.x, 100);
  EXPECT_GE(fits.y, 30);  // below a title bar
  EXPECT_LE(fits.y + int(fits.height), 1000 - 30);

  WindowPlace big = place_window(2400, 1600, 1600, 1000);
  EXPECT_EQ(big.width, 1600u - kScreenMarginX);
  EXPECT_EQ(big.height, 1000u - kScreenMarginY);
  EXPECT_EQ(big.x, 20);

  WindowPlace small = place_window(800, 600, 1920, 1080);
  EXPECT_EQ(small.width, 800u);
  EXPECT_EQ(small.height, 600u);
  EXPECT_EQ(small.x, 560);
}

TEST(WindowPlace, RemembersTheLastSize) {
  landplan::test::TempDir dir;
  std::filesystem::path file = dir.path() / "landplan" / "viewer-size";
  EXPECT_FALSE(remembered_size(file));
  remember_size(file, 1234, 777);
  auto size = remembered_size(file);
  ASSERT_TRUE(size);
  EXPECT_EQ(size->first, 1234u);
  EXPECT_EQ(size->second, 777u);
  std::ofstream(file) << "tall\n";
  EXPECT_FALSE(remembered_size(file));
}
