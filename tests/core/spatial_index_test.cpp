// The packed R-tree returns exactly the boxes that intersect a query: checked by hand on a few
// boxes and against a brute-force scan of thousands.
#include "landplan/spatial_index.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "support/layer_from_wkt.hpp"

using namespace landplan;

namespace {

std::vector<std::uint32_t> sorted(std::vector<std::uint32_t> items) {
  std::sort(items.begin(), items.end());
  return items;
}

}  // namespace

TEST(SpatialIndex, FindsTheBoxesThatIntersectIncludingTouchingOnes) {
  SpatialIndex index({{0, 0, 10, 10}, {20, 0, 30, 10}, {10, 10, 15, 15}, {100, 100, 101, 101}});
  EXPECT_EQ(index.size(), 4u);
  EXPECT_EQ(sorted(index.query({5, 5, 12, 12})), (std::vector<std::uint32_t>{0, 2}));
  EXPECT_EQ(sorted(index.query({10, 0, 20, 5})), (std::vector<std::uint32_t>{0, 1}));  // edges
  EXPECT_TRUE(index.query({40, 40, 50, 50}).empty());
  EXPECT_TRUE(SpatialIndex().query({0, 0, 1, 1}).empty());
}

TEST(SpatialIndex, AgreesWithABruteForceScan) {
  std::mt19937 random(11);
  std::uniform_real_distribution<double> place(0, 10000), size(0, 60);
  std::vector<Box> boxes;
  for (int i = 0; i < 5000; ++i) {
    double x = place(random), y = place(random);
    boxes.push_back({x, y, x + size(random), y + size(random)});
  }
  SpatialIndex index(boxes);
  std::size_t found = 0;
  for (int q = 0; q < 300; ++q) {
    double x = place(random), y = place(random), w = 5 * size(random);
    Box query{x, y, x + w, y + w};
    std::vector<std::uint32_t> expected;
    for (std::uint32_t i = 0; i < boxes.size(); ++i)
      if (boxes[i].intersects(query)) expected.push_back(i);
    EXPECT_EQ(sorted(index.query(query)), expected) << "query " << q;
    found += expected.size();
  }
  EXPECT_GT(found, 300u);  // the queries do hit boxes
}

TEST(SpatialIndex, OfALayerIndexesEachFeaturesBox) {
  Layer layer = test::layer_from_wkt(
      {"POLYGON((0 0,10 0,10 10,0 0))", "", "POLYGON((50 50,60 50,60 70,50 50))"});
  EXPECT_EQ(sorted(SpatialIndex::of_layer(layer).query({55, 0, 56, 100})),
            (std::vector<std::uint32_t>{2}));
}

TEST(SpatialIndex, TreeOrderListsEachIndexedItemOnce) {
  std::vector<Box> boxes = {{0, 0, 1, 1}, {}, {5, 5, 6, 6}, {2, 2, 3, 3}};  // {} is empty
  SpatialIndex index(boxes);
  EXPECT_EQ(sorted(index.in_tree_order()), (std::vector<std::uint32_t>{0, 2, 3}));
  EXPECT_EQ(index.size(), 3u);
}
