// The two kinds of page sheet.cpp puts on a Cairo surface.
#pragma once

#include "drawing.hpp"
#include "paper.hpp"
#include "print/sheet.hpp"

namespace landplan::print {

// Today's `landplan render`: a map image `width` × `height` units (ink.ui = dpi / 96), the title,
// legend, scale bar and north arrow on panels over the map as the window shows them, and the map
// fitted beside the legend so the legend covers none of it.
SheetResult draw_plain_page(const Ink& ink, const viewer::MapModel& map, const SheetOptions& o,
                            double width, double height);

// A map sheet on `paper` at `units_per_mm` drawing units per millimetre (ink.ui = units per
// pixel at 96 dpi): title, a neat line with a coordinate grid, and outside the map frame the
// north arrow, legend, scale bar with 1:N and the notes.
SheetResult draw_sheet_page(const Ink& ink, const viewer::MapModel& map, const SheetOptions& o,
                            const Paper& paper, double units_per_mm);

// The sheet's title: the option, else [map] title, else the map's (project) name.
std::string title_of(const viewer::MapModel& map, const SheetOptions& o);

}  // namespace landplan::print
