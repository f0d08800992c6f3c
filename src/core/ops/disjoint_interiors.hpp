// Proving from the flat arrays, without GEOS, that two neighbouring parcels only share edges
// (internal to ops): the common case of a land-use layer, where GEOS would otherwise intersect
// every pair of neighbours to find a line of area 0.
#pragma once

#include <cstddef>
#include <vector>

#include "landplan/layer.hpp"

namespace landplan::ops::detail {

// Decides, with exact predicates (a filtered orientation test that gives up rather than guess),
// whether the interiors of two valid polygon features are disjoint because:
// - their boundaries meet only in common vertices and in common edges that the two run in
//   opposite directions (each with its interior on its own side), and
// - no other edge of either lies inside the other.
// False means "not proven" (they overlap, touch inside an edge, share an edge run the same way,
// or the arithmetic cannot tell): the caller asks GEOS. One per thread: it keeps its buffers.
class DisjointInteriors {
 public:
  bool proven(const Layer& layer, std::size_t a, std::size_t b);

  struct Edge {
    double px, py, qx, qy;  // from p to q, the feature's interior on the left
    bool shared = false;
  };

 private:
  std::vector<Edge> edges_a_, edges_b_;
};

}  // namespace landplan::ops::detail
