// The sketch tool driven by scripted input events, as the window feeds them, with exact vertex
// lists after each edit, undo and redo.
#include "viewer/sketch_tool.hpp"

#include <gtest/gtest.h>

#include "viewer_fixtures.hpp"

namespace landplan::viewer {
namespace {

using test::kX0;
using test::kY0;
using Kind = SketchInput::Kind;
using Key = SketchInput::Key;

// 0.5 m per pixel, (kX0, kY0) at the screen's centre (400, 300): screen (x, y) is world
// (kX0 + (x − 400) / 2, kY0 − (y − 300) / 2), exact in doubles.
const ViewTransform kView({kX0, kY0}, 0.5, 800, 600);

Point2 world(double dx, double dy) {
  return {kX0 + dx, kY0 + dy};
}
// The screen point of world offsets (dx, dy).
Point2 screen(double dx, double dy) {
  return kView.to_screen(world(dx, dy));
}

SketchInput at(Kind kind, Point2 screen_point, bool suspend_snap = false) {
  return {.kind = kind, .screen = screen_point, .suspend_snap = suspend_snap};
}
SketchInput key(Key k) {
  return {.kind = Kind::key, .key = k};
}

using Offsets = std::vector<std::pair<double, double>>;

// An event at world offsets (dx, dy); what handle() answers.
bool send(SketchTool& tool, Kind kind, double dx, double dy, const Snapper* snapper = nullptr) {
  return tool.handle(at(kind, screen(dx, dy)), kView, snapper);
}
// A click, as the Navigator reports a still press and release.
bool click(SketchTool& tool, double dx, double dy, const Snapper* snapper = nullptr) {
  return send(tool, Kind::click, dx, dy, snapper);
}
bool type(SketchTool& tool, Key k) {
  return tool.handle(key(k), kView, nullptr);
}

// Compares exactly: every vertex is a pixel of kView or a snapped vertex, no arithmetic.
void expect_vertices(const SketchTool& tool, const Offsets& expected) {
  ASSERT_EQ(tool.vertices().size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(tool.vertices()[i].x, kX0 + expected[i].first) << "vertex " << i;
    EXPECT_EQ(tool.vertices()[i].y, kY0 + expected[i].second) << "vertex " << i;
  }
}

std::vector<Point2> ring(const Offsets& offsets) {
  std::vector<Point2> points;
  for (auto [dx, dy] : offsets) points.push_back(world(dx, dy));
  return points;
}

const Offsets kSquare = {{0, 0}, {100, 0}, {100, 100}, {0, 100}};

// The square copied from a feature, in editing mode.
SketchTool editing_square() {
  SketchTool tool;
  tool.start_from(ring(kSquare));
  return tool;
}

// A sketch being drawn: start_drawing, then clicks at the world offsets.
SketchTool drawing(const Offsets& offsets) {
  SketchTool tool;
  tool.start_drawing();
  for (auto [dx, dy] : offsets) click(tool, dx, dy);
  return tool;
}

// Clicks at the world offsets; the last as a double click (its click, then double_click).
void draw(SketchTool& tool, const Offsets& offsets, const Snapper* snapper = nullptr) {
  tool.start_drawing();
  for (auto [dx, dy] : offsets) click(tool, dx, dy, snapper);
  tool.handle(at(Kind::double_click, screen(offsets.back().first, offsets.back().second)), kView,
              snapper);
}

// A drag from one world offset to another, in steps, as the window reports it.
void drag(SketchTool& tool, Point2 from, Point2 to, const Snapper* snapper = nullptr) {
  tool.handle(at(Kind::press, from), kView, snapper);
  for (double t : {0.25, 0.5, 1.0})
    tool.handle(at(Kind::move, {from.x + t * (to.x - from.x), from.y + t * (to.y - from.y)}), kView,
                snapper);
  tool.handle(at(Kind::release, to), kView, snapper);
}

TEST(SketchTool, ClicksBecomeWorldVerticesAndADoubleClickFinishes) {
  SketchTool tool;
  tool.start_drawing();
  EXPECT_EQ(tool.mode(), SketchMode::drawing);
  // Screen (400, 300), (600, 300), (600, 100), (400, 100) at 0.5 m per pixel.
  for (Point2 p : {Point2{400, 300}, Point2{600, 300}, Point2{600, 100}, Point2{400, 100}})
    EXPECT_TRUE(tool.handle(at(Kind::click, p), kView, nullptr));
  expect_vertices(tool, kSquare);
  EXPECT_TRUE(tool.handle(at(Kind::double_click, {400, 100}), kView, nullptr));
  EXPECT_EQ(tool.mode(), SketchMode::editing);
  expect_vertices(tool, kSquare);  // the double click added no fifth vertex
  EXPECT_TRUE(tool.has_polygon());
  EXPECT_FALSE(tool.cursor());
}

TEST(SketchTool, FinishingNeedsThreeVertices) {
  SketchTool tool = drawing({{0, 0}, {100, 0}});
  type(tool, Key::enter);
  send(tool, Kind::double_click, 100, 0);
  EXPECT_EQ(tool.mode(), SketchMode::drawing);
  click(tool, 100, 100);
  type(tool, Key::enter);
  EXPECT_EQ(tool.mode(), SketchMode::editing);
  expect_vertices(tool, {{0, 0}, {100, 0}, {100, 100}});
}

TEST(SketchTool, TheRubberBandFollowsTheCursorWithoutARevision) {
  SketchTool tool = drawing({{0, 0}});
  std::uint64_t revision = tool.revision();
  // A move is left to the Navigator too (a drag pans while drawing), as are press and release.
  EXPECT_FALSE(tool.handle(at(Kind::move, {450, 250}), kView, nullptr));
  ASSERT_TRUE(tool.cursor());
  EXPECT_EQ(tool.cursor()->x, kX0 + 25);
  EXPECT_EQ(tool.cursor()->y, kY0 + 25);
  EXPECT_EQ(tool.revision(), revision);
  EXPECT_FALSE(tool.handle(at(Kind::press, {450, 250}), kView, nullptr));
  EXPECT_FALSE(tool.handle(at(Kind::release, {480, 250}), kView, nullptr));
  expect_vertices(tool, {{0, 0}});
}

TEST(SketchTool, BackspaceRemovesTheLastVertex) {
  SketchTool tool = drawing({{0, 0}, {100, 0}});
  EXPECT_TRUE(type(tool, Key::backspace));
  expect_vertices(tool, {{0, 0}});
  EXPECT_TRUE(type(tool, Key::backspace));
  EXPECT_FALSE(type(tool, Key::backspace));  // nothing left
  EXPECT_EQ(tool.mode(), SketchMode::drawing);
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, {{0, 0}});
}

TEST(SketchTool, EscapeGoesBackToTheSketchBeforeDrawingAndIsUndoable) {
  SketchTool tool = editing_square();
  tool.start_drawing();
  click(tool, 10, 10);
  click(tool, 20, 10);
  EXPECT_TRUE(type(tool, Key::escape));
  EXPECT_EQ(tool.mode(), SketchMode::editing);
  expect_vertices(tool, kSquare);
  EXPECT_TRUE(tool.undo());  // an Esc by mistake loses nothing
  EXPECT_EQ(tool.mode(), SketchMode::drawing);
  expect_vertices(tool, {{10, 10}, {20, 10}});
}

TEST(SketchTool, UndoAndRedoRestoreEveryDrawingStep) {
  SketchTool tool;
  draw(tool, {{0, 0}, {100, 0}, {100, 100}});
  EXPECT_TRUE(tool.undo());  // the finish
  EXPECT_EQ(tool.mode(), SketchMode::drawing);
  expect_vertices(tool, {{0, 0}, {100, 0}, {100, 100}});
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, {{0, 0}, {100, 0}});
  EXPECT_TRUE(tool.undo());
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, {});
  EXPECT_EQ(tool.mode(), SketchMode::drawing);
  EXPECT_TRUE(tool.undo());  // start_drawing itself
  EXPECT_EQ(tool.mode(), SketchMode::idle);
  EXPECT_FALSE(tool.undo());
  EXPECT_FALSE(tool.can_undo());
  for (int i = 0; i < 4; ++i) EXPECT_TRUE(tool.redo());
  expect_vertices(tool, {{0, 0}, {100, 0}, {100, 100}});
  EXPECT_EQ(tool.mode(), SketchMode::drawing);
  EXPECT_TRUE(type(tool, Key::redo));
  EXPECT_EQ(tool.mode(), SketchMode::editing);
  EXPECT_FALSE(tool.redo());
}

