// Layers on Cairo. Features are visited through the spatial index, in feature order (the order
// the window's meshes draw them), and consecutive features of one colour share one fill.
#include "map_layers.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "viewer/overview_raster.hpp"

namespace landplan::print {
namespace {

using viewer::LayerStyle;
using viewer::MapLayer;
using viewer::ViewTransform;

// As the window: outlines of a large layer only once its features are this many pixels across.
constexpr double kOutlineMinFeaturePx = 8.0;

double opacity_of(const MapLayer& layer) {
  return std::clamp(static_cast<double>(layer.opacity), 0.0, 1.0);
}

std::vector<std::uint32_t> features_in(const MapLayer& layer, const Box& box) {
  std::vector<std::uint32_t> out = layer.index.query(box);
  std::sort(out.begin(), out.end());
  return out;
}

void add_rings(cairo_t* cr, const Layer& data, std::uint32_t f, const ViewTransform& view,
               bool close) {
  auto [first, last] = data.parts(f);
  for (std::size_t p = first; p < last; ++p) {
    auto [r0, r1] = data.rings(p);
    for (std::size_t r = r0; r < r1; ++r) {
      landplan::RingView ring = data.ring(r);
      for (std::size_t i = 0; i < ring.size; ++i) {
        Point2 s = view.to_screen({ring.x(i), ring.y(i)});
        if (i == 0)
          cairo_move_to(cr, s.x, s.y);
        else
          cairo_line_to(cr, s.x, s.y);
      }
      if (close) cairo_close_path(cr);
    }
  }
}

// The window's hatch shader on Cairo: the fill at 18% over 45° stripes 9 px apart, 2 px wide,
// fixed to the screen (x − y constant, as gl_FragCoord's x + y with y up).
void hatch(const Ink& ink, const Rect& area, sf::Color colour, double opacity) {
  cairo_t* cr = ink.cr;
  cairo_save(cr);
  cairo_clip_preserve(cr);
  set_colour(cr, colour, opacity * 0.18);
  cairo_fill(cr);
  double step = 9.0 * ink.ui * std::numbers::sqrt2;  // along x, between stripes
  for (double c = std::floor((area.x - area.y - area.h) / step) * step; c < area.x + area.w - area.y;
       c += step) {
    cairo_move_to(cr, c + area.y, area.y);
    cairo_line_to(cr, c + area.y + area.h, area.y + area.h);
  }
  set_colour(cr, colour, opacity);
  cairo_set_line_width(cr, 2.0 * ink.ui);
  cairo_stroke(cr);
  cairo_restore(cr);
}

bool filled(const MapLayer& layer) {
  return layer.style.fill || !layer.style.categories.empty();
}

// A large layer zoomed out past its overview's texel: a raster of the view, as the window's
// overview texture, painted on the CPU by the same scanline fill.
void draw_from_raster(const Ink& ink, const MapLayer& layer, const ViewTransform& view,
                      double cells_per_unit) {
  Box box = view.visible_box();
  Box extent = layer.data.extent();
  box = {std::max(box.minx, extent.minx), std::max(box.miny, extent.miny),
         std::min(box.maxx, extent.maxx), std::min(box.maxy, extent.maxy)};
  if (box.empty()) return;
  double cell_m = view.metres_per_pixel() / cells_per_unit;
  viewer::Raster raster = viewer::rasterise(
      layer.data, [&layer](std::size_t f) { return layer.style.fill_of(f); }, box, cell_m, 2);
  cairo_surface_t* image =
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(raster.width),
                                 static_cast<int>(raster.height));
  cairo_surface_flush(image);
  unsigned char* data = cairo_image_surface_get_data(image);
  int stride = cairo_image_surface_get_stride(image);
  // Raster texels are premultiplied RGBA bytes; Cairo's ARGB32 is premultiplied native words.
  for (unsigned y = 0; y < raster.height; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(data + std::size_t(y) * stride);
    for (unsigned x = 0; x < raster.width; ++x) {
      const std::uint8_t* p = &raster.rgba[4 * (std::size_t(y) * raster.width + x)];
      row[x] = std::uint32_t(p[3]) << 24 | std::uint32_t(p[0]) << 16 | std::uint32_t(p[1]) << 8 |
               p[2];
    }
  }
  cairo_surface_mark_dirty(image);
  cairo_t* cr = ink.cr;
  cairo_save(cr);
  Point2 corner = view.to_screen({box.minx, box.maxy});
  cairo_translate(cr, corner.x, corner.y);
  cairo_scale(cr, 1.0 / cells_per_unit, 1.0 / cells_per_unit);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST);
  cairo_paint_with_alpha(cr, opacity_of(layer));
  cairo_restore(cr);
  cairo_surface_destroy(image);
}

