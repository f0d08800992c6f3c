// Screen-space geometry of constant pixel size: wide lines with round joins, point discs.
// Built per frame for what is in view (roads, wells, highlights, measure shapes).
#pragma once

#include <SFML/Graphics/Vertex.hpp>
#include <vector>

namespace landplan::viewer {

// A segment `width` pixels wide as two triangles, plus a disc at `b` so polylines join round.
void append_wide_segment(std::vector<sf::Vertex>& out, sf::Vector2f a, sf::Vector2f b, float width,
                         sf::Color colour, bool round_end = true);

// A polygon of screen points (shell first, then holes; rings not closed) as triangles.
void append_polygon(std::vector<sf::Vertex>& out, const std::vector<std::vector<sf::Vector2f>>& rings,
                    sf::Color colour);

// A filled disc as a triangle fan unrolled into triangles.
void append_disc(std::vector<sf::Vertex>& out, sf::Vector2f centre, float radius, sf::Color colour);

}  // namespace landplan::viewer
