// Greedy label placement; a uniform grid of placed boxes keeps it linear in the label count.
#include "viewer/label_placement.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace landplan::viewer {
namespace {

// Candidates in order of preference: centred for areas and lines (then nudged up or down);
// right, left, above, below a point symbol, as cartographers rank them.
std::vector<Rect> candidates(const LabelRequest& r) {
  double w = r.width, h = r.height, x = r.anchor.x, y = r.anchor.y;
  if (r.offset < 0) {
    // Nudged a little more than a line up or down, so a nudged label clears a centred one.
    return {{x - w / 2, y - h / 2, w, h},
            {x - w / 2, y - 1.75 * h, w, h},
            {x - w / 2, y + 0.75 * h, w, h}};
  }
  double d = r.offset;
  return {{x + d, y - h / 2, w, h},
          {x - d - w, y - h / 2, w, h},
          {x - w / 2, y - d - h, w, h},
          {x - w / 2, y + d, w, h}};
}

class Occupancy {
 public:
  explicit Occupancy(double cell) : cell_(cell) {}
  bool free(const Rect& r) const {
    bool ok = true;
    visit(r, [&](std::int64_t key) {
      auto it = cells_.find(key);
      if (it == cells_.end()) return;
      for (const Rect& other : it->second)
        if (other.intersects(r)) ok = false;
    });
    return ok;
  }
  void add(const Rect& r) {
    visit(r, [&](std::int64_t key) { cells_[key].push_back(r); });
  }

 private:
  template <class F>
  void visit(const Rect& r, F f) const {
    auto x0 = static_cast<std::int64_t>(std::floor(r.x / cell_));
    auto x1 = static_cast<std::int64_t>(std::floor((r.x + r.w) / cell_));
    auto y0 = static_cast<std::int64_t>(std::floor(r.y / cell_));
    auto y1 = static_cast<std::int64_t>(std::floor((r.y + r.h) / cell_));
    for (auto gy = y0; gy <= y1; ++gy)
      for (auto gx = x0; gx <= x1; ++gx) f(gy * 1'000'003 + gx);
  }
  double cell_;
  std::unordered_map<std::int64_t, std::vector<Rect>> cells_;
};

Rect padded(const Rect& r, double p) {
  return {r.x - p, r.y - p, r.w + 2 * p, r.h + 2 * p};
}

}  // namespace

std::vector<PlacedLabel> place_labels(std::vector<LabelRequest> requests, Rect screen,
                                      const std::vector<Rect>& obstacles, double padding) {
  std::stable_sort(
      requests.begin(), requests.end(),
      [](const LabelRequest& a, const LabelRequest& b) { return a.priority < b.priority; });
  Occupancy occupied(64.0);
  for (const Rect& o : obstacles) occupied.add(o);
  std::vector<PlacedLabel> placed;
  for (const LabelRequest& request : requests) {
    for (const Rect& box : candidates(request)) {
      if (!screen.contains(box) || !occupied.free(padded(box, padding / 2))) continue;
      occupied.add(padded(box, padding / 2));
      placed.push_back({request.id, box});
      break;
    }
  }
  return placed;
}

}  // namespace landplan::viewer
