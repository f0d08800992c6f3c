// The sketch tool's state machine: a current state, a linear undo history, and the drag in hand.
#include "viewer/sketch_tool.hpp"

#include <cmath>
#include <utility>

namespace landplan::viewer {
namespace {

using Kind = SketchInput::Kind;
using Key = SketchInput::Key;

bool same(Point2 a, Point2 b) {
  return a.x == b.x && a.y == b.y;
}

bool same(const std::vector<Point2>& a, const std::vector<Point2>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!same(a[i], b[i])) return false;
  return true;
}

double pixels_between(Point2 a, Point2 b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

Point2 midpoint(Point2 a, Point2 b) {
  return {(a.x + b.x) / 2, (a.y + b.y) / 2};
}

// The index of the point nearest to `screen` on screen, if within `px` pixels.
std::optional<std::size_t> nearest_within(const std::vector<Point2>& points, Point2 screen,
                                          const ViewTransform& view, double px) {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < points.size(); ++i) {
    double d = pixels_between(view.to_screen(points[i]), screen);
    if (d <= px) {
      best = i;
      px = d;
    }
  }
  return best;
}

}  // namespace

void SketchTool::start_drawing() {
  end_drag();
  cursor_.reset();
  last_snap_.reset();
  commit({{}, SketchMode::drawing, undo_.size()});
}

void SketchTool::start_from(std::vector<Point2> ring) {
  // Layers store rings closed; the sketch keeps each vertex once.
  if (ring.size() > 1 && same(ring.front(), ring.back())) ring.pop_back();
  if (ring.size() < 3) return;
  end_drag();
  commit({std::move(ring), SketchMode::editing});
}

void SketchTool::remove() {
  end_drag();
  commit({{}, SketchMode::idle});
}

bool SketchTool::handle(const SketchInput& input, const ViewTransform& view,
                        const Snapper* snapper) {
  if (input.kind == Kind::key && input.key == Key::undo) return undo();
  if (input.kind == Kind::key && input.key == Key::redo) return redo();
  switch (now_.mode) {
    case SketchMode::drawing:
      return handle_drawing(input, view, snapper);
    case SketchMode::editing:
      return handle_editing(input, view, snapper);
    case SketchMode::idle:
      return false;
  }
  return false;
}

bool SketchTool::handle_drawing(const SketchInput& input, const ViewTransform& view,
                                const Snapper* snapper) {
  switch (input.kind) {
    case Kind::move:
      cursor_ = snapped(input, view, snapper);
      return false;  // the Navigator still needs it: a drag pans while drawing
    case Kind::click: {
      Point2 at = snapped(input, view, snapper);
      cursor_ = at;
      // A second click on the same spot (slower than a double click) would make a zero-length
      // edge, which no planner means.
      if (!now_.vertices.empty() && same(now_.vertices.back(), at)) return true;
      State next = now_;
      next.vertices.push_back(at);
      commit(std::move(next));
      return true;
    }
    case Kind::double_click:  // its first click already added the vertex
      return finish();
    case Kind::key:
      if (input.key == Key::enter) return finish();
      if (input.key == Key::escape) {
        commit(undo_[now_.drawing_base]);
        return true;
      }
      if (input.key == Key::backspace && !now_.vertices.empty()) {
        State next = now_;
        next.vertices.pop_back();
        commit(std::move(next));
        return true;
      }
      return false;
    case Kind::press:
    case Kind::release:
      return false;
  }
  return false;
}

bool SketchTool::finish() {
  if (has_polygon()) commit({now_.vertices, SketchMode::editing});
  return true;  // with fewer vertices the sketch goes on: the key was still the tool's
}

bool SketchTool::handle_editing(const SketchInput& input, const ViewTransform& view,
                                const Snapper* snapper) {
  switch (input.kind) {
    case Kind::press:
      return press(input.screen, view);
    case Kind::move:
      if (drag_) return drag_to(input, view, snapper);
      hovered_ = vertex_near(input.screen, view);
      last_snap_.reset();
      return false;
    case Kind::release:
      return end_drag();
    case Kind::click:
      // The press already grabbed it; the click must not identify what lies below.
      return vertex_near(input.screen, view) || handle_near(input.screen, view);
    case Kind::double_click:
      return false;
    case Kind::key:
      if (input.key == Key::escape && drag_) {
        cancel_drag();
        return true;
      }
      if (input.key == Key::del || input.key == Key::backspace) return remove_hovered();
      return false;
  }
  return false;
}

