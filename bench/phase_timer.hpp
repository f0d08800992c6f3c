// Seconds since a moment, for the phase-timing benchmark programs.
#pragma once

#include <chrono>

namespace landplan::bench {

using Clock = std::chrono::steady_clock;

inline double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace landplan::bench
