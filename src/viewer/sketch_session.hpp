// Planning on the map: the sketch tool, its snapping, its live answers and its panel, wired
// together for the window. The window hands it input events before its own navigation (a press
// on a vertex is a drag of the vertex, not of the map) and draws what it says; saving and
// exporting go through the core's writers.
#pragma once

#include <SFML/Window/Event.hpp>
#include <memory>
#include <optional>
#include <string>

#include "viewer/live_answers.hpp"
#include "viewer/map_model.hpp"
#include "viewer/picking.hpp"
#include "viewer/sketch_overlay.hpp"
#include "viewer/sketch_panel.hpp"
#include "viewer/sketch_site.hpp"
#include "viewer/sketch_tool.hpp"
#include "viewer/snapping.hpp"

namespace landplan::viewer {

class SketchSession {
 public:
  // The map's layers must not change while the session lives (the answers read them).
  explicit SketchSession(const MapModel& map);

  bool open() const { return panel_.open; }
  void show();  // opens the panel and starts drawing
  void hide();

  // Raw mouse events (press, move, release of the left button), before navigation: true when
  // the sketch used it. Clicks and double clicks come from the navigator.
  bool mouse(const sf::Event& event, const ViewTransform& view);
  bool click(Point2 screen, const ViewTransform& view, bool double_click);
  bool key(const sf::Event::KeyEvent& key, const ViewTransform& view);

  // The feature of a layer a site can be drawn for at a clicked point (under any result's
  // hatch), for 复制所选要素.
  void select(const ViewTransform& view, Point2 screen);
  void copy_selected();

  // Per frame: draws the panel and acts on it. Returns a box (working CRS) the view should show
  // clear of the panels, once, after the sketch was finished or copied.
  std::optional<Box> draw_panel(float ui_scale);
  const SketchDrawing& drawing();
  const Box& panel_rect() const { return panel_.screen_rect; }
  // An answer is being computed: keep frames coming until it is shown.
  bool waiting() const;

  // For scripts and tests: the answer for the sketch as it is now (blocks until it is there).
  std::shared_ptr<const SketchAnswer> answer_now();
  const SketchTool& tool() const { return tool_; }
  SketchPanelState& panel() { return panel_; }
  // The save, as the panel's button and its confirmation do it; "" or the message shown.
  void save(bool confirmed);
  void export_as(bool txt);
  const std::string& message() const { return panel_.message; }
  // The attribute fields set as the panel sets them (scripts): the target by key; after changing
  // panel()'s name, village or households, edited() makes the answers follow.
  void set_target(const std::string& key);
  void edited();

 private:
  SketchInput input_of(Point2 screen, SketchInput::Kind kind) const;
  SketchAttributes attributes() const;
  void ask_if_changed();  // after every edit: hands the worker the sketch as it is
  void act(const SketchPanelActions& actions);

  const MapModel& map_;
  SketchTool tool_;
  Snapper snapper_;
  LiveAnswers live_;
  SketchPanelState panel_;
  SketchDrawing drawing_;
  std::optional<Hit> selected_;
  std::optional<std::pair<std::string, std::size_t>> copied_;  // layer key and feature
  // The sketch's version: one more at every change of its vertices or of its attributes.
  std::uint64_t version_ = 0, seen_revision_ = 0, asked_ = 0;
  SketchMode last_mode_ = SketchMode::idle;
  bool keep_clear_ = false;
};

}  // namespace landplan::viewer
