// Label placement without overlaps: greedy by priority, a few candidate positions per label,
// in screen pixels. Text is measured by the caller, so this needs no font and no window.
#pragma once

#include <cstddef>
#include <vector>

#include "viewer/view_transform.hpp"

namespace landplan::viewer {

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;  // top-left corner and size, pixels
  bool intersects(const Rect& o) const {
    return x < o.x + o.w && o.x < x + w && y < o.y + h && o.y < y + h;
  }
  bool contains(const Rect& o) const {
    return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
  }
};

struct LabelRequest {
  std::size_t id = 0;  // the caller's, returned with the placement
  Point2 anchor;       // screen position of the feature's label point
  double width = 0;    // text box, pixels
  double height = 0;
  int priority = 0;    // lower is placed first (villages before wells)
  double offset = -1;  // < 0: centred on the anchor (areas, lines); ≥ 0: beside a point symbol
};

struct PlacedLabel {
  std::size_t id = 0;
  Rect box;  // where the text goes
};

// Places what fits inside `screen` without touching placed labels or `obstacles` (legend,
// title, scale bar), keeping `padding` pixels between labels. Deterministic for equal input.
std::vector<PlacedLabel> place_labels(std::vector<LabelRequest> requests, Rect screen,
                                      const std::vector<Rect>& obstacles, double padding = 3.0);

}  // namespace landplan::viewer
