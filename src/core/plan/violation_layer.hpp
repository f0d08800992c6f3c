// Where a rule is broken, as a layer: one feature per violation with its rule, kind, fids and
// amount, so the map can draw what the violations table lists.
#pragma once

#include <cstddef>
#include <cstdint>

#include "landplan/layer.hpp"
#include "landplan/plan/rules.hpp"

namespace landplan::plan {

class ViolationLayer {
 public:
  // An empty layer for `rule`'s violations, of `kind` geometry in `like`'s CRS.
  ViolationLayer(const Rule& rule, GeometryKind kind, const Layer& like);

  // Each adds one feature with `v`'s fields and the geometry named.
  void add_feature_of(const Violation& v, const Layer& layer, std::size_t feature);
  // The part of polygon feature `feature` outside the (polygonal) `container`.
  void add_outside(const Violation& v, const Layer& layer, std::size_t feature,
                   const Layer& container);
  // The shortest line between two features: a line of zero length where they meet.
  void add_shortest_line(const Violation& v, const Layer& a, std::size_t fa, const Layer& b,
                         std::size_t fb);

  Layer take() { return std::move(layer_); }

 private:
  std::int64_t next_fid() const { return static_cast<std::int64_t>(layer_.size()) + 1; }
  void add_fields(const Violation& v);

  Layer layer_;
};

}  // namespace landplan::plan
