// Rule conflicts as result layers.
#include "viewer/conflicts.hpp"

#include "landplan/ops/overlay.hpp"

namespace landplan::viewer {

std::size_t add_rule_conflicts(MapModel& map) {
  std::size_t added = 0;
  std::vector<Rule> rules = map.project.rules;  // add_result_layer grows map.layers
  for (const Rule& rule : rules) {
    if (rule.kind != RuleKind::forbid_overlap || rule.layers.size() != 2) continue;
    const LayerSpec* a_spec = map.project.find_layer(rule.layers[0]);
    const LayerSpec* b_spec = map.project.find_layer(rule.layers[1]);
    const MapLayer* a = a_spec ? map.find(a_spec->key) : nullptr;
    const MapLayer* b = b_spec ? map.find(b_spec->key) : nullptr;
    if (!a || !b || a->data.kind != GeometryKind::polygon || b->data.kind != GeometryKind::polygon)
      continue;
    ops::OverlapOptions options;
    options.keep_geometry = true;
    ops::Overlap overlap = ops::overlap(a->data, b->data, options, map.warnings);
    if (overlap.pieces.empty()) continue;
    Layer result = ops::overlap_layer(std::move(overlap), a->data, b->data);
    result.name = "conflict:" + rule.name;
    add_result_layer(map, std::move(result), "冲突：" + rule.name, sf::Color(211, 47, 47));
    ++added;
  }
  return added;
}

}  // namespace landplan::viewer
