// Colours, panels and Pango text on Cairo.
#include "drawing.hpp"

#include <fontconfig/fontconfig.h>

#include <map>
#include <mutex>

#include "landplan/error.hpp"
#include "viewer/cjk_font.hpp"

namespace landplan::print {

void set_colour(cairo_t* cr, sf::Color c, double alpha) {
  cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, alpha >= 0 ? alpha : c.a / 255.0);
}

void panel(const Ink& ink, const Rect& r, std::uint8_t fill_alpha) {
  cairo_t* cr = ink.cr;
  double w = 1.0 * ink.ui;
  cairo_rectangle(cr, r.x, r.y, r.w, r.h);
  set_colour(cr, sf::Color(255, 255, 255, fill_alpha));
  cairo_fill(cr);
  cairo_rectangle(cr, r.x + w / 2, r.y + w / 2, r.w - w, r.h - w);
  set_colour(cr, sf::Color(120, 120, 120));
  cairo_set_line_width(cr, w);
  cairo_stroke(cr);
}

Text make_text(const Ink& ink, const std::string& utf8, double size, bool bold,
               double wrap_width) {
  Text t;
  t.layout.reset(pango_cairo_create_layout(ink.cr));
  PangoLayout* layout = t.layout.get();
  // Metrics unhinted: what is measured is what a PDF at any zoom shows.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(pango_layout_get_context(layout), options);
  cairo_font_options_destroy(options);
  pango_layout_context_changed(layout);
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, ink.family.c_str());
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  if (wrap_width > 0) {
    pango_layout_set_width(layout, static_cast<int>(wrap_width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  }
  pango_layout_set_text(layout, utf8.c_str(), -1);
  PangoRectangle ink_rect, logical;
  pango_layout_get_extents(layout, &ink_rect, &logical);
  t.ink_x = ink_rect.x / double(PANGO_SCALE);
  t.ink_y = ink_rect.y / double(PANGO_SCALE);
  t.w = ink_rect.width / double(PANGO_SCALE);
  t.h = ink_rect.height / double(PANGO_SCALE);
  return t;
}

void draw_text(const Ink& ink, const Text& t, double x, double y, sf::Color colour, double halo,
               sf::Color halo_colour) {
  cairo_t* cr = ink.cr;
  double ox = x - t.ink_x, oy = y - t.ink_y;
  if (halo > 0) {
    cairo_move_to(cr, ox, oy);
    pango_cairo_layout_path(cr, t.layout.get());
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_width(cr, 2 * halo);
    set_colour(cr, halo_colour);
    cairo_stroke(cr);
  }
  cairo_move_to(cr, ox, oy);
  set_colour(cr, colour);
  pango_cairo_show_layout(cr, t.layout.get());
  cairo_new_path(cr);
}

std::string font_family(const std::string& font_file) {
  static std::mutex mutex;
  static std::map<std::string, std::string> known;  // file → family, registered once
  std::lock_guard<std::mutex> lock(mutex);
  std::string file = font_file.empty() ? viewer::find_cjk_font() : font_file;
  if (auto it = known.find(file); it != known.end()) return it->second;
  auto fail = [&] {
    throw InputError(file.empty() ? "fontconfig" : file,
                     "no font with Chinese glyphs could be loaded",
                     "install fonts-wqy-microhei (scripts/install-deps.sh)");
  };
  if (file.empty()) fail();
  int count = 0;
  FcPattern* pattern =
      FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(file.c_str()), 0, nullptr, &count);
  if (!pattern) fail();
  FcChar8* family = nullptr;
  std::string name;
  if (FcPatternGetString(pattern, FC_FAMILY, 0, &family) == FcResultMatch)
    name = reinterpret_cast<const char*>(family);
  FcPatternDestroy(pattern);
  // Pango finds fonts through fontconfig: a --font file outside its folders is added for this
  // process (before Pango's font map first reads the configuration).
  if (name.empty() || !FcConfigAppFontAddFile(FcConfigGetCurrent(),
                                              reinterpret_cast<const FcChar8*>(file.c_str())))
    fail();
  known[file] = name;
  return name;
}

}  // namespace landplan::print
