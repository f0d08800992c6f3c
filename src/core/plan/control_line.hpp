// A control line (永久基本农田, 生态保护红线, 城镇开发边界) against a layer of candidate polygons:
// the line's polygons near them merged into one, so that the line's own overlaps count once, and
// what of each candidate lies inside it.
#pragma once

#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/ops/overlay.hpp"

namespace landplan::plan {

struct ControlLineOverlap {
  Layer zone;           // the line's polygons whose boxes meet a candidate's, dissolved: 1 feature
  ops::Overlap inside;  // candidates × zone with geometry: one piece per candidate meeting it
  std::vector<double> inside_m2;  // per candidate feature, 0 where it does not meet the line
};

// Throws InputError naming `line` when it is not a polygon layer. Only the line's features near
// a candidate are merged, so a county's line costs what its part around the candidates costs.
ControlLineOverlap control_line_overlap(const Layer& line, const Layer& candidates,
                                        ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
