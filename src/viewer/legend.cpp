// The legend drawn with SFML: the rows of legend_rows.hpp, each with a swatch drawn the way the
// map draws that layer.
#include <algorithm>
#include <cmath>

#include "viewer/cartography.hpp"
#include "viewer/legend_rows.hpp"
#include "viewer/symbols.hpp"

namespace landplan::viewer {
namespace {

void draw_swatch(sf::RenderTarget& target, const LegendRow& row, sf::FloatRect r, float ui,
                 Shaders& shaders) {
  const MapLayer& layer = *row.layer;
  const LayerStyle& style = layer.style;
  // Drawn as the map draws the layer: its opacity in the colours' alpha.
  auto alpha = static_cast<std::uint8_t>(std::lround(255 * std::clamp(layer.opacity, 0.0f, 1.0f)));
  sf::Color fill = *row.fill;
  fill.a = fill.a == 0 ? 0 : alpha;
  std::vector<sf::Vertex> v;
  sf::RenderStates states;
  float cy = r.top + r.height / 2;
  if (layer.data.kind == GeometryKind::line) {
    sf::Color c = style.categories.empty() ? style.outline.value_or(fill) : fill;
    c.a = alpha;
    append_wide_segment(v, {r.left, cy}, {r.left + r.width, cy}, std::max(1.5f, style.width * ui),
                        c, false);
  } else if (layer.data.kind == GeometryKind::point) {
    float radius = std::min(r.height / 2, style.size * ui / 2);
    sf::Vector2f c(r.left + r.width / 2, cy);
    if (style.outline)
      append_disc(v, c, radius + 1.5f * ui,
                  sf::Color(style.outline->r, style.outline->g, style.outline->b, alpha));
    append_disc(v, c, radius, fill);
  } else {
    sf::Vector2f a(r.left, r.top), b(r.left + r.width, r.top),
        c(r.left + r.width, r.top + r.height), d(r.left, r.top + r.height);
    v.insert(v.end(), {{a, fill}, {b, fill}, {c, fill}, {a, fill}, {c, fill}, {d, fill}});
    if (style.hatch) states.shader = &shaders.hatch;
    target.draw(v.data(), v.size(), sf::Triangles, states);
    v.clear();
    if (style.outline) {
      sf::Color o = *style.outline;
      o.a = alpha;
      float w = std::max(1.0f, std::min(2.0f * ui, style.width * ui));
      states.shader = nullptr;
      for (auto [p, q] : {std::pair{a, b}, {b, c}, {c, d}, {d, a}})
        append_wide_segment(v, p, q, w, o, false);
    }
  }
  if (!v.empty()) target.draw(v.data(), v.size(), sf::Triangles, states);
}

}  // namespace

std::optional<Rect> Cartography::draw_legend(sf::RenderTarget& target, const MapModel& map,
                                             const Decorations& d, Shaders& shaders) {
  std::vector<LegendRow> rows = legend_rows(map);
  if (rows.empty()) return std::nullopt;
  float ui = d.ui_scale;
  const sf::Color ink(34, 34, 34);
  sf::Text heading = text("图例", 15 * ui, ink);
  heading.setStyle(sf::Text::Bold);
  float pad = 10 * ui, row_h = 19 * ui, swatch_w = 24 * ui, swatch_h = 13 * ui, indent = 12 * ui;
  std::vector<sf::Text> texts;
  float text_w = heading.getLocalBounds().width;
  for (const LegendRow& row : rows) {
    sf::Text t = text(row.text, 13 * ui, ink);
    float x = (row.indent ? indent : 0) + (row.fill ? swatch_w + 8 * ui : 0);
    text_w = std::max(text_w, x + t.getLocalBounds().width);
    texts.push_back(std::move(t));
  }
  float w = text_w + 2 * pad, h = pad * 2 + 24 * ui + row_h * rows.size();
  Rect box{d.area.x + d.area.w - w - 12 * ui, d.area.y + d.area.h - h - 12 * ui, w, h};
  sf::RectangleShape panel({w, h});
  panel.setPosition(static_cast<float>(box.x), static_cast<float>(box.y));
  panel.setFillColor(sf::Color(255, 255, 255, 235));
  panel.setOutlineColor(sf::Color(120, 120, 120));
  panel.setOutlineThickness(-1.0f * ui);
  target.draw(panel);
  auto draw_text = [&target](sf::Text t, float x, float y) {
    sf::FloatRect b = t.getLocalBounds();
    t.setPosition(std::round(x - b.left), std::round(y - b.top));
    target.draw(t);
  };
  float x = static_cast<float>(box.x) + pad, y = static_cast<float>(box.y) + pad;
  draw_text(heading, x, y);
  y += 24 * ui;
  for (std::size_t i = 0; i < rows.size(); ++i, y += row_h) {
    float rx = x + (rows[i].indent ? indent : 0);
    if (rows[i].fill) {
      draw_swatch(target, rows[i], {rx, y + (row_h - swatch_h) / 2 - 2 * ui, swatch_w, swatch_h},
                  ui, shaders);
      rx += swatch_w + 8 * ui;
    }
    // Centre the text on the row by its own height, whatever the font's ascent.
    float th = texts[i].getLocalBounds().height;
    draw_text(texts[i], rx, y + (row_h - th) / 2 - 2 * ui);
  }
  return box;
}

}  // namespace landplan::viewer
