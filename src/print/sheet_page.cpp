// A map sheet laid out as a Chinese thematic map (专题图): 图名 centred above the outer frame
// (外图廓); inside it the map in its neat line (内图廓) with the coordinate grid of the working
// CRS labelled in kilometres on all four sides; to the right, outside the map frame, the north
// arrow, the legend, the scale (1:N and a graphic bar) and the notes (坐标系, 投影, 高程基准,
// grid spacing, 制图单位, 制图日期). Lengths are in millimetres of paper until drawn.
#include <algorithm>
#include <cmath>

#include "furniture.hpp"
#include "landplan/error.hpp"
#include "map_labels.hpp"
#include "map_layers.hpp"
#include "pages.hpp"
#include "viewer/format.hpp"
#include "viewer/north.hpp"
#include "viewer/scale_bar.hpp"

namespace landplan::print {
namespace {

using viewer::ViewTransform;

constexpr double kPxPerMm = 96.0 / 25.4;  // the window's pixel, at 96 dpi

struct Mm {
  double u;  // drawing units per millimetre
  double operator()(double mm) const { return mm * u; }
};

void stroke_rect(cairo_t* cr, const Rect& r, double width, sf::Color colour) {
  cairo_rectangle(cr, r.x, r.y, r.w, r.h);
  cairo_set_line_width(cr, width);
  set_colour(cr, colour);
  cairo_stroke(cr);
}

void line(cairo_t* cr, double x0, double y0, double x1, double y1) {
  cairo_move_to(cr, x0, y0);
  cairo_line_to(cr, x1, y1);
}

// The grid in the map frame `frame` (units) and its labels outside the neat line.
void draw_grid(const Ink& ink, const Mm& mm, double f, const Rect& frame, const Box& extent,
               double interval) {
  cairo_t* cr = ink.cr;
  auto to_x = [&](double x) { return frame.x + (x - extent.minx) / extent.width() * frame.w; };
  auto to_y = [&](double y) { return frame.y + (extent.maxy - y) / extent.height() * frame.h; };
  double tick = mm(1.5 * f), gap = mm(1.0 * f), size = mm(2.6 * f);
  cairo_save(cr);
  cairo_rectangle(cr, frame.x, frame.y, frame.w, frame.h);
  cairo_clip(cr);
  for (double x = std::ceil(extent.minx / interval) * interval; x <= extent.maxx; x += interval)
    line(cr, to_x(x), frame.y, to_x(x), frame.y + frame.h);
  for (double y = std::ceil(extent.miny / interval) * interval; y <= extent.maxy; y += interval)
    line(cr, frame.x, to_y(y), frame.x + frame.w, to_y(y));
  cairo_set_line_width(cr, mm(0.12 * f));
  set_colour(cr, sf::Color(60, 60, 60, 150));
  cairo_stroke(cr);
  cairo_restore(cr);
  double last_right = -1e300;
  for (double x = std::ceil(extent.minx / interval) * interval; x <= extent.maxx; x += interval) {
    double sx = to_x(x);
    line(cr, sx, frame.y, sx, frame.y - tick);
    line(cr, sx, frame.y + frame.h, sx, frame.y + frame.h + tick);
    Text t = make_text(ink, grid_label(x, interval), size);
    if (sx - t.w / 2 < last_right + gap) continue;  // labels never touch
    last_right = sx + t.w / 2;
    draw_text(ink, t, sx - t.w / 2, frame.y - tick - gap - t.h, kInk);
    draw_text(ink, t, sx - t.w / 2, frame.y + frame.h + tick + gap, kInk);
  }
  double last_top = 1e300;
  for (double y = std::ceil(extent.miny / interval) * interval; y <= extent.maxy; y += interval) {
    double sy = to_y(y);
    line(cr, frame.x, sy, frame.x - tick, sy);
    line(cr, frame.x + frame.w, sy, frame.x + frame.w + tick, sy);
    Text t = make_text(ink, grid_label(y, interval), size);
    if (sy + t.h / 2 > last_top - gap) continue;
    last_top = sy - t.h / 2;
    draw_text(ink, t, frame.x - tick - gap - t.w, sy - t.h / 2, kInk);
    draw_text(ink, t, frame.x + frame.w + tick + gap, sy - t.h / 2, kInk);
  }
  cairo_set_line_width(cr, mm(0.15 * f));
  set_colour(cr, kInk);
  cairo_stroke(cr);
}

std::string interval_note(double interval) {
  if (interval >= 1000) return "公里网间距 " + viewer::format_length(interval) + "，坐标单位 km";
  return "坐标网间距 " + viewer::format_length(interval) + "，坐标单位 km";
}

}  // namespace

SheetResult draw_sheet_page(const Ink& ink, const viewer::MapModel& map, const SheetOptions& o,
                            const Paper& paper, double units_per_mm) {
  cairo_t* cr = ink.cr;
  Mm mm{units_per_mm};
  double W = paper.width_mm, H = paper.height_mm;
  // Type and lines grow with the paper from A3 (A4 keeps 85% of A3's, never smaller to read).
  double f = std::clamp(std::min(W, H) / 297.0, 0.85, 2.8);
  cairo_rectangle(cr, 0, 0, mm(W), mm(H));
  set_colour(cr, sf::Color::White);
  cairo_fill(cr);

  double margin = 10 * f, band = 15 * f, pad = 4 * f;
  Rect outer{margin, margin + band, W - 2 * margin, H - 2 * margin - band};  // mm
  // The right-hand column: as wide as the legend needs, within a fifth to a third of the frame.
  double legend_px = 3.0 * f * kPxPerMm;
  Legend legend = make_legend(ink, map, legend_px);
  double column = std::clamp(legend.w / mm.u + 2 * pad, 0.2 * outer.w, 0.34 * outer.w);
  double column_x = outer.x + outer.w - column;
  double inner_w = column - 2 * pad;

  // Notes and scale from the bottom of the column up; the legend gets what is left.
  std::vector<std::string> notes;
  if (std::string d = datum_note(map.crs); !d.empty()) notes.push_back("坐标系：" + d);
  if (std::string p = projection_note(map.crs); !p.empty()) notes.push_back("投影：" + p);
  const MapSheetInfo& info = map.project.map;
  if (!info.elevation.empty()) notes.push_back("高程基准：" + info.elevation);

  // The map frame, with room for the grid labels on all four sides.
  double label_size = 2.6 * f;
  Text widest = make_text(ink, "00000.00", mm(label_size));
  double label_w = widest.w / mm.u + 2.5 * f + 1.5 * f, label_h = label_size * 1.3 + 3.0 * f;
  Rect frame{outer.x + pad + label_w, outer.y + pad + label_h, 0, 0};
  frame.w = column_x - pad - label_w - frame.x;
  frame.h = outer.y + outer.h - pad - label_h - frame.y;
  if (frame.w < 20 || frame.h < 20)
    throw InputError("--paper", "leaves no room for the map", "use a larger paper size");

  Box wanted = o.bbox ? *o.bbox : map.extent;
  if (wanted.empty()) wanted = Box{0, 0, 1, 1};
  Point2 centre{(wanted.minx + wanted.maxx) / 2, (wanted.miny + wanted.maxy) / 2};
  double scale = o.scale ? *o.scale
                         : standard_scale_at_least(std::max(wanted.width() / frame.w,
                                                            wanted.height() / frame.h) *
                                                   1000.0 * 1.02);
  double mpu = scale / 1000.0 / mm.u;  // ground metres per drawing unit: exactly 1:scale
  auto view_w = static_cast<unsigned>(std::ceil(mm(frame.w)));
  auto view_h = static_cast<unsigned>(std::ceil(mm(frame.h)));
  if (mpu < ViewTransform::kMinMetresPerPixel || mpu > ViewTransform::kMaxMetresPerPixel)
    throw InputError("--scale", "1:" + viewer::format_number(scale, 0, false) +
                                    " is outside what can be drawn on this paper",
                     "give a scale between 1:100 and 1:10,000,000");
  ViewTransform view(centre, mpu, view_w, view_h);
  // The view's pixel grid is whole units; the frame is not: shift so the centres coincide.
  Rect frame_u{mm(frame.x), mm(frame.y), mm(frame.w), mm(frame.h)};
  double dx = frame_u.x + (frame_u.w - view_w) / 2.0, dy = frame_u.y + (frame_u.h - view_h) / 2.0;
  Box shown{centre.x - frame_u.w / 2 * mpu, centre.y - frame_u.h / 2 * mpu,
            centre.x + frame_u.w / 2 * mpu, centre.y + frame_u.h / 2 * mpu};

  // The map.
  cairo_save(cr);
  cairo_rectangle(cr, frame_u.x, frame_u.y, frame_u.w, frame_u.h);
  cairo_clip(cr);
  cairo_rectangle(cr, frame_u.x, frame_u.y, frame_u.w, frame_u.h);
  set_colour(cr, viewer::kBackground);
  cairo_fill(cr);
  cairo_translate(cr, dx, dy);
  LayerDrawing how;
  // PDF and SVG: a large layer seen from far out becomes a 300 dpi image, as the window's overview.
  how.raster_cells_per_unit = ink.ui < 1.0 ? 300.0 / 72.0 : 1.0;
  how.progress = o.progress;
  draw_map_layers(ink, map, view, how);
  cairo_restore(cr);
  double interval = grid_interval(scale, std::min(frame.w, frame.h));
  draw_grid(ink, mm, f, frame_u, shown, interval);
  notes.push_back(interval_note(interval));
  if (!info.unit.empty()) notes.push_back("制图单位：" + info.unit);
  if (!info.date.empty()) notes.push_back("制图日期：" + info.date);
  if (o.labels) {
    cairo_save(cr);
    cairo_rectangle(cr, frame_u.x, frame_u.y, frame_u.w, frame_u.h);
    cairo_clip(cr);
    cairo_translate(cr, dx, dy);
    draw_map_labels(ink, map, view, {frame_u.x - dx, frame_u.y - dy, frame_u.w, frame_u.h}, {});
    cairo_restore(cr);
  }
  stroke_rect(cr, frame_u, mm(0.2 * f), kInk);  // 内图廓

  // 图名 above the outer frame.
  Text title = make_text(ink, title_of(map, o), mm(8.0 * f), true);
  draw_text(ink, title, mm(W / 2) - title.w / 2, mm(margin + band / 2) - title.h / 2 - mm(1 * f),
            kInk);
  stroke_rect(cr, {mm(outer.x), mm(outer.y), mm(outer.w), mm(outer.h)}, mm(0.7 * f), kInk);
  line(cr, mm(column_x), mm(outer.y), mm(column_x), mm(outer.y + outer.h));
  cairo_set_line_width(cr, mm(0.25 * f));
  cairo_stroke(cr);

  if (o.decorations) {
    double cx = mm(column_x + pad), cw = mm(inner_w);
    // Notes, bottom up.
    double note_size = mm(2.8 * f), y = mm(outer.y + outer.h - pad);
    for (auto it = notes.rbegin(); it != notes.rend(); ++it) {
      Text t = make_text(ink, *it, note_size, false, cw);
      y -= t.h;
      draw_text(ink, t, cx, y, kInk);
      y -= note_size * 0.6;
    }
    // The scale: a graphic bar of round length and 1:N.
    y -= mm(3 * f);
    Text ratio = make_text(ink, "比例尺 1:" + viewer::format_number(scale, 0, false),
                           mm(3.6 * f), true);
    Text zero = make_text(ink, "0", note_size);
    viewer::ScaleBar bar = viewer::scale_bar(mpu, cw * 0.7);
    Text end = make_text(ink, bar.label, note_size);
    double bar_h = mm(1.6 * f);
    y -= ratio.h;
    draw_text(ink, ratio, cx + (cw - ratio.w) / 2, y, kInk);
    y -= mm(2.5 * f) + bar_h;
    double bar_x = cx + (cw - bar.length_px) / 2;
    draw_scale_blocks(ink, bar, bar_x, y, bar_h);
    y -= mm(1.0 * f) + zero.h;
    draw_text(ink, zero, bar_x - zero.w / 2, y, kInk);
    draw_text(ink, end, bar_x + bar.length_px - end.w / 2, y, kInk);
    double scale_top = y - mm(4 * f);
    // The north arrow at the top, then the legend, in as many columns as its space needs.
    double arrow_w = mm(12 * f), arrow_h = arrow_w * 64 / 44;
    Rect arrow{cx + (cw - arrow_w) / 2, mm(outer.y + pad), arrow_w, arrow_h};
    draw_north_arrow(ink, arrow, viewer::true_north_degrees(map, view));
    double legend_top = arrow.y + arrow.h + mm(3 * f);
    double room = scale_top - legend_top;
    if (legend.w > cw || legend.h > room) {
      legend = make_legend(ink, map, legend_px, room);
      if (legend.w > cw) legend = make_legend(ink, map, legend_px * cw / legend.w, room);
    }
    draw_legend(ink, legend, cx + (cw - legend.w) / 2, legend_top, false);
  }
  SheetResult result;
  result.scale = scale;
  result.extent = shown;
  return result;
}

}  // namespace landplan::print