bool SketchTool::press(Point2 screen, const ViewTransform& view) {
  // A drag whose release never came (released over a panel) is kept, not lost.
  end_drag();
  if (auto v = vertex_near(screen, view)) {
    drag_ = Drag{screen, std::nullopt, now_};
    grabbed_ = v;
    return true;
  }
  if (auto e = handle_near(screen, view)) {
    // The vertex is inserted when the drag starts: a press and release on a handle is no edit.
    drag_ = Drag{screen, e, now_};
    return true;
  }
  return false;
}

bool SketchTool::drag_to(const SketchInput& input, const ViewTransform& view,
                         const Snapper* snapper) {
  if (!drag_->started && pixels_between(input.screen, drag_->pressed_at) < kDragSlopPx) return true;
  drag_->started = true;
  // The sketch is not a layer of the map, so the vertex never snaps to itself.
  Point2 at = snapped(input, view, snapper);
  if (drag_->edge) {
    grabbed_ = *drag_->edge + 1;
    now_.vertices.insert(now_.vertices.begin() + static_cast<std::ptrdiff_t>(*grabbed_), at);
    drag_->edge.reset();
    ++revision_;
  } else if (!same(now_.vertices[*grabbed_], at)) {
    now_.vertices[*grabbed_] = at;
    ++revision_;
  }
  hovered_ = grabbed_;
  return true;
}

bool SketchTool::end_drag() {
  if (!drag_) return false;
  if (!same(drag_->before.vertices, now_.vertices)) {
    // One undo step for the whole drag: the state before the press.
    undo_.push_back(std::move(drag_->before));
    redo_.clear();
  }
  drag_.reset();
  grabbed_.reset();
  last_snap_.reset();
  return true;
}

void SketchTool::cancel_drag() {
  if (!drag_) return;
  if (!same(drag_->before.vertices, now_.vertices)) {
    now_ = std::move(drag_->before);
    ++revision_;
  }
  drag_.reset();
  grabbed_.reset();
  hovered_.reset();
}

bool SketchTool::remove_hovered() {
  if (!hovered_ || drag_) return false;
  // Claimed even when refused at 3 vertices: the key was meant for the vertex, not the sketch.
  if (now_.vertices.size() > 3) {
    State next = now_;
    next.vertices.erase(next.vertices.begin() + static_cast<std::ptrdiff_t>(*hovered_));
    commit(std::move(next));
  }
  return true;
}

bool SketchTool::undo() {
  // Mid-drag, undo takes back the drag in hand, not the edit before it.
  bool dragged = drag_ && drag_->started;
  cancel_drag();
  return dragged || step(undo_, redo_);
}

bool SketchTool::redo() {
  cancel_drag();
  return step(redo_, undo_);
}

bool SketchTool::step(std::vector<State>& from, std::vector<State>& to) {
  if (from.empty()) return false;
  to.push_back(std::move(now_));
  State next = std::move(from.back());
  from.pop_back();
  become(std::move(next));
  return true;
}

void SketchTool::commit(State next) {
  if (next.mode == now_.mode && same(next.vertices, now_.vertices)) return;
  undo_.push_back(std::move(now_));
  redo_.clear();
  become(std::move(next));
}

void SketchTool::become(State next) {
  now_ = std::move(next);
  ++revision_;
  hovered_.reset();
  if (now_.mode != SketchMode::drawing) {
    cursor_.reset();
    last_snap_.reset();
  }
}

Point2 SketchTool::snapped(const SketchInput& input, const ViewTransform& view,
                           const Snapper* snapper) {
  Point2 world = view.to_world(input.screen);
  last_snap_.reset();
  if (snapping_ && snapper && !input.suspend_snap) last_snap_ = snapper->snap(world, view);
  return last_snap_ ? last_snap_->at : world;
}

std::optional<Point2> SketchTool::cursor() const {
  if (now_.mode != SketchMode::drawing) return std::nullopt;
  return cursor_;
}

std::vector<Point2> SketchTool::edge_handles() const {
  std::vector<Point2> handles;
  if (now_.mode != SketchMode::editing) return handles;
  const std::vector<Point2>& v = now_.vertices;
  for (std::size_t i = 0; i < v.size(); ++i)
    handles.push_back(midpoint(v[i], v[(i + 1) % v.size()]));
  return handles;
}

std::optional<std::size_t> SketchTool::vertex_near(Point2 screen, const ViewTransform& view) const {
  return nearest_within(now_.vertices, screen, view, kGrabPx);
}

std::optional<std::size_t> SketchTool::handle_near(Point2 screen, const ViewTransform& view) const {
  return nearest_within(edge_handles(), screen, view, kGrabPx);
}

}  // namespace landplan::viewer
