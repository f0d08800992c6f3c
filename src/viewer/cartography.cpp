// Title, scale bar, north arrow and labels; the legend is in legend.cpp.
#include "viewer/cartography.hpp"

#include <cmath>

#include "landplan/error.hpp"
#include "viewer/cjk_font.hpp"
#include "viewer/format.hpp"
#include "viewer/label_candidates.hpp"
#include "viewer/scale_bar.hpp"
#include "viewer/symbols.hpp"

namespace landplan::viewer {
namespace {

const sf::Color kInk(34, 34, 34);
const sf::Color kPaper(255, 255, 255, 225);

void panel(sf::RenderTarget& target, const Rect& r, float ui) {
  sf::RectangleShape box({static_cast<float>(r.w), static_cast<float>(r.h)});
  box.setPosition(static_cast<float>(r.x), static_cast<float>(r.y));
  box.setFillColor(kPaper);
  box.setOutlineColor(sf::Color(120, 120, 120));
  box.setOutlineThickness(-1.0f * ui);
  target.draw(box);
}

void place_text(sf::RenderTarget& target, sf::Text text, double x, double y) {
  sf::FloatRect b = text.getLocalBounds();
  text.setPosition(std::round(static_cast<float>(x) - b.left),
                   std::round(static_cast<float>(y) - b.top));
  target.draw(text);
}

}  // namespace

std::vector<Rect> DecorationLayout::boxes() const {
  std::vector<Rect> out;
  for (const auto* r : {&title, &legend, &scale_bar, &north_arrow})
    if (*r) out.push_back(**r);
  return out;
}

Cartography::Cartography(const std::string& font_file)
    : font_file_(font_file.empty() ? find_cjk_font() : font_file) {
  if (font_file_.empty() || !font_.loadFromFile(font_file_)) {
    throw InputError(font_file_.empty() ? "fontconfig" : font_file_,
                     "no font with Chinese glyphs could be loaded",
                     "install fonts-wqy-microhei (scripts/install-deps.sh)");
  }
}

sf::Text Cartography::text(const std::string& utf8, float size, sf::Color colour) const {
  sf::Text t(sf::String::fromUtf8(utf8.begin(), utf8.end()), font_,
             static_cast<unsigned>(std::lround(size)));
  t.setFillColor(colour);
  return t;
}

DecorationLayout Cartography::draw_decorations(sf::RenderTarget& target, const MapModel& map,
                                               const ViewTransform& view, const Decorations& d,
                                               Shaders& shaders) {
  DecorationLayout layout;
  if (d.title) layout.title = draw_title(target, map, d);
  if (d.legend) layout.legend = draw_legend(target, map, d, shaders);
  if (d.scale_bar) layout.scale_bar = draw_scale_bar(target, view, d, layout);
  if (d.north_arrow) layout.north_arrow = draw_north_arrow(target, map, view, d);
  return layout;
}

Rect Cartography::draw_title(sf::RenderTarget& target, const MapModel& map, const Decorations& d) {
  float ui = d.ui_scale;
  sf::Text title = text(map.title, 26 * ui, kInk);
  title.setStyle(sf::Text::Bold);
  std::string crs = map.crs.empty() ? "" : map.crs.label() + " · " + map.crs.name();
  sf::Text sub = text(crs, 12 * ui, sf::Color(90, 90, 90));
  sf::FloatRect tb = title.getLocalBounds(), sb = sub.getLocalBounds();
  double pad = 10 * ui, gap = 6 * ui;
  double w = std::max(tb.width, sb.width) + 2 * pad, h = tb.height + sb.height + gap + 2 * pad;
  Rect box{d.area.x + (d.area.w - w) / 2, d.area.y + 10 * ui, w, h};
  panel(target, box, ui);
  place_text(target, title, box.x + (w - tb.width) / 2, box.y + pad);
  place_text(target, sub, box.x + (w - sb.width) / 2, box.y + pad + tb.height + gap);
  return box;
}

Rect Cartography::draw_scale_bar(sf::RenderTarget& target, const ViewTransform& view,
                                 const Decorations& d, DecorationLayout& layout) {
  float ui = d.ui_scale;
  ScaleBar bar = scale_bar(view.metres_per_pixel(), 180.0 * ui);
  layout.scale_bar_length_m = bar.length_m;
  layout.scale_bar_length_px = bar.length_px;
  sf::Text zero = text("0", 12 * ui, kInk), end = text(bar.label, 12 * ui, kInk);
  std::optional<sf::Text> ratio;
  if (d.scale_dpi)
    ratio = text("比例尺 " + format_scale(scale_denominator(view.metres_per_pixel(), *d.scale_dpi)),
                 12 * ui, kInk);
  double pad = 10 * ui, bar_h = 6 * ui, text_h = 14 * ui;
  double w = bar.length_px + end.getLocalBounds().width + 2 * pad;
  if (ratio) w = std::max(w, static_cast<double>(ratio->getLocalBounds().width) + 2 * pad);
  double h = 2 * pad + text_h + 4 * ui + bar_h + (ratio ? text_h + 6 * ui : 0);
  Rect box{d.area.x + 12 * ui, d.area.y + d.area.h - h - 12 * ui, w, h};
  panel(target, box, ui);
  double x0 = box.x + pad, y_bar = box.y + pad + text_h + 4 * ui;
  // The bar's pixel length is exactly bar.length_m / metres-per-pixel: segments share it out.
  for (int s = 0; s < bar.segments; ++s) {
    double a = x0 + bar.length_px * s / bar.segments,
           b = x0 + bar.length_px * (s + 1) / bar.segments;
    sf::RectangleShape block({static_cast<float>(b - a), static_cast<float>(bar_h)});
    block.setPosition(static_cast<float>(a), static_cast<float>(y_bar));
    block.setFillColor(s % 2 ? sf::Color::White : kInk);
    block.setOutlineColor(kInk);
    block.setOutlineThickness(-1.0f);
    target.draw(block);
  }
  place_text(target, zero, x0 - zero.getLocalBounds().width / 2, box.y + pad);
  place_text(target, end, x0 + bar.length_px - end.getLocalBounds().width / 2, box.y + pad);
  if (ratio) place_text(target, *ratio, x0, y_bar + bar_h + 6 * ui);
  return box;
}

Rect Cartography::draw_north_arrow(sf::RenderTarget& target, const MapModel& map,
                                   const ViewTransform& view, const Decorations& d) {
  float ui = d.ui_scale;
  double w = 44 * ui, h = 64 * ui;
  Rect box{d.area.x + d.area.w - w - 12 * ui, d.area.y + 12 * ui, w, h};
  panel(target, box, ui);
  sf::Text north = text("北", 14 * ui, kInk);
  place_text(target, north, box.x + (w - north.getLocalBounds().width) / 2, box.y + 5 * ui);
  sf::Transform t;
  t.translate(static_cast<float>(box.x + w / 2), static_cast<float>(box.y + h * 0.62));
  t.rotate(static_cast<float>(true_north_degrees(map, view)));
  // The classic two-tone arrow: the west half dark, the east half white with a dark edge.
  float len = 18 * ui, half = 8 * ui;
  sf::Vector2f tip(0, -len), west(-half, len * 0.8f), east(half, len * 0.8f), notch(0, len * 0.35f);
  sf::Vertex dark[] = {{tip, kInk}, {west, kInk}, {notch, kInk}};
  sf::Vertex light[] = {
      {tip, sf::Color::White}, {east, sf::Color::White}, {notch, sf::Color::White}};
  std::vector<sf::Vertex> edge;
  for (auto [a, b] : {std::pair{tip, east}, {east, notch}, {notch, west}, {west, tip}})
    append_wide_segment(edge, a, b, 1.2f * ui, kInk);
  target.draw(dark, 3, sf::Triangles, t);
  target.draw(light, 3, sf::Triangles, t);
  target.draw(edge.data(), edge.size(), sf::Triangles, t);
  return box;
}

std::size_t Cartography::draw_labels(sf::RenderTarget& target, const MapModel& map,
                                     const ViewTransform& view, const Decorations& d,
                                     const std::vector<Rect>& obstacles) {
  float ui = d.ui_scale;
  std::vector<LabelCandidate> candidates = label_candidates(map, view, ui);
  std::vector<sf::Text> texts;
  std::vector<Point2> sizes;
  for (const LabelCandidate& c : candidates) {
    sf::Text t = text(c.anchor->text, c.size, c.colour);
    t.setOutlineColor(kLabelHalo);
    t.setOutlineThickness(c.halo_width);
    sf::FloatRect bounds = t.getLocalBounds();
    sizes.push_back({bounds.width, bounds.height});
    texts.push_back(std::move(t));
  }
  Rect screen{0, 0, static_cast<double>(target.getSize().x),
              static_cast<double>(target.getSize().y)};
  std::vector<PlacedLabel> placed = place_label_candidates(candidates, sizes, screen, obstacles, ui);
  for (const PlacedLabel& p : placed)
    place_text(target, texts[p.id], p.box.x + label_inset(ui), p.box.y + label_inset(ui));
  return placed.size();
}

}  // namespace landplan::viewer
