// Running an input script (viewer/event_script.hpp) against the window: each step becomes the
// SFML events the window would get from a hand, then a frame is drawn, so ImGui and the sketch
// see what they would see.
#pragma once

#include <SFML/Window/Event.hpp>
#include <string>
#include <vector>

#include "viewer/event_script.hpp"
#include "viewer/sketch_session.hpp"

namespace landplan::viewer {

class ScriptHost {
 public:
  virtual ~ScriptHost() = default;
  virtual void feed(const sf::Event& event) = 0;  // as if it came from the window
  virtual double draw_frame() = 0;  // milliseconds it took
  virtual void look_at(Point2 centre, double metres_per_pixel) = 0;
  virtual std::pair<unsigned, unsigned> window_size() const = 0;
  virtual SketchSession& sketch() = 0;
  virtual void screenshot(const std::string& path) = 0;
};

// Runs every step; returns 0, or 2 after printing the step that failed (a file not written, a
// wait with nothing to answer).
int run_script(const std::vector<ScriptStep>& steps, ScriptHost& host, const std::string& file);

}  // namespace landplan::viewer
