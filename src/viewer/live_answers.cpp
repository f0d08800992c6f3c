// The live answers' worker thread.
#include "viewer/live_answers.hpp"

#include <algorithm>

#include "viewer/plan_layers.hpp"

namespace landplan::viewer {

SketchAnswer answer(const plan::PlanInputs& inputs, const SketchQuestion& question) {
  auto start = Clock::now();
  SketchAnswer a;
  a.revision = question.revision;
  a.target = question.target;
  // Faults of the data (an invalid polygon mid-edit) are told, not thrown: the sketch is a draft.
  a.warnings = Warnings(true);
  try {
    a.answers = plan::answer_candidate(inputs, question.site, question.target,
                                       ops::AreaMethod::ellipsoidal, a.warnings);
  } catch (const std::exception& error) {
    a.error = error.what();
  }
  // Each analysis repairs an invalid sketch again and says so: the panel says it once.
  Warnings once(true);
  for (std::string& w : a.warnings)
    if (std::find(once.begin(), once.end(), w) == once.end()) once.push_back(std::move(w));
  a.warnings = std::move(once);
  auto done = Clock::now();
  a.compute_ms = std::chrono::duration<double, std::milli>(done - start).count();
  a.latency_ms = std::chrono::duration<double, std::milli>(done - question.asked).count();
  return a;
}

LiveAnswers::LiveAnswers(const MapModel& map)
    : inputs_(map.project, project_layers(map)), worker_([this] { work(); }) {}

LiveAnswers::~LiveAnswers() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  worker_.join();
}

void LiveAnswers::ask(SketchQuestion question) {
  {
    std::lock_guard lock(mutex_);
    waiting_ = std::move(question);
  }
  changed_.notify_all();
}

std::shared_ptr<const SketchAnswer> LiveAnswers::latest() const {
  std::lock_guard lock(mutex_);
  return latest_;
}

bool LiveAnswers::busy() const {
  std::lock_guard lock(mutex_);
  return waiting_ || answering_;
}

void LiveAnswers::wait() const {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return !waiting_ && !answering_; });
}

void LiveAnswers::work() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [this] { return stop_ || waiting_; });
    if (stop_) return;
    SketchQuestion question = std::move(*waiting_);
    waiting_.reset();
    answering_ = true;
    lock.unlock();
    auto result = std::make_shared<const SketchAnswer>(answer(inputs_, question));
    lock.lock();
    latest_ = std::move(result);
    answering_ = false;
    changed_.notify_all();
  }
}

}  // namespace landplan::viewer
