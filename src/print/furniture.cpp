// Legend, scale bar blocks and north arrow.
#include "furniture.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace landplan::print {
namespace {

void swatch(const Ink& ink, const viewer::LegendRow& row, const Rect& r) {
  cairo_t* cr = ink.cr;
  const viewer::MapLayer& layer = *row.layer;
  const viewer::LayerStyle& style = layer.style;
  double ui = ink.ui;
  double alpha = std::clamp(static_cast<double>(layer.opacity), 0.0, 1.0);
  sf::Color fill = *row.fill;
  double fill_alpha = fill.a == 0 ? 0 : alpha;
  double cy = r.y + r.h / 2;
  if (layer.data.kind == GeometryKind::line) {
    sf::Color c = style.categories.empty() ? style.outline.value_or(fill) : fill;
    cairo_move_to(cr, r.x, cy);
    cairo_line_to(cr, r.x + r.w, cy);
    cairo_set_line_width(cr, std::max(1.5 * ui, style.width * ui));
    set_colour(cr, c, alpha);
    cairo_stroke(cr);
  } else if (layer.data.kind == GeometryKind::point) {
    double radius = std::min(r.h / 2, style.size * ui / 2);
    if (style.outline) {
      cairo_arc(cr, r.x + r.w / 2, cy, radius + 1.5 * ui, 0, 2 * std::numbers::pi);
      set_colour(cr, *style.outline, alpha);
      cairo_fill(cr);
    }
    cairo_arc(cr, r.x + r.w / 2, cy, radius, 0, 2 * std::numbers::pi);
    set_colour(cr, fill, fill_alpha);
    cairo_fill(cr);
  } else {
    cairo_save(cr);
    cairo_rectangle(cr, r.x, r.y, r.w, r.h);
    cairo_clip(cr);
    cairo_rectangle(cr, r.x, r.y, r.w, r.h);
    if (style.hatch) {  // the map's hatching: a faint tint under 45° stripes
      set_colour(cr, fill, fill_alpha * 0.18);
      cairo_fill(cr);
      double step = 9.0 * ui * std::numbers::sqrt2;
      for (double c = -r.h; c < r.w; c += step) {
        cairo_move_to(cr, r.x + c, r.y);
        cairo_line_to(cr, r.x + c + r.h, r.y + r.h);
      }
      cairo_set_line_width(cr, 2.0 * ui);
      set_colour(cr, fill, fill_alpha);
      cairo_stroke(cr);
    } else {
      set_colour(cr, fill, fill_alpha);
      cairo_fill(cr);
    }
    cairo_restore(cr);
    if (style.outline) {
      double w = std::max(1.0 * ui, std::min(2.0 * ui, style.width * ui));
      cairo_rectangle(cr, r.x + w / 2, r.y + w / 2, r.w - w, r.h - w);
      cairo_set_line_width(cr, w);
      set_colour(cr, *style.outline, alpha);
      cairo_stroke(cr);
    }
  }
}

}  // namespace

Legend make_legend(const Ink& ink, const viewer::MapModel& map, double text_size, double max_h) {
  Legend legend;
  legend.rows = viewer::legend_rows(map);
  double ui = legend.ui = ink.ui;
  legend.text_size = text_size;
  double k = text_size / 13.0;  // the window's legend is laid out for 13 px text
  legend.heading = make_text(ink, "图例", 15 * k * ui, true);
  double pad = 10 * k * ui, row_h = 19 * k * ui, swatch_w = 24 * k * ui, indent = 12 * k * ui;
  double head_h = 24 * k * ui;
  std::size_t n = legend.rows.size();
  std::size_t columns = 1;
  if (max_h > 0)
    while (columns < n && pad * 2 + head_h + row_h * std::ceil(double(n) / columns) > max_h)
      ++columns;
  legend.per_column = std::max<std::size_t>(1, (n + columns - 1) / columns);
  double text_w = legend.heading.w;
  for (const viewer::LegendRow& row : legend.rows) {
    Text t = make_text(ink, row.text, text_size * ui);
    double x = (row.indent ? indent : 0) + (row.fill ? swatch_w + 8 * k * ui : 0);
    text_w = std::max(text_w, x + t.w);
    legend.texts.push_back(std::move(t));
  }
  legend.column_w = text_w + 2 * pad;
  legend.w = legend.column_w * columns;
  legend.h = pad * 2 + head_h + row_h * double(std::min(n, legend.per_column));
  return legend;
}

