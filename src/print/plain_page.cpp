// The plain map image, laid out as the window's decorations (cartography.cpp): title panel at the
// top centre, north arrow top right, legend bottom right, scale bar bottom left, 12 px from the
// edges.
#include <algorithm>

#include "furniture.hpp"
#include "map_labels.hpp"
#include "map_layers.hpp"
#include "pages.hpp"
#include "viewer/format.hpp"
#include "viewer/north.hpp"
#include "viewer/scale_bar.hpp"

namespace landplan::print {
namespace {

using viewer::ViewTransform;

// The box fitted into the part of the image left of `reserved_right` units, centred there, so
// the legend's panel covers none of the data.
ViewTransform fit_beside(const Box& box, double width, double height, double reserved_right,
                         double margin) {
  auto w = static_cast<unsigned>(width), h = static_cast<unsigned>(height);
  auto usable = static_cast<unsigned>(std::max(16.0, width - reserved_right));
  ViewTransform fitted = ViewTransform::fit(box, usable, h, margin);
  Point2 centre = fitted.centre();
  centre.x += (width - usable) / 2.0 * fitted.metres_per_pixel();
  return ViewTransform(centre, fitted.metres_per_pixel(), w, h);
}

Rect draw_title(const Ink& ink, const viewer::MapModel& map, const std::string& title,
                const Rect& area) {
  double ui = ink.ui;
  Text big = make_text(ink, title, 26 * ui, true);
  std::string crs = map.crs.empty() ? "" : map.crs.label() + " · " + map.crs.name();
  Text sub = make_text(ink, crs, 12 * ui);
  double pad = 10 * ui, gap = 6 * ui;
  double w = std::max(big.w, sub.w) + 2 * pad, h = big.h + sub.h + gap + 2 * pad;
  Rect box{area.x + (area.w - w) / 2, area.y + 10 * ui, w, h};
  panel(ink, box);
  draw_text(ink, big, box.x + (w - big.w) / 2, box.y + pad, kInk);
  draw_text(ink, sub, box.x + (w - sub.w) / 2, box.y + pad + big.h + gap,
            sf::Color(90, 90, 90));
  return box;
}

Rect draw_scale_bar(const Ink& ink, const ViewTransform& view, double dpi, const Rect& area) {
  double ui = ink.ui;
  viewer::ScaleBar bar = viewer::scale_bar(view.metres_per_pixel(), 180.0 * ui);
  Text zero = make_text(ink, "0", 12 * ui), end = make_text(ink, bar.label, 12 * ui);
  Text ratio = make_text(
      ink,
      "比例尺 " + viewer::format_scale(viewer::scale_denominator(view.metres_per_pixel(), dpi)),
      12 * ui);
  double pad = 10 * ui, bar_h = 6 * ui, text_h = 14 * ui;
  double w = std::max(bar.length_px + end.w + 2 * pad, ratio.w + 2 * pad);
  double h = 2 * pad + text_h + 4 * ui + bar_h + text_h + 6 * ui;
  Rect box{area.x + 12 * ui, area.y + area.h - h - 12 * ui, w, h};
  panel(ink, box);
  double x0 = box.x + pad, y_bar = box.y + pad + text_h + 4 * ui;
  draw_scale_blocks(ink, bar, x0, y_bar, bar_h);
  draw_text(ink, zero, x0 - zero.w / 2, box.y + pad, kInk);
  draw_text(ink, end, x0 + bar.length_px - end.w / 2, box.y + pad, kInk);
  draw_text(ink, ratio, x0, y_bar + bar_h + 6 * ui, kInk);
  return box;
}

}  // namespace

std::string title_of(const viewer::MapModel& map, const SheetOptions& o) {
  if (!o.title.empty()) return o.title;
  if (!map.project.map.title.empty()) return map.project.map.title;
  return map.title;
}

SheetResult draw_plain_page(const Ink& ink, const viewer::MapModel& map, const SheetOptions& o,
                            double width, double height) {
  cairo_t* cr = ink.cr;
  double ui = ink.ui;
  Rect area{0, 0, width, height};
  cairo_rectangle(cr, 0, 0, width, height);
  set_colour(cr, viewer::kBackground);
  cairo_fill(cr);
  Legend legend = make_legend(ink, map);
  bool has_legend = o.decorations && !legend.rows.empty();
  double reserved = has_legend ? legend.w + 2 * 12 * ui : 0.0;
  // A --bbox is shown edge to edge as asked; the whole map keeps a 5% margin, as the window;
  // centred as the window shows it, unless that puts data under the legend.
  const Box& wanted = o.bbox ? *o.bbox : map.extent;
  double margin = o.bbox ? 0.0 : 0.05;
  ViewTransform view = fit_beside(wanted, width, height, 0.0, margin);
  if (has_legend) {
    Point2 a = view.to_screen({wanted.minx, wanted.maxy}), b = view.to_screen({wanted.maxx, wanted.miny});
    Rect data{a.x, a.y, b.x - a.x, b.y - a.y};
    Rect under{width - legend.w - 12 * ui, height - legend.h - 12 * ui, legend.w, legend.h};
    if (data.intersects(under)) view = fit_beside(wanted, width, height, reserved, margin);
  }
  LayerDrawing how;
  how.raster_cells_per_unit = 1.0;
  how.progress = o.progress;
  draw_map_layers(ink, map, view, how);
  std::vector<Rect> boxes;
  if (o.decorations) {
    boxes.push_back(draw_title(ink, map, title_of(map, o), area));
    if (has_legend) {
      Rect box{width - legend.w - 12 * ui, height - legend.h - 12 * ui, legend.w, legend.h};
      draw_legend(ink, legend, box.x, box.y, true);
      boxes.push_back(box);
    }
    boxes.push_back(draw_scale_bar(ink, view, o.dpi, area));
    Rect north{width - 44 * ui - 12 * ui, 12 * ui, 44 * ui, 64 * ui};
    panel(ink, north);
    draw_north_arrow(ink, north, viewer::true_north_degrees(map, view));
    boxes.push_back(north);
  }
  if (o.labels) draw_map_labels(ink, map, view, area, boxes);
  SheetResult result;
  result.scale = viewer::scale_denominator(view.metres_per_pixel(), o.dpi);
  result.extent = view.visible_box();
  return result;
}

}  // namespace landplan::print
