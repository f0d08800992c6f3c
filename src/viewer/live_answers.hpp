// The sketch's live answers, computed off the window's thread: the window hands over each new
// version of the sketch and keeps drawing; a worker answers the newest one (versions that came
// in while it was busy are skipped, never queued), so on a county's cadastre the map never waits
// and the panel says when its numbers are older than the sketch. Window-free.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "landplan/plan/candidate.hpp"
#include "viewer/map_model.hpp"

namespace landplan::viewer {

using Clock = std::chrono::steady_clock;

struct SketchQuestion {
  std::uint64_t revision = 0;  // the sketch's version (SketchTool::revision and the panel's)
  Layer site;                  // sketch_layer(): one polygon as a feature of `target`
  std::string target;
  Clock::time_point asked = Clock::now();  // when the edit was made
};

struct SketchAnswer {
  std::uint64_t revision = 0;
  std::string target;
  plan::CandidateAnswers answers;
  Warnings warnings;
  std::string error;  // what kept the site from being measured (then `answers` is empty)
  double compute_ms = 0.0;
  double latency_ms = 0.0;  // from the edit to the answer
};

class LiveAnswers {
 public:
  // Reads the map's project layers (borrowed, not copied): the map must keep them, unchanged,
  // while this lives. Result layers added later are not read.
  explicit LiveAnswers(const MapModel& map);
  ~LiveAnswers();
  LiveAnswers(const LiveAnswers&) = delete;
  LiveAnswers& operator=(const LiveAnswers&) = delete;

  void ask(SketchQuestion question);  // replaces a question not yet taken up
  // The newest answer (nullptr before the first). Cheap: the window calls it every frame.
  std::shared_ptr<const SketchAnswer> latest() const;
  // Whether a question is waiting or being answered.
  bool busy() const;
  // Blocks until nothing is waiting or being answered (scripts and tests).
  void wait() const;

 private:
  void work();

  const plan::PlanInputs inputs_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::optional<SketchQuestion> waiting_;
  bool answering_ = false;
  bool stop_ = false;
  std::shared_ptr<const SketchAnswer> latest_;
  std::thread worker_;  // last: starts once everything above is ready
};

// The question's answer, on the calling thread (the worker's body; tests call it directly).
SketchAnswer answer(const plan::PlanInputs& inputs, const SketchQuestion& question);

}  // namespace landplan::viewer
