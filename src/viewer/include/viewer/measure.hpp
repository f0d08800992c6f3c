// The measure tool: click points for a distance (m, km) or an area (亩, ha, m²), measured on the
// ellipsoid and updated live as the cursor moves; Esc cancels.
#pragma once

#include <optional>
#include <vector>

#include "landplan/geodesic.hpp"
#include "viewer/view_transform.hpp"

namespace landplan::viewer {

enum class MeasureMode { off, distance, area };

struct Measurement {
  double length_m = 0.0;          // the polyline, or the polygon's perimeter
  std::optional<double> area_m2;  // area mode with three points or more
};

class MeasureTool {
 public:
  void start(MeasureMode mode);  // forgets any previous shape
  void cancel();                 // Esc: back to off
  void add_point(Point2 world);  // a click
  void finish();  // double click or Enter: the shape stays, the cursor no longer counts
  void set_cursor(std::optional<Point2> world) { cursor_ = world; }

  MeasureMode mode() const { return mode_; }
  bool drawing() const { return mode_ != MeasureMode::off && !finished_; }
  bool finished() const { return finished_; }
  // The shape as drawn now: the clicked points and, while drawing, the cursor.
  std::vector<Point2> shape() const;
  Measurement measure(const Geodesic& geodesic) const;

 private:
  MeasureMode mode_ = MeasureMode::off;
  bool finished_ = false;
  std::vector<Point2> points_;
  std::optional<Point2> cursor_;
};

// Ellipsoidal measures of a working-CRS shape.
double geodesic_length(const Geodesic& geodesic, const std::vector<Point2>& line);
double geodesic_area(const Geodesic& geodesic, const std::vector<Point2>& ring);

}  // namespace landplan::viewer
