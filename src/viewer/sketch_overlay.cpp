// The sketch and its violations in screen space.
#include "viewer/sketch_overlay.hpp"

#include "viewer/symbols.hpp"

namespace landplan::viewer {
namespace {

// The colours of plan_layers.cpp: violations red, reported findings amber.
const sf::Color kInk(21, 101, 192), kHalo(255, 255, 255, 230), kBroken(211, 47, 47),
    kReported(255, 160, 0), kSnap(216, 27, 96);

sf::Vector2f screen(const ViewTransform& view, Point2 world) {
  Point2 p = view.to_screen(world);
  return {static_cast<float>(p.x), static_cast<float>(p.y)};
}

// Hatched like the plan's result layers (map_renderer.cpp), so a planner reads them alike.
void draw_hatched(sf::RenderTarget& target, const ViewTransform& view,
                  const std::vector<const Layer*>& layers, sf::Color colour, bool stale,
                  Shaders& shaders, float ui) {
  colour.a = stale ? 90 : 230;
  std::vector<sf::Vertex> fills, lines;
  for (const Layer* layer : layers) {
    for (std::size_t f = 0; f < layer->size(); ++f) {
      for (auto [part, end] = layer->parts(f); part < end; ++part) {
        std::vector<std::vector<sf::Vector2f>> rings;
        for (auto [r, r_end] = layer->rings(part); r < r_end; ++r) {
          RingView ring = layer->ring(r);
          std::vector<sf::Vector2f>& out = rings.emplace_back();
          for (std::size_t i = 0; i < ring.size; ++i)
            out.push_back(screen(view, {ring.x(i), ring.y(i)}));
        }
        if (layer->kind == GeometryKind::polygon) {
          for (auto& ring : rings)
            if (ring.size() > 1) ring.pop_back();  // the closing vertex
          append_polygon(fills, rings, colour);
        } else if (layer->kind == GeometryKind::line && !rings.empty()) {
          const std::vector<sf::Vector2f>& line = rings.front();
          for (std::size_t i = 0; i + 1 < line.size(); ++i)
            append_wide_segment(lines, line[i], line[i + 1], 4.0f * ui, colour);
          if (!line.empty()) append_disc(lines, line.front(), 3.0f * ui, colour);
        }
      }
    }
  }
  shaders.hatch.setUniform("spacing", 9.0f * ui);
  shaders.hatch.setUniform("line_width", 2.0f * ui);
  shaders.hatch.setUniform("tint", 0.25f);
  if (!fills.empty()) target.draw(fills.data(), fills.size(), sf::Triangles, &shaders.hatch);
  if (!lines.empty()) target.draw(lines.data(), lines.size(), sf::Triangles);
}

}  // namespace

void draw_sketch(sf::RenderTarget& target, const ViewTransform& view, const SketchDrawing& sketch,
                 Shaders& shaders, float ui) {
  draw_hatched(target, view, sketch.reported, kReported, sketch.stale, shaders, ui);
  draw_hatched(target, view, sketch.violations, kBroken, sketch.stale, shaders, ui);
  std::vector<sf::Vector2f> s;
  for (const Point2& p : sketch.vertices) s.push_back(screen(view, p));
  if (sketch.cursor) s.push_back(screen(view, *sketch.cursor));
  std::vector<sf::Vertex> fill, casing, line, marks;
  bool polygon = s.size() >= 3;
  if (polygon) append_polygon(fill, {s}, sf::Color(kInk.r, kInk.g, kInk.b, 50));
  std::size_t edges = s.empty() ? 0 : polygon ? s.size() : s.size() - 1;
  for (std::size_t i = 0; i < edges; ++i) {
    bool rubber = !sketch.closed && (i + 1 >= s.size() - (sketch.cursor ? 1 : 0));
    append_wide_segment(casing, s[i], s[(i + 1) % s.size()], 5.0f * ui, kHalo);
    append_wide_segment(line, s[i], s[(i + 1) % s.size()], (rubber ? 1.5f : 2.5f) * ui, kInk);
  }
  for (std::size_t i = 0; i < sketch.vertices.size(); ++i) {
    bool hot = sketch.hot_vertex == i;
    append_disc(casing, s[i], (hot ? 7.5f : 5.5f) * ui, kHalo);
    append_disc(marks, s[i], (hot ? 6.0f : 4.0f) * ui, hot ? kSnap : kInk);
  }
  for (const Point2& h : sketch.handles) {  // hollow: a handle adds a vertex, it is not one
    append_disc(marks, screen(view, h), 4.0f * ui, kInk);
    append_disc(marks, screen(view, h), 2.5f * ui, kHalo);
  }
  if (sketch.snap) {
    sf::Vector2f p = screen(view, *sketch.snap);
    append_disc(marks, p, 8.0f * ui, kSnap);  // a target: ring, white, dot
    append_disc(marks, p, 5.5f * ui, kHalo);
    append_disc(marks, p, 2.5f * ui, kSnap);
  }
  for (auto* v : {&fill, &casing, &line, &marks})
    if (!v->empty()) target.draw(v->data(), v->size(), sf::Triangles);
}

}  // namespace landplan::viewer
