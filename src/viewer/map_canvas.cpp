// Composing a frame.
#include "viewer/map_canvas.hpp"

#include "viewer/symbols.hpp"

namespace landplan::viewer {

MapCanvas::MapCanvas(const MapModel& map, const std::string& font_file)
    : renderer_(map), cartography_(font_file) {}

FrameResult MapCanvas::draw(sf::RenderTarget& target, const MapModel& map,
                            const ViewTransform& view, const FrameOptions& options) {
  FrameResult result;
  const Decorations& d = options.decorations;
  target.setView(target.getDefaultView());
  renderer_.draw(target, map, view, d.ui_scale);
  if (options.highlight && options.highlight->layer < map.layers.size()) {
    renderer_.draw_highlight(target, map, view, *options.highlight, d.ui_scale);
  }
  if (options.sketch)
    draw_sketch(target, view, *options.sketch, renderer_.shaders(), d.ui_scale);
  draw_measure(target, view, options);
  result.layout = cartography_.draw_decorations(target, map, view, d, renderer_.shaders());
  if (d.labels) {
    result.labels = cartography_.draw_labels(target, map, view, d, result.layout.boxes());
  }
  return result;
}

void MapCanvas::draw_measure(sf::RenderTarget& target, const ViewTransform& view,
                             const FrameOptions& o) {
  const std::vector<Point2>& shape = o.measure_shape;
  if (o.measure_mode == MeasureMode::off || shape.empty()) return;
  float ui = o.decorations.ui_scale;
  const sf::Color ink(230, 81, 0), halo(255, 255, 255, 220);
  std::vector<sf::Vector2f> s;
  for (const Point2& p : shape) {
    Point2 q = view.to_screen(p);
    s.emplace_back(static_cast<float>(q.x), static_cast<float>(q.y));
  }
  std::vector<sf::Vertex> fill, casing, line;
  bool area = o.measure_mode == MeasureMode::area;
  if (area && s.size() >= 3) append_polygon(fill, {s}, sf::Color(255, 152, 0, 70));
  std::size_t edges = area && s.size() >= 3 ? s.size() : s.size() - 1;
  for (std::size_t i = 0; i < edges; ++i) {
    append_wide_segment(casing, s[i], s[(i + 1) % s.size()], 5.0f * ui, halo);
    append_wide_segment(line, s[i], s[(i + 1) % s.size()], 2.5f * ui, ink);
  }
  for (const sf::Vector2f& p : s) {
    append_disc(casing, p, 5.0f * ui, halo);
    append_disc(line, p, 3.5f * ui, ink);
  }
  for (auto* v : {&fill, &casing, &line})
    if (!v->empty()) target.draw(v->data(), v->size(), sf::Triangles);
}

}  // namespace landplan::viewer
