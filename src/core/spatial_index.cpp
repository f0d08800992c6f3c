// Sort-Tile-Recursive packing: sort by x into vertical slices, each slice by y, cut into nodes.
#include "landplan/spatial_index.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace landplan {
namespace {

double cx(const Box& b) { return (b.minx + b.maxx) / 2; }
double cy(const Box& b) { return (b.miny + b.maxy) / 2; }

// Orders `ids` (boxes given by `box_of`) so that consecutive runs of `node_size` make STR nodes.
template <class BoxOf>
void str_order(std::vector<std::uint32_t>& ids, std::size_t node_size, BoxOf box_of) {
  std::size_t n = ids.size();
  std::size_t nodes = (n + node_size - 1) / node_size;
  auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
  std::size_t per_slice = slices * node_size;
  std::sort(ids.begin(), ids.end(),
            [&](std::uint32_t a, std::uint32_t b) { return cx(box_of(a)) < cx(box_of(b)); });
  for (std::size_t s = 0; s < n; s += per_slice) {
    auto end = ids.begin() + static_cast<std::ptrdiff_t>(std::min(n, s + per_slice));
    std::sort(ids.begin() + static_cast<std::ptrdiff_t>(s), end,
              [&](std::uint32_t a, std::uint32_t b) { return cy(box_of(a)) < cy(box_of(b)); });
  }
}

}  // namespace

SpatialIndex::SpatialIndex(const std::vector<Box>& boxes) : boxes_(boxes) {
  for (std::size_t i = 0; i < boxes.size(); ++i)
    if (!boxes[i].empty()) items_.push_back(static_cast<std::uint32_t>(i));
  item_count_ = items_.size();
  if (items_.empty()) return;
  str_order(items_, kNodeSize, [this](std::uint32_t i) -> const Box& { return boxes_[i]; });
  // The boxes in item order: a leaf's boxes lie side by side in memory. In the layer's order a
  // leaf's 16 boxes were 16 cache misses (neighbours in space are rows apart in a cadastre),
  // which made a query of a parcel's neighbours cost ~3 µs instead of ~0.5.
  std::vector<Box> in_item_order(items_.size());
  for (std::size_t i = 0; i < items_.size(); ++i) in_item_order[i] = boxes_[items_[i]];
  boxes_ = std::move(in_item_order);
  std::vector<Node> level;
  for (std::size_t i = 0; i < items_.size(); i += kNodeSize) {
    Node node{{}, static_cast<std::uint32_t>(i),
              static_cast<std::uint32_t>(std::min(kNodeSize, items_.size() - i))};
    for (std::uint32_t k = 0; k < node.count; ++k) node.box.extend(boxes_[i + k]);
    level.push_back(node);
  }
  levels_.push_back(std::move(level));
  while (levels_.back().size() > 1) {
    const std::vector<Node>& below = levels_.back();
    std::vector<std::uint32_t> order(below.size());
    std::iota(order.begin(), order.end(), 0u);
    str_order(order, kNodeSize, [&below](std::uint32_t i) -> const Box& { return below[i].box; });
    // Parents need contiguous children: rewrite the level below in STR order.
    std::vector<Node> sorted;
    sorted.reserve(below.size());
    for (std::uint32_t i : order) sorted.push_back(below[i]);
    levels_.back() = sorted;
    std::vector<Node> above;
    for (std::size_t i = 0; i < sorted.size(); i += kNodeSize) {
      Node node{{}, static_cast<std::uint32_t>(i),
                static_cast<std::uint32_t>(std::min(kNodeSize, sorted.size() - i))};
      for (std::uint32_t k = 0; k < node.count; ++k) node.box.extend(sorted[i + k].box);
      above.push_back(node);
    }
    levels_.push_back(std::move(above));
  }
}

SpatialIndex SpatialIndex::of_layer(const Layer& layer) {
  std::vector<Box> boxes(layer.size());
  for (std::size_t f = 0; f < layer.size(); ++f) boxes[f] = layer.box(f);
  return SpatialIndex(boxes);
}

std::vector<std::uint32_t> SpatialIndex::query(const Box& box) const {
  std::vector<std::uint32_t> found;
  query(box, [&found](std::uint32_t i) { found.push_back(i); });
  return found;
}

}  // namespace landplan
