// Drawing the sketch over the map: the rules it would break hatched in the violations' red and
// the control lines' reported findings in amber (as the plan's are), its outline, vertices and
// mid-edge handles, and where the cursor snapped. Built per frame in screen space: a sketch has
// hundreds of vertices, not millions.
#pragma once

#include <SFML/Graphics/RenderTarget.hpp>
#include <optional>
#include <vector>

#include "landplan/layer.hpp"
#include "viewer/shaders.hpp"
#include "viewer/view_transform.hpp"

namespace landplan::viewer {

struct SketchDrawing {
  std::vector<Point2> vertices;           // working CRS, ring not closed
  bool closed = false;                    // a finished polygon (else the line drawn so far)
  std::optional<Point2> cursor;           // while drawing: the rubber band's end
  std::vector<Point2> handles;            // mid-edge handles of a finished polygon
  std::optional<std::size_t> hot_vertex;  // hovered or dragged
  std::optional<Point2> snap;             // what the cursor snapped to
  std::vector<const Layer*> violations;   // where the sketch breaks a rule: red
  std::vector<const Layer*> reported;     // what a control check reports (not forbidden): amber
  bool stale = false;  // the violations are of an older version of the sketch: drawn faint
};

void draw_sketch(sf::RenderTarget& target, const ViewTransform& view, const SketchDrawing& sketch,
                 Shaders& shaders, float ui_scale);

}  // namespace landplan::viewer
