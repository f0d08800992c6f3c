// The sketch panel: tools (draw, copy the selected feature, delete, undo, redo, snapping), what
// the site is meant for (its layer, name, village, households), its live answers (area, what it
// occupies, the rules it breaks, households it holds, distance to its village; marked stale while
// the worker catches up) and saving. Like the other panels it reports, the app acts.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "viewer/live_answers.hpp"

namespace landplan::viewer {

struct SketchPanelState {
  bool open = false;
  std::vector<std::string> targets;        // project layer keys
  std::vector<std::string> target_titles;  // their titles
  std::vector<bool> target_is_site;        // of role relocation_sites: village and households
  int target = 0;
  std::vector<std::string> villages;
  int village = -1;  // index into villages, -1 = none
  std::string name;
  int households = 0;
  bool snapping = true;
  bool drawing = false, has_polygon = false, can_undo = false, can_redo = false;
  std::string copy_label;  // "" = nothing selected that can be copied
  std::shared_ptr<const SketchAnswer> answer;
  bool stale = false;         // the answer is of an older version of the sketch
  std::string save_question;  // non-empty: ask the user to confirm this
  std::string message;        // the last save or export
  Box screen_rect;            // where the panel was drawn (pixels), to keep the sketch clear of it
};

struct SketchPanelActions {
  bool draw = false, copy = false, remove = false, undo = false, redo = false;
  bool snapping_changed = false;
  bool attributes_changed = false;  // target, name, village or households edited
  bool save = false, confirm_save = false, cancel_save = false;
  bool export_txt = false, export_shp = false;
  bool close = false;
};

SketchPanelActions draw_sketch_panel(SketchPanelState& state, float ui_scale);

// Every character the panel may show that is not data (for the font atlas).
std::vector<std::string> sketch_panel_text();

}  // namespace landplan::viewer
