// A progress line on stderr for long work (renders, reports), only when stderr is a terminal:
// piped or logged, it writes nothing.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace landplan::cli {

class TerminalProgress {
 public:
  explicit TerminalProgress(std::string command);
  ~TerminalProgress();  // clears the line it drew
  TerminalProgress(const TerminalProgress&) = delete;
  TerminalProgress& operator=(const TerminalProgress&) = delete;

  // "landplan: render: 地块 42%" redrawn in place; quiet for the first half second, so a quick
  // run prints nothing.
  void update(const std::string& what, double done);
  // For options that take a callback (print::SheetOptions::progress).
  std::function<void(const std::string&, double)> callback();

 private:
  std::string command_;
  bool terminal_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace landplan::cli
