// The measure tool's state and its ellipsoidal measures.
#include "viewer/measure.hpp"

namespace landplan::viewer {
namespace {

std::vector<double> flat(const std::vector<Point2>& points, bool close) {
  std::vector<double> xy;
  for (const Point2& p : points) xy.insert(xy.end(), {p.x, p.y});
  if (close && !points.empty()) xy.insert(xy.end(), {points.front().x, points.front().y});
  return xy;
}

}  // namespace

double geodesic_length(const Geodesic& geodesic, const std::vector<Point2>& line) {
  if (line.size() < 2) return 0.0;
  std::vector<double> xy = flat(line, false);
  return geodesic.length({xy.data(), line.size()});
}

double geodesic_area(const Geodesic& geodesic, const std::vector<Point2>& ring) {
  if (ring.size() < 3) return 0.0;
  std::vector<double> xy = flat(ring, true);
  return geodesic.ring_area({xy.data(), ring.size() + 1});
}

void MeasureTool::start(MeasureMode mode) {
  mode_ = mode;
  finished_ = false;
  points_.clear();
}

void MeasureTool::cancel() {
  start(MeasureMode::off);
}

void MeasureTool::add_point(Point2 world) {
  if (mode_ == MeasureMode::off) return;
  if (finished_) start(mode_);  // a click after a finished shape begins a new one
  points_.push_back(world);
}

void MeasureTool::finish() {
  if (mode_ != MeasureMode::off && !points_.empty()) finished_ = true;
}

std::vector<Point2> MeasureTool::shape() const {
  std::vector<Point2> shape = points_;
  if (drawing() && cursor_ && !points_.empty()) shape.push_back(*cursor_);
  return shape;
}

Measurement MeasureTool::measure(const Geodesic& geodesic) const {
  Measurement m;
  std::vector<Point2> s = shape();
  if (mode_ == MeasureMode::area) {
    std::vector<Point2> closed = s;
    if (!s.empty()) closed.push_back(s.front());
    m.length_m = geodesic_length(geodesic, closed);
    if (s.size() >= 3) m.area_m2 = geodesic_area(geodesic, s);
  } else {
    m.length_m = geodesic_length(geodesic, s);
  }
  return m;
}

}  // namespace landplan::viewer