TEST(SketchTool, ANewEditClearsRedo) {
  SketchTool tool = drawing({{0, 0}, {100, 0}});
  EXPECT_TRUE(type(tool, Key::undo));
  EXPECT_TRUE(tool.can_redo());
  click(tool, 0, 100);
  EXPECT_FALSE(tool.can_redo());
  EXPECT_FALSE(tool.redo());
  expect_vertices(tool, {{0, 0}, {0, 100}});
}

TEST(SketchTool, DraggingAVertexIsOneUndoStep) {
  SketchTool tool = editing_square();
  std::uint64_t revision = tool.revision();
  send(tool, Kind::press, 102, 101);  // 4.5 px from (100, 100)
  EXPECT_EQ(tool.grabbed_vertex(), 2u);
  EXPECT_TRUE(send(tool, Kind::move, 120, 110));
  expect_vertices(tool, {{0, 0}, {100, 0}, {120, 110}, {0, 100}});
  EXPECT_GT(tool.revision(), revision);  // the live answers follow the drag
  revision = tool.revision();
  send(tool, Kind::move, 130, 140);
  EXPECT_GT(tool.revision(), revision);
  EXPECT_TRUE(send(tool, Kind::release, 130, 140));
  EXPECT_FALSE(tool.grabbed_vertex());
  expect_vertices(tool, {{0, 0}, {100, 0}, {130, 140}, {0, 100}});
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, kSquare);
  EXPECT_EQ(tool.mode(), SketchMode::editing);
  EXPECT_TRUE(tool.redo());
  expect_vertices(tool, {{0, 0}, {100, 0}, {130, 140}, {0, 100}});
}

