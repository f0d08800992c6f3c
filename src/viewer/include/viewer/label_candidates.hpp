// Which labels a view asks for and how they look, window-free: the anchors in view, their size,
// colour and priority by the layer's role, and (once the caller has measured the text with its
// own fonts) their placement without overlaps. The window (SFML) and the printed sheet (Pango)
// both go through this, so they name the same features the same way.
#pragma once

#include <SFML/Graphics/Color.hpp>
#include <vector>

#include "viewer/label_placement.hpp"
#include "viewer/map_model.hpp"

namespace landplan::viewer {

struct LabelCandidate {
  const LabelAnchor* anchor = nullptr;
  Point2 screen;     // the anchor on screen
  float size = 12;   // text size, pixels (ui scale applied)
  sf::Color colour;  // text; a white halo of halo_width goes around it
  float halo_width = 2;
  int priority = 0;    // lower is placed first
  double offset = -1;  // as LabelRequest::offset
};

// The labels of visible layers whose anchors are in view, skipping areas too small to see.
std::vector<LabelCandidate> label_candidates(const MapModel& map, const ViewTransform& view,
                                             float ui_scale);

// Places candidates[i] with its text's ink box `text_sizes[i]` (w, h pixels): the placed ids
// index the candidates, and the text's ink goes at the box's corner + label_inset(ui_scale).
std::vector<PlacedLabel> place_label_candidates(const std::vector<LabelCandidate>& candidates,
                                                const std::vector<Point2>& text_sizes,
                                                Rect screen, const std::vector<Rect>& obstacles,
                                                float ui_scale);
double label_inset(float ui_scale);

inline const sf::Color kLabelHalo(255, 255, 255, 235);

}  // namespace landplan::viewer
