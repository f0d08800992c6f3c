// What the print library's drawing functions share: a Cairo context with the font family and the
// ui scale (drawing units per pixel at 96 dpi), colours, panels and text through Pango.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <SFML/Graphics/Color.hpp>
#include <memory>
#include <string>

#include "viewer/label_placement.hpp"
#include "viewer/view_transform.hpp"

namespace landplan::print {

using viewer::Point2;
using viewer::Rect;

struct Ink {
  cairo_t* cr = nullptr;
  std::string family;  // Pango font family (the CJK font, registered with fontconfig)
  double ui = 1.0;     // drawing units per pixel at 96 dpi: text, lines and symbols scale by it
};

inline const sf::Color kInk(34, 34, 34);

// `c` as the source; `alpha` (0..1) replaces its own alpha when ≥ 0.
void set_colour(cairo_t* cr, sf::Color c, double alpha = -1.0);

// A white panel with a grey edge drawn inside `r`, as the window's decorations have.
void panel(const Ink& ink, const Rect& r, std::uint8_t fill_alpha = 225);

// One line of text in `size` drawing units (the em height, as SFML's character size).
struct Text {
  std::unique_ptr<PangoLayout, void (*)(void*)> layout{nullptr, g_object_unref};
  double ink_x = 0, ink_y = 0;  // ink box relative to the layout's origin
  double w = 0, h = 0;          // ink box size
};
// With `wrap_width` > 0 the text wraps to lines of at most that width (units).
Text make_text(const Ink& ink, const std::string& utf8, double size, bool bold = false,
               double wrap_width = 0);
// Draws `t` with its ink box's top-left at (x, y); a halo of `halo` units around the glyphs
// first (a path), then the glyphs as text, so a PDF's text can be selected and searched.
void draw_text(const Ink& ink, const Text& t, double x, double y, sf::Color colour,
               double halo = 0.0, sf::Color halo_colour = sf::Color::White);

// The Pango family of `font_file` ("" = the CJK font fontconfig finds), registered with
// fontconfig for this process. Throws InputError when there is none.
std::string font_family(const std::string& font_file);

}  // namespace landplan::print
