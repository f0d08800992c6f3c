// Labels through the shared placement.
#include "map_labels.hpp"

#include "viewer/label_candidates.hpp"

namespace landplan::print {

std::size_t draw_map_labels(const Ink& ink, const viewer::MapModel& map,
                            const viewer::ViewTransform& view, const Rect& screen,
                            const std::vector<Rect>& obstacles) {
  float ui = static_cast<float>(ink.ui);
  std::vector<viewer::LabelCandidate> candidates = viewer::label_candidates(map, view, ui);
  std::vector<Text> texts;
  std::vector<Point2> sizes;
  for (const viewer::LabelCandidate& c : candidates) {
    Text t = make_text(ink, c.anchor->text, c.size);
    // As SFML measures outlined text: the halo is part of the box.
    sizes.push_back({t.w + 2 * c.halo_width, t.h + 2 * c.halo_width});
    texts.push_back(std::move(t));
  }
  std::vector<viewer::PlacedLabel> placed =
      viewer::place_label_candidates(candidates, sizes, screen, obstacles, ui);
  double inset = viewer::label_inset(ui);
  for (const viewer::PlacedLabel& p : placed) {
    const viewer::LabelCandidate& c = candidates[p.id];
    draw_text(ink, texts[p.id], p.box.x + inset + c.halo_width, p.box.y + inset + c.halo_width,
              c.colour, c.halo_width, viewer::kLabelHalo);
  }
  return placed.size();
}

}  // namespace landplan::print
