// A static R-tree over feature boxes, packed by Sort-Tile-Recursive: built once per layer in
// O(n log n), 16 boxes per node, queried by box. Smaller than GEOS's STRtree for 1M parcels
// because it holds only boxes, not one GEOS geometry per feature.
#pragma once

#include <cstdint>
#include <vector>

#include "landplan/layer.hpp"

namespace landplan {

class SpatialIndex {
 public:
  SpatialIndex() = default;
  explicit SpatialIndex(const std::vector<Box>& boxes);
  static SpatialIndex of_layer(const Layer& layer);

  // Calls `visit` with the index of every box that intersects `query`, in no particular order.
  // A template, and a stack on the stack: a million queries allocate nothing.
  template <typename Visit>
  void query(const Box& query, Visit&& visit) const;
  std::vector<std::uint32_t> query(const Box& query) const;
  std::size_t size() const { return item_count_; }
  // The indexed items in the order of the tree's leaves: near each other in space, near each
  // other in the list. A loop querying every item's neighbours in this order walks the tree (and
  // the items' data) with the cache, not across it.
  const std::vector<std::uint32_t>& in_tree_order() const { return items_; }

 private:
  static constexpr std::size_t kNodeSize = 16;
  struct Node {
    Box box;
    std::uint32_t first = 0;  // children: nodes of the level below, or items at the leaves
    std::uint32_t count = 0;
  };
  // levels_[0] are the leaves (first/count index items_), the last level is the root.
  std::vector<std::vector<Node>> levels_;
  std::vector<std::uint32_t> items_;
  std::vector<Box> boxes_;  // of the items, in the order of items_
  std::size_t item_count_ = 0;
};

template <typename Visit>
void SpatialIndex::query(const Box& query, Visit&& visit) const {
  if (levels_.empty()) return;
  // Depth-first: at most kNodeSize pending entries per level, and fewer than 16 levels.
  // Left uninitialised: std::pair's zeroing of 2 KB was a tenth of a neighbour query.
  struct Pending {
    std::uint32_t level, node;
  };
  Pending stack[16 * kNodeSize];
  std::size_t top = 0;
  stack[top++] = {static_cast<std::uint32_t>(levels_.size() - 1), 0};
  while (top > 0) {
    auto [level, index] = stack[--top];
    const Node& node = levels_[level][index];
    if (!node.box.intersects(query)) continue;
    for (std::uint32_t k = 0; k < node.count; ++k) {
      if (level == 0) {
        if (boxes_[node.first + k].intersects(query)) visit(items_[node.first + k]);
      } else {
        stack[top++] = {level - 1, node.first + k};
      }
    }
  }
}

}  // namespace landplan
