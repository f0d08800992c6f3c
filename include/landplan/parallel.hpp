// Running a loop over all cores, each index exactly once, in contiguous chunks.
#pragma once

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace landplan {

// How many chunks parallel_chunks will cut n items into (1 for small loops).
inline std::size_t chunk_count(std::size_t n, std::size_t min_per_chunk = 4096) {
  std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max<std::size_t>(1, std::min(cores, n / min_per_chunk));
}

// Calls body(chunk, begin, end) for `chunks` contiguous ranges covering [0, n), each on its own
// thread (one chunk runs on the calling thread). Per-chunk results, kept by chunk index and
// joined in order, make the output deterministic. The first exception thrown by any body is
// rethrown here after all threads have finished.
template <typename Body>
void parallel_chunks(std::size_t n, std::size_t chunks, Body&& body) {
  if (chunks <= 1) {
    body(std::size_t{0}, std::size_t{0}, n);
    return;
  }
  std::vector<std::exception_ptr> errors(chunks);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < chunks; ++t) {
    pool.emplace_back([&, t] {
      try {
        body(t, n * t / chunks, n * (t + 1) / chunks);
      } catch (...) {
        errors[t] = std::current_exception();
      }
    });
  }
  for (std::thread& thread : pool) thread.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

// Calls body(i) for i in [0, n), over all cores for large n.
template <typename Body>
void parallel_for(std::size_t n, Body&& body) {
  parallel_chunks(n, chunk_count(n), [&](std::size_t, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) body(i);
  });
}

}  // namespace landplan
