// Label placement: no overlaps, important labels first, obstacles and the screen respected.
#include "viewer/label_placement.hpp"

#include <gtest/gtest.h>

namespace landplan::viewer {
namespace {

bool overlap_free(const std::vector<PlacedLabel>& placed) {
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = i + 1; j < placed.size(); ++j)
      if (placed[i].box.intersects(placed[j].box)) return false;
  return true;
}

TEST(LabelPlacement, OverlappingLabelsMoveOrGiveWay) {
  Rect screen{0, 0, 400, 300};
  std::vector<LabelRequest> requests = {
      {0, {200, 150}, 60, 16, 5, -1},  // least important: asked first, placed last
      {1, {200, 150}, 60, 16, 0, -1},  // the village itself: it wins the centre
      {2, {200, 150}, 60, 16, 1, -1},  // nudged above
      {3, {200, 150}, 60, 16, 2, -1},  // nudged below
  };
  auto placed = place_labels(requests, screen, {});
  EXPECT_TRUE(overlap_free(placed));
  ASSERT_EQ(placed.size(), 3u);  // the fourth at the same spot has nowhere left to go
  EXPECT_EQ(placed[0].id, 1u);
  EXPECT_NEAR(placed[0].box.x, 170, 1e-9);  // centred on its anchor
  EXPECT_NEAR(placed[0].box.y, 142, 1e-9);
  EXPECT_LT(placed[1].box.y, placed[0].box.y);
  EXPECT_GT(placed[2].box.y, placed[0].box.y);
  for (const PlacedLabel& p : placed) EXPECT_NE(p.id, 0u);
}

TEST(LabelPlacement, PointLabelsGoBesideTheSymbol) {
  auto placed = place_labels({{7, {100, 100}, 30, 12, 0, 5}}, {0, 0, 400, 300}, {});
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_NEAR(placed[0].box.x, 105, 1e-9);  // right of the point, beyond the symbol
  EXPECT_NEAR(placed[0].box.y, 94, 1e-9);
  // Near the right edge, the left side is taken instead.
  placed = place_labels({{7, {390, 100}, 30, 12, 0, 5}}, {0, 0, 400, 300}, {});
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_NEAR(placed[0].box.x, 355, 1e-9);
}

TEST(LabelPlacement, KeepsOffLegendAndScaleBar) {
  Rect legend{300, 200, 100, 100};
  auto placed = place_labels({{0, {350, 250}, 40, 12, 0, -1}}, {0, 0, 400, 300}, {legend});
  EXPECT_TRUE(placed.empty());
}

TEST(LabelPlacement, ManyLabelsStayDisjoint) {
  std::vector<LabelRequest> requests;
  for (std::size_t i = 0; i < 2000; ++i) {
    double x = (i * 7919) % 1600, y = (i * 104729) % 1200;
    requests.push_back({i, {x, y}, 40 + double(i % 30), 14, int(i % 4), (i % 2) ? 4.0 : -1.0});
  }
  auto placed = place_labels(requests, {0, 0, 1600, 1200}, {});
  EXPECT_GT(placed.size(), 300u);
  EXPECT_TRUE(overlap_free(placed));
}

}  // namespace
}  // namespace landplan::viewer