void draw_polygons(const Ink& ink, const MapLayer& layer, const ViewTransform& view,
                   const LayerDrawing& how) {
  cairo_t* cr = ink.cr;
  const LayerStyle& style = layer.style;
  double mpp = view.metres_per_pixel() / ink.ui;  // metres per pixel at 96 dpi
  double opacity = opacity_of(layer);
  bool from_raster = layer.is_large() && filled(layer) && mpp >= layer.overview_texel_m;
  bool outlines = style.outline && style.width > 0 &&
                  (!layer.is_large() || layer.typical_feature_m / mpp >= kOutlineMinFeaturePx);
  if (from_raster) draw_from_raster(ink, layer, view, how.raster_cells_per_unit);
  if (from_raster && !outlines) return;
  std::vector<std::uint32_t> features = features_in(layer, view.visible_box());
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  if (!from_raster && filled(layer)) {
    Rect screen{0, 0, double(view.width()), double(view.height())};
    for (std::size_t k = 0; k < features.size();) {
      sf::Color colour = style.fill_of(features[k]);
      std::size_t end = k;
      for (; end < features.size() && style.fill_of(features[end]) == colour; ++end)
        add_rings(cr, layer.data, features[end], view, true);
      if (style.hatch) {
        hatch(ink, screen, colour, opacity);
      } else {
        set_colour(cr, colour, opacity);
        cairo_fill(cr);
      }
      k = end;
    }
  }
  if (!outlines) return;
  for (std::uint32_t f : features) add_rings(cr, layer.data, f, view, true);
  set_colour(cr, *style.outline, opacity);
  cairo_set_line_width(cr, std::max(1.0 * ink.ui, style.width * ink.ui));
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke(cr);
}

void draw_lines(const Ink& ink, const MapLayer& layer, const ViewTransform& view) {
  cairo_t* cr = ink.cr;
  const LayerStyle& style = layer.style;
  double width = style.width * ink.ui;
  cairo_set_line_width(cr, width <= 1.5 * ink.ui ? 1.0 * ink.ui : width);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  for (std::uint32_t f : features_in(layer, view.visible_box())) {
    sf::Color c = style.fill_of(f);
    if (style.feature_category.empty()) c = style.outline.value_or(c);
    add_rings(cr, layer.data, f, view, false);
    set_colour(cr, c, opacity_of(layer));
    cairo_stroke(cr);
  }
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
}

void draw_points(const Ink& ink, const MapLayer& layer, const ViewTransform& view) {
  cairo_t* cr = ink.cr;
  const LayerStyle& style = layer.style;
  double radius = style.size * ink.ui / 2;
  double margin = (radius + 2 * ink.ui) * view.metres_per_pixel();
  for (std::uint32_t f : features_in(layer, view.visible_box().grown(margin))) {
    auto [first, last] = layer.data.parts(f);
    for (std::size_t p = first; p < last; ++p) {
      landplan::RingView point = layer.data.ring(layer.data.rings(p).first);
      Point2 s = view.to_screen({point.x(0), point.y(0)});
      if (style.outline) {
        cairo_arc(cr, s.x, s.y, radius + 1.5 * ink.ui, 0, 2 * std::numbers::pi);
        set_colour(cr, *style.outline, opacity_of(layer));
        cairo_fill(cr);
      }
      cairo_arc(cr, s.x, s.y, radius, 0, 2 * std::numbers::pi);
      set_colour(cr, style.fill_of(f), opacity_of(layer));
      cairo_fill(cr);
    }
  }
}

}  // namespace

void draw_map_layers(const Ink& ink, const viewer::MapModel& map, const ViewTransform& view,
                     const LayerDrawing& how) {
  for (std::size_t l = 0; l < map.layers.size(); ++l) {
    const MapLayer& layer = map.layers[l];
    if (how.progress) how.progress(layer.title, double(l) / map.layers.size());
    if (!layer.visible || layer.opacity <= 0.0f) continue;
    switch (layer.data.kind) {
      case GeometryKind::polygon: draw_polygons(ink, layer, view, how); break;
      case GeometryKind::line: draw_lines(ink, layer, view); break;
      case GeometryKind::point: draw_points(ink, layer, view); break;
      case GeometryKind::none: break;
    }
  }
}

}  // namespace landplan::print