void draw_legend(const Ink& ink, const Legend& legend, double x0, double y0, bool on_panel) {
  double ui = legend.ui, k = legend.text_size / 13.0;
  double pad = 10 * k * ui, row_h = 19 * k * ui, swatch_w = 24 * k * ui, swatch_h = 13 * k * ui,
         indent = 12 * k * ui, head_h = 24 * k * ui;
  if (on_panel) panel(ink, {x0, y0, legend.w, legend.h}, 235);
  draw_text(ink, legend.heading, x0 + pad, y0 + pad, kInk);
  for (std::size_t i = 0; i < legend.rows.size(); ++i) {
    std::size_t column = i / legend.per_column, line = i % legend.per_column;
    double rx = x0 + column * legend.column_w + pad + (legend.rows[i].indent ? indent : 0);
    double y = y0 + pad + head_h + row_h * double(line);
    if (legend.rows[i].fill) {
      swatch(ink, legend.rows[i], {rx, y + (row_h - swatch_h) / 2 - 2 * k * ui, swatch_w, swatch_h});
      rx += swatch_w + 8 * k * ui;
    }
    // Centred on the row by the text's own height, whatever the font's ascent.
    const Text& t = legend.texts[i];
    draw_text(ink, t, rx, y + (row_h - t.h) / 2 - 2 * k * ui, kInk);
  }
}

void draw_scale_blocks(const Ink& ink, const viewer::ScaleBar& bar, double x0, double y,
                       double bar_h) {
  cairo_t* cr = ink.cr;
  // The bar's length is exactly bar.length_m at the map's scale: the segments share it out.
  for (int s = 0; s < bar.segments; ++s) {
    double a = x0 + bar.length_px * s / bar.segments,
           b = x0 + bar.length_px * (s + 1) / bar.segments;
    cairo_rectangle(cr, a, y, b - a, bar_h);
    set_colour(cr, s % 2 ? sf::Color::White : kInk);
    cairo_fill(cr);
  }
  double w = std::min(1.0, 0.5 * ink.ui);
  cairo_rectangle(cr, x0 + w / 2, y + w / 2, bar.length_px - w, bar_h - w);
  cairo_set_line_width(cr, w);
  set_colour(cr, kInk);
  cairo_stroke(cr);
}

void draw_north_arrow(const Ink& ink, const Rect& box, double degrees) {
  cairo_t* cr = ink.cr;
  double ui = box.w / 44;  // the window's arrow is 44 × 64 px
  Text north = make_text(ink, "北", 14 * ui);
  draw_text(ink, north, box.x + (box.w - north.w) / 2, box.y + 5 * ui, kInk);
  cairo_save(cr);
  cairo_translate(cr, box.x + box.w / 2, box.y + box.h * 0.62);
  cairo_rotate(cr, degrees * std::numbers::pi / 180.0);
  // The classic two-tone arrow: the west half dark, the east half white with a dark edge.
  double len = 18 * ui, half = 8 * ui;
  cairo_move_to(cr, 0, -len);
  cairo_line_to(cr, -half, len * 0.8);
  cairo_line_to(cr, 0, len * 0.35);
  cairo_close_path(cr);
  set_colour(cr, kInk);
  cairo_fill(cr);
  cairo_move_to(cr, 0, -len);
  cairo_line_to(cr, half, len * 0.8);
  cairo_line_to(cr, 0, len * 0.35);
  cairo_close_path(cr);
  set_colour(cr, sf::Color::White);
  cairo_fill(cr);
  cairo_move_to(cr, 0, -len);
  cairo_line_to(cr, half, len * 0.8);
  cairo_line_to(cr, 0, len * 0.35);
  cairo_line_to(cr, -half, len * 0.8);
  cairo_close_path(cr);
  cairo_set_line_width(cr, 1.2 * ui);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  set_colour(cr, kInk);
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace landplan::print
