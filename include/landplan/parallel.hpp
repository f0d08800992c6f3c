// Running a loop over all cores, each index exactly once, in contiguous chunks.
#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace landplan {

// Calls body(i) for i in [0, n). Small loops run on the calling thread. The first exception
// thrown by any body is rethrown here after all threads have finished.
template <typename Body>
void parallel_for(std::size_t n, Body&& body) {
  constexpr std::size_t kMinPerThread = 4096;
  std::size_t threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()),
                                              n / kMinPerThread);
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) body(i);
    return;
  }
  std::vector<std::exception_ptr> errors(threads);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      try {
        for (std::size_t i = n * t / threads; i < n * (t + 1) / threads; ++i) body(i);
      } catch (...) {
        errors[t] = std::current_exception();
      }
    });
  }
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

}  // namespace landplan
