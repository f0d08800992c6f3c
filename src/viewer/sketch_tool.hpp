// The sketch tool: draw a candidate site's polygon, move and insert its vertices, delete it, with
// snapping and undo/redo. A pure state machine over input events (no window), so the window and
// the tests drive it the same way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "viewer/snapping.hpp"
#include "viewer/view_transform.hpp"

namespace landplan::viewer {

struct SketchInput {
  enum class Kind { press, move, release, click, double_click, key };
  enum class Key { none, enter, escape, backspace, del, undo, redo };
  Kind kind = Kind::move;
  Point2 screen;  // pixels, for every kind but key
  Key key = Key::none;
  bool suspend_snap = false;  // a modifier (Alt) is held: no snapping for this event
};

// editing = a closed polygon whose vertices can be dragged.
enum class SketchMode { idle, drawing, editing };

class SketchTool {
 public:
  // How near (pixels) the cursor must be to grab a vertex or a mid-edge handle.
  static constexpr double kGrabPx = 8.0;
  // A press that moves less than this is still a click, as the Navigator counts it: a hand's
  // tremor does not move a vertex.
  static constexpr double kDragSlopPx = 4.0;

  // Toolbar "绘制": a new, empty sketch in drawing mode; undo brings back the previous one.
  void start_drawing();
  // A copy of an existing feature's outer ring (world coordinates; a closing vertex equal to the
  // first is dropped): editing mode, one undo step. Fewer than 3 vertices: ignored.
  void start_from(std::vector<Point2> ring);
  void remove();  // deletes the sketch (undoable)
  void set_snapping(bool on) { snapping_ = on; }
  bool snapping() const { return snapping_; }

  // Returns true when the tool used the event, so the app must not pan or identify with it.
  // `snapper` may be nullptr.
  //  drawing: click adds a (snapped) vertex; double_click or Enter finishes (≥3 vertices: editing;
  //           fewer: stays drawing). The Navigator reports a double click as `click` then
  //           `double_click`, so a double click adds no second vertex. Esc cancels: back to the
  //           state before start_drawing, as one undoable step (an Esc by mistake is not 50
  //           vertices lost). Backspace removes the last vertex. move updates the rubber band and
  //           returns false (a drag still pans); press/release return false.
  //  editing: press within kGrabPx of a vertex grabs it; of a mid-edge handle, inserts a vertex
  //           there once the drag starts, and grabs it. Moves while grabbed move it (snapped to
  //           the layers) and return true; release ends the drag: one undo step per drag, none for
  //           a press and release without moving. Esc during a drag puts the vertex back. Press
  //           elsewhere returns false (the map pans). Delete/Backspace over a hovered vertex
  //           removes it (never below 3 vertices, the key claimed all the same). A click over a
  //           vertex or handle returns true.
  //  idle:    only undo and redo.
  //  any mode: undo and redo restore the exact vertex list and mode (undo during a drag takes
  //           back that drag only); a new edit clears the redo stack.
  bool handle(const SketchInput& input, const ViewTransform& view, const Snapper* snapper);
  bool undo();  // false when there is nothing to undo
  bool redo();  // false when there is nothing to redo
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }

  SketchMode mode() const { return now_.mode; }
  const std::vector<Point2>& vertices() const { return now_.vertices; }  // world, ring not closed
  // drawing: the rubber-band end (snapped); else nullopt.
  std::optional<Point2> cursor() const;
  std::optional<SnapResult> last_snap() const { return last_snap_; }  // for a marker
  std::optional<std::size_t> hovered_vertex() const { return hovered_; }
  std::optional<std::size_t> grabbed_vertex() const { return grabbed_; }
  std::vector<Point2> edge_handles() const;  // editing: the mid-edge points
  // Changes on every change of vertices() or mode() (edit, undo, redo, drag step), so the live
  // answers are recomputed when it changes. The cursor moving does not change it.
  std::uint64_t revision() const { return revision_; }
  bool has_polygon() const { return now_.vertices.size() >= 3; }

 private:
  struct State {
    std::vector<Point2> vertices;
    SketchMode mode = SketchMode::idle;
    // drawing: undo_[drawing_base] is the state start_drawing left, which Esc goes back to. The
    // history is linear, so that entry is the same whenever this state is the current one.
    std::size_t drawing_base = 0;
  };

  bool handle_drawing(const SketchInput& input, const ViewTransform& view, const Snapper* snapper);
  bool handle_editing(const SketchInput& input, const ViewTransform& view, const Snapper* snapper);
  bool finish();  // double click or Enter
  bool press(Point2 screen, const ViewTransform& view);
  bool drag_to(const SketchInput& input, const ViewTransform& view, const Snapper* snapper);
  // The release: a drag that changed the sketch becomes one undo step. Starting anything else
  // ends a drag in hand the same way, so a drag whose release was lost is kept.
  bool end_drag();
  bool remove_hovered();
  // The point under the cursor: snapped when snapping is on, a snapper is given and no modifier
  // holds it off. Sets last_snap_.
  Point2 snapped(const SketchInput& input, const ViewTransform& view, const Snapper* snapper);
  std::optional<std::size_t> vertex_near(Point2 screen, const ViewTransform& view) const;
  std::optional<std::size_t> handle_near(Point2 screen, const ViewTransform& view) const;
  // An edit: `next` becomes the state, the previous one goes on the undo stack. No change, no step.
  void commit(State next);
  void become(State next);  // sets the state after an undo or redo
  // Undo (from undo_ to redo_) or redo (the other way): the current state goes onto `to`.
  bool step(std::vector<State>& from, std::vector<State>& to);
  void cancel_drag();  // Esc or undo mid-drag: the sketch as it was at the press

  State now_;
  std::vector<State> undo_, redo_;
  bool snapping_ = true;
  std::uint64_t revision_ = 0;
  std::optional<Point2> cursor_;
  std::optional<SnapResult> last_snap_;
  std::optional<std::size_t> hovered_, grabbed_;
  // A press on a vertex or handle: where, what it was before, and whether it has moved yet.
  struct Drag {
    Point2 pressed_at;                // screen
    std::optional<std::size_t> edge;  // a handle: the edge whose midpoint was pressed
    State before;
    bool started = false;
  };
  std::optional<Drag> drag_;
};

}  // namespace landplan::viewer