TEST(SketchTool, APressWithoutMovingIsNoEdit) {
  SketchTool tool = editing_square();
  std::uint64_t revision = tool.revision();
  EXPECT_TRUE(send(tool, Kind::press, 100, 100));
  // A hand's tremor (1.5 px) under the Navigator's click slop does not move the vertex.
  tool.handle(at(Kind::move, {screen(100, 100).x + 1.5, screen(100, 100).y}), kView, nullptr);
  EXPECT_TRUE(send(tool, Kind::release, 100, 100));
  EXPECT_TRUE(click(tool, 100, 100));  // no identify
  // A handle pressed and released inserts nothing either.
  EXPECT_TRUE(send(tool, Kind::press, 50, 0));
  EXPECT_TRUE(send(tool, Kind::release, 50, 0));
  expect_vertices(tool, kSquare);
  EXPECT_EQ(tool.revision(), revision);
  EXPECT_TRUE(tool.undo());  // the undo step is start_from's, not the presses'
  EXPECT_EQ(tool.mode(), SketchMode::idle);
  expect_vertices(tool, {});
}

TEST(SketchTool, DraggingAMidEdgeHandleInsertsAVertex) {
  SketchTool tool = editing_square();
  std::vector<Point2> handles = tool.edge_handles();
  ASSERT_EQ(handles.size(), 4u);
  EXPECT_EQ(handles[1].x, kX0 + 100);  // the east edge, (100, 0)–(100, 100)
  EXPECT_EQ(handles[1].y, kY0 + 50);
  EXPECT_EQ(handles[3].x, kX0);  // the closing edge, (0, 100)–(0, 0)
  EXPECT_EQ(handles[3].y, kY0 + 50);
  drag(tool, screen(100, 50), screen(140, 50));
  expect_vertices(tool, {{0, 0}, {100, 0}, {140, 50}, {100, 100}, {0, 100}});
  drag(tool, screen(0, 50), screen(-20, 50));  // the closing edge's handle appends
  expect_vertices(tool, {{0, 0}, {100, 0}, {140, 50}, {100, 100}, {0, 100}, {-20, 50}});
  EXPECT_TRUE(tool.undo());
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, kSquare);
}

TEST(SketchTool, DeleteRemovesTheHoveredVertexButKeepsThree) {
  SketchTool tool = editing_square();
  EXPECT_FALSE(send(tool, Kind::move, 101, 1));
  EXPECT_EQ(tool.hovered_vertex(), 1u);
  EXPECT_TRUE(type(tool, Key::del));
  expect_vertices(tool, {{0, 0}, {100, 100}, {0, 100}});
  send(tool, Kind::move, 0, 100);
  EXPECT_TRUE(type(tool, Key::backspace));  // claimed, but refused
  expect_vertices(tool, {{0, 0}, {100, 100}, {0, 100}});
  send(tool, Kind::move, 50, 50);  // over no vertex
  EXPECT_FALSE(tool.hovered_vertex());
  EXPECT_FALSE(type(tool, Key::del));
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, kSquare);
}

TEST(SketchTool, APressAwayFromTheSketchPansTheMap) {
  SketchTool tool = editing_square();
  EXPECT_FALSE(send(tool, Kind::press, 50, 50));
  EXPECT_FALSE(send(tool, Kind::move, 60, 60));
  EXPECT_FALSE(send(tool, Kind::release, 60, 60));
  EXPECT_FALSE(click(tool, 50, 50));  // identifies
  expect_vertices(tool, kSquare);
}

