// The progress line.
#include "progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <iostream>

namespace landplan::cli {

TerminalProgress::TerminalProgress(std::string command)
    : command_(std::move(command)),
      terminal_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()) {}

TerminalProgress::~TerminalProgress() {
  if (drawn_) std::cerr << "\r\033[K" << std::flush;
}

void TerminalProgress::update(const std::string& what, double done) {
  if (!terminal_) return;
  if (std::chrono::steady_clock::now() - start_ < std::chrono::milliseconds(500)) return;
  int percent = static_cast<int>(std::lround(100 * std::clamp(done, 0.0, 1.0)));
  std::cerr << "\r\033[Klandplan: " << command_ << ": " << what << " " << percent << "%"
            << std::flush;
  drawn_ = true;
}

std::function<void(const std::string&, double)> TerminalProgress::callback() {
  return [this](const std::string& what, double done) { update(what, done); };
}

}  // namespace landplan::cli
