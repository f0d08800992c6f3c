// The map's labels on Cairo: the window's candidates and placement (viewer/label_candidates.hpp),
// measured with Pango, drawn as text with a white halo.
#pragma once

#include <vector>

#include "drawing.hpp"
#include "viewer/map_model.hpp"

namespace landplan::print {

// Places and draws the labels of `view` inside `screen` (view pixels) off `obstacles`; returns
// how many were placed.
std::size_t draw_map_labels(const Ink& ink, const viewer::MapModel& map,
                            const viewer::ViewTransform& view, const Rect& screen,
                            const std::vector<Rect>& obstacles);

}  // namespace landplan::print