TEST(SketchTool, EscapeDuringADragPutsTheVertexBack) {
  SketchTool tool = editing_square();
  send(tool, Kind::press, 0, 0);
  send(tool, Kind::move, -30, -30);
  EXPECT_TRUE(type(tool, Key::escape));
  expect_vertices(tool, kSquare);
  EXPECT_FALSE(send(tool, Kind::release, -30, -30));
  EXPECT_TRUE(tool.undo());
  EXPECT_EQ(tool.mode(), SketchMode::idle);  // no step was made for the cancelled drag
}

TEST(SketchTool, RemoveAndStartFromAreUndoable) {
  SketchTool tool;
  // A closed ring as a layer stores it: the repeated first vertex is dropped.
  std::vector<Point2> closed = ring(kSquare);
  closed.push_back(closed.front());
  tool.start_from(closed);
  expect_vertices(tool, kSquare);
  tool.remove();
  EXPECT_EQ(tool.mode(), SketchMode::idle);
  EXPECT_FALSE(tool.has_polygon());
  EXPECT_TRUE(tool.undo());
  EXPECT_EQ(tool.mode(), SketchMode::editing);
  expect_vertices(tool, kSquare);
  tool.start_from(ring({{0, 0}, {50, 0}, {50, 50}}));
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, kSquare);
  tool.start_drawing();  // a new sketch over the old one; undo brings the old one back
  expect_vertices(tool, {});
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, kSquare);
  EXPECT_EQ(tool.mode(), SketchMode::editing);
}

TEST(SketchTool, UndoMidDragTakesBackThatDragOnly) {
  SketchTool tool = editing_square();
  drag(tool, screen(0, 0), screen(-10, 0));
  send(tool, Kind::press, 100, 0);
  send(tool, Kind::move, 120, 0);
  EXPECT_TRUE(type(tool, Key::undo));
  expect_vertices(tool, {{-10, 0}, {100, 0}, {100, 100}, {0, 100}});
  EXPECT_TRUE(tool.undo());
  expect_vertices(tool, kSquare);
}

TEST(SketchTool, ADragWhoseReleaseWasLostIsKept) {
  SketchTool tool = editing_square();
  send(tool, Kind::press, 0, 0);
  send(tool, Kind::move, -10, 0);  // released over a panel: no release comes
  send(tool, Kind::press, 100, 100);
  send(tool, Kind::release, 100, 100);
  expect_vertices(tool, {{-10, 0}, {100, 0}, {100, 100}, {0, 100}});
  EXPECT_TRUE(tool.undo());  // the lost drag is a step of its own
  expect_vertices(tool, kSquare);
}

// A parcel corner at (30, 40) to snap to.
MapModel parcel() {
  return test::map_of({test::layer_from_wkt({"POLYGON((30 40,80 40,80 90,30 90,30 40))"},
                                            {.name = "parcels", .origin = test::kMapOrigin})});
}

TEST(SketchTool, ClicksSnapUnlessSuspendedOrSwitchedOff) {
  MapModel map = parcel();
  Snapper snapper(map);
  SketchTool tool;
  tool.start_drawing();
  Point2 near_corner = screen(32, 41);  // 4.5 px from (30, 40)
  tool.handle(at(Kind::move, near_corner), kView, &snapper);
  ASSERT_TRUE(tool.last_snap());
  EXPECT_EQ(tool.last_snap()->kind, SnapResult::Kind::vertex);
  EXPECT_EQ(tool.cursor()->x, kX0 + 30);
  tool.handle(at(Kind::click, near_corner), kView, &snapper);
  tool.handle(at(Kind::click, near_corner, /*suspend_snap=*/true), kView, &snapper);
  EXPECT_FALSE(tool.last_snap());
  tool.set_snapping(false);
  EXPECT_FALSE(tool.snapping());
  tool.handle(at(Kind::click, screen(81, 60)), kView, &snapper);  // 2 px from the east edge
  tool.set_snapping(true);
  tool.handle(at(Kind::click, screen(81, 70)), kView, &snapper);
  EXPECT_EQ(tool.last_snap()->kind, SnapResult::Kind::edge);
  expect_vertices(tool, {{30, 40}, {32, 41}, {81, 60}, {80, 70}});
}

TEST(SketchTool, ADraggedVertexSnapsToTheLayers) {
  MapModel map = parcel();
  Snapper snapper(map);
  SketchTool tool = editing_square();
  drag(tool, screen(0, 0), screen(28, 37), &snapper);  // ends 7.2 px from the corner
  expect_vertices(tool, {{30, 40}, {100, 0}, {100, 100}, {0, 100}});
}

}  // namespace
}  // namespace landplan::viewer
