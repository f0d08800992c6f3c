// The viewer's ImGui panels: toolbar with village search, layer list (visibility, opacity,
// swatches, zoom to layer), identify panel, measure readout and status bar. They only report
// what the user asked for; the app acts on it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "viewer/identify.hpp"
#include "viewer/map_model.hpp"
#include "viewer/measure.hpp"

namespace landplan::viewer {

// A named place to fly to: villages first, then other named features.
struct Place {
  std::string name;
  std::string kind;  // layer title, shown beside the name
  Box box;
};
std::vector<Place> searchable_places(const MapModel& map);
std::vector<const Place*> matching_places(const std::vector<Place>& places,
                                          const std::string& query);

struct PanelState {
  std::vector<Place> places;
  std::string search;
  std::optional<Identified> identified;
  MeasureMode measure_mode = MeasureMode::off;
  std::optional<Measurement> measurement;
  std::string cursor_world;   // "X … Y …  EPSG:4549"
  std::string cursor_lonlat;  // "118.9…°E 42.4…°N"
  std::string scale;          // "1:25,000 (96 dpi)"
  std::string message;        // last saved file and the like
  bool map_legend = true;     // the legend drawn on the map (the layer list has swatches too)
  bool sketching = false;     // the sketch panel is open: it stands where identify would
  float frame_ms = 0.0f;
};

struct PanelActions {
  bool home = false;
  bool save_png = false;
  bool close_identify = false;
  bool zoom_to_identified = false;
  std::optional<MeasureMode> measure;  // start (or off = stop)
  bool sketch = false;                 // open or close the sketch panel
  std::optional<Box> fly_to;
};

PanelActions draw_panels(MapModel& map, PanelState& state, float ui_scale);

}  // namespace landplan::viewer
