// Wide segments and discs as triangles.
#include "viewer/symbols.hpp"

#include <algorithm>
#include <cmath>

#include "viewer/tessellate.hpp"

namespace landplan::viewer {

void append_wide_segment(std::vector<sf::Vertex>& out, sf::Vector2f a, sf::Vector2f b, float width,
                         sf::Color colour, bool round_end) {
  sf::Vector2f d = b - a;
  float length = std::hypot(d.x, d.y);
  if (length > 0.0f) {
    sf::Vector2f n(-d.y / length * width / 2, d.x / length * width / 2);
    out.insert(out.end(), {{a + n, colour},
                           {b + n, colour},
                           {b - n, colour},
                           {a + n, colour},
                           {b - n, colour},
                           {a - n, colour}});
  }
  if (round_end && width > 2.0f) append_disc(out, b, width / 2, colour);
}

void append_polygon(std::vector<sf::Vertex>& out, const std::vector<std::vector<sf::Vector2f>>& rings,
                    sf::Color colour) {
  std::vector<RingCoords> coords;
  for (const std::vector<sf::Vector2f>& ring : rings) {
    RingCoords& c = coords.emplace_back();
    for (const sf::Vector2f& p : ring) c.insert(c.end(), {p.x, p.y});
  }
  if (coords.empty() || coords.front().size() < 6) return;
  std::vector<double> vertices;
  std::vector<std::uint32_t> triangles;
  TessellationStats stats;
  tessellate_polygon(coords, vertices, triangles, stats);
  for (std::uint32_t v : triangles) {
    out.emplace_back(sf::Vector2f(static_cast<float>(vertices[2 * v]),
                                  static_cast<float>(vertices[2 * v + 1])),
                     colour);
  }
}

void append_disc(std::vector<sf::Vertex>& out, sf::Vector2f centre, float radius,
                 sf::Color colour) {
  // Enough sides that the edge looks round at this size, few enough for thousands of wells.
  int sides = std::clamp(static_cast<int>(radius * 2.5f), 8, 32);
  constexpr float kTau = 6.28318531f;
  for (int i = 0; i < sides; ++i) {
    float t0 = kTau * i / sides, t1 = kTau * (i + 1) / sides;
    out.push_back({centre, colour});
    out.push_back({centre + sf::Vector2f(std::cos(t0), std::sin(t0)) * radius, colour});
    out.push_back({centre + sf::Vector2f(std::cos(t1), std::sin(t1)) * radius, colour});
  }
}

}  // namespace landplan::viewer
