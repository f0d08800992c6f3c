// What turns drawn layers into a map: labels in Chinese placed without overlaps, a title, a
// legend matching the styles, a scale bar with round numbers and a north arrow. Drawn with SFML
// in screen pixels, the same in the window and in `landplan render`.
#pragma once

#include <SFML/Graphics.hpp>
#include <optional>
#include <string>
#include <vector>

#include "viewer/label_placement.hpp"
#include "viewer/map_model.hpp"
#include "viewer/north.hpp"
#include "viewer/shaders.hpp"

namespace landplan::viewer {

struct Decorations {
  bool labels = true;
  bool title = true;
  bool legend = true;
  bool scale_bar = true;
  bool north_arrow = true;
  float ui_scale = 1.0f;            // dpi / 96: text, symbols and boxes grow with it
  std::optional<double> scale_dpi;  // when known (a PNG at --dpi), the bar also says 1:N
  Rect area;                        // where decorations may go, screen pixels
};

// Where each decoration went, for tests and for keeping labels off them.
struct DecorationLayout {
  std::optional<Rect> title, legend, scale_bar, north_arrow;
  double scale_bar_length_m = 0.0;   // what the bar says
  double scale_bar_length_px = 0.0;  // how long it is drawn
  std::vector<Rect> boxes() const;
};

class Cartography {
 public:
  // Loads the font (a CJK one from fontconfig when `font_file` is ""). Throws InputError when
  // no font with Chinese glyphs exists.
  explicit Cartography(const std::string& font_file = "");

  DecorationLayout draw_decorations(sf::RenderTarget& target, const MapModel& map,
                                    const ViewTransform& view, const Decorations& d,
                                    Shaders& shaders);
  // Returns how many labels were placed.
  std::size_t draw_labels(sf::RenderTarget& target, const MapModel& map, const ViewTransform& view,
                          const Decorations& d, const std::vector<Rect>& obstacles);

  const sf::Font& font() const { return font_; }
  const std::string& font_file() const { return font_file_; }

 private:
  Rect draw_title(sf::RenderTarget& target, const MapModel& map, const Decorations& d);
  std::optional<Rect> draw_legend(sf::RenderTarget& target, const MapModel& map,
                                  const Decorations& d, Shaders& shaders);
  Rect draw_scale_bar(sf::RenderTarget& target, const ViewTransform& view, const Decorations& d,
                      DecorationLayout& layout);
  Rect draw_north_arrow(sf::RenderTarget& target, const MapModel& map, const ViewTransform& view,
                        const Decorations& d);
  sf::Text text(const std::string& utf8, float size, sf::Color colour) const;

  std::string font_file_;
  sf::Font font_;
};

}  // namespace landplan::viewer
