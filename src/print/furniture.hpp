// The map's furniture on Cairo, sized in pixels at 96 dpi × ink.ui as the window's (cartography.cpp,
// legend.cpp): the legend's rows (viewer/legend_rows.hpp) with swatches drawn as the map draws each
// layer, the alternating scale bar of round length (viewer/scale_bar.hpp) and the two-tone north
// arrow turned to true north (viewer/north.hpp). The plain image and the sheet place them.
#pragma once

#include <vector>

#include "drawing.hpp"
#include "viewer/legend_rows.hpp"
#include "viewer/map_model.hpp"
#include "viewer/scale_bar.hpp"

namespace landplan::print {

struct Legend {
  std::vector<viewer::LegendRow> rows;
  std::vector<Text> texts;
  Text heading;
  double ui = 1, text_size = 13;
  std::size_t per_column = 0;  // rows in each column
  double column_w = 0;         // one column's width, padding included
  double w = 0, h = 0;         // the whole block
};

// The legend of `map` with rows of `text_size` px (×ui), in as many columns as keep it within
// `max_h` (0 = one column).
Legend make_legend(const Ink& ink, const viewer::MapModel& map, double text_size = 13,
                   double max_h = 0);
// Draws it with its top-left at (x, y), on a panel when `on_panel`.
void draw_legend(const Ink& ink, const Legend& legend, double x, double y, bool on_panel);

// The alternating blocks of `bar` from (x, y), `bar_h` high.
void draw_scale_blocks(const Ink& ink, const viewer::ScaleBar& bar, double x, double y,
                       double bar_h);

// The arrow with "北" above it inside `box`, turned `degrees` clockwise from up.
void draw_north_arrow(const Ink& ink, const Rect& box, double degrees);

}  // namespace landplan::print
