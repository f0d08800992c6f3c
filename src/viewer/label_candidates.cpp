// Label candidates by role, and their placement.
#include "viewer/label_candidates.hpp"

#include <algorithm>

#include "viewer/colour.hpp"

namespace landplan::viewer {
namespace {

const sf::Color kInk(34, 34, 34);

struct LabelStyle {
  int priority;
  float size;
  sf::Color colour;
};

LabelStyle label_style(const MapLayer& layer, Role role) {
  sf::Color outline = layer.style.outline.value_or(kInk);
  sf::Color ink = darker(outline, 0.35f);
  switch (role) {
    case Role::villages: return {0, 15, kInk};
    case Role::reservoir: return {1, 16, sf::Color(13, 61, 115)};
    case Role::relocation_sites: return {2, 13, ink};
    case Role::greenhouse_zones: return {3, 13, ink};
    case Role::roads: return {4, 12, sf::Color(70, 70, 70)};
    case Role::wells: return {5, 11, sf::Color(21, 101, 192)};
    case Role::parcels:
    case Role::basic_farmland:
    case Role::ecological_redline:
    case Role::development_boundary:
    case Role::village_boundaries:
    case Role::admin_boundary:
    case Role::farmland_supplement:
    case Role::other: break;
  }
  return {6, 12, kInk};
}

}  // namespace

std::vector<LabelCandidate> label_candidates(const MapModel& map, const ViewTransform& view,
                                             float ui) {
  Box visible = view.visible_box();
  std::vector<LabelCandidate> out;
  for (const MapLayer& layer : map.layers) {
    if (!layer.visible || layer.labels.empty()) continue;
    const LayerSpec* spec = map.project.find_layer(layer.key);
    LabelStyle style = label_style(layer, spec ? spec->role : Role::other);
    bool point = layer.data.kind == GeometryKind::point;
    for (const LabelAnchor& anchor : layer.labels) {
      if (anchor.at.x < visible.minx || anchor.at.x > visible.maxx || anchor.at.y < visible.miny ||
          anchor.at.y > visible.maxy)
        continue;
      const Box& b = layer.data.box(anchor.feature);
      // An area too small to see needs no name yet.
      if (layer.data.kind == GeometryKind::polygon &&
          std::max(b.width(), b.height()) / view.metres_per_pixel() < 8)
        continue;
      LabelCandidate c;
      c.anchor = &anchor;
      c.screen = view.to_screen(anchor.at);
      c.size = style.size * ui;
      c.colour = style.colour;
      c.halo_width = 2.0f * ui;
      c.priority = style.priority;
      c.offset = point ? layer.style.size * ui / 2 + 3 * ui : -1.0;
      out.push_back(c);
    }
  }
  return out;
}

double label_inset(float ui) {
  return 2 * ui;
}

std::vector<PlacedLabel> place_label_candidates(const std::vector<LabelCandidate>& candidates,
                                                const std::vector<Point2>& text_sizes,
                                                Rect screen, const std::vector<Rect>& obstacles,
                                                float ui) {
  std::vector<LabelRequest> requests;
  requests.reserve(candidates.size());
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    LabelRequest r;
    r.id = i;
    r.anchor = candidates[i].screen;
    r.width = text_sizes[i].x + 2 * label_inset(ui);
    r.height = text_sizes[i].y + 2 * label_inset(ui);
    r.priority = candidates[i].priority;
    r.offset = candidates[i].offset;
    requests.push_back(r);
  }
  return place_labels(std::move(requests), screen, obstacles, 4 * ui);
}

}  // namespace landplan::viewer
