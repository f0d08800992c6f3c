// Paper, scales and the coordinate grid of a map sheet, as Chinese thematic maps (专题图) use them.
#pragma once

#include <string>

#include "landplan/crs.hpp"

namespace landplan::print {

struct Paper {
  double width_mm = 0, height_mm = 0;
};

// "A4".."A0" (ISO 216, portrait), optionally "-landscape"; any case. Throws InputError naming
// --paper otherwise.
Paper paper_of(const std::string& name);

// The smallest standard denominator ≥ `denominator` (1:500, 1:1000, 1:2000, 1:2500, 1:5000,
// 1:10000, 1:25000, 1:50000, 1:100000, …): a fitted scale is rounded up to one, so the extent
// still fits.
double standard_scale_at_least(double denominator);

// Grid spacing in metres for a sheet at 1:`denominator` whose map frame's shorter side is
// `short_side_mm`: 10 cm on paper as Chinese sheets' grids (1 km at 1:10000), rounded to 1, 2,
// 2.5 or 5 × 10ⁿ, and closer when fewer than three lines would cross the frame.
double grid_interval(double denominator, double short_side_mm);

// A grid line's label in kilometres with the decimals its spacing needs ("4700", "4700.2").
std::string grid_label(double metres, double interval_m);

// The sheet's 坐标系 and 投影 lines for the working CRS ("2000国家大地坐标系", "高斯-克吕格投影
// 3°带 中央经线 120°E"), "" when it cannot say.
std::string datum_note(const Crs& crs);
std::string projection_note(const Crs& crs);

}  // namespace landplan::print
