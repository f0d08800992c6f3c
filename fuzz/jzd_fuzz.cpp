// libFuzzer target: any bytes as a coordinate-exchange TXT (界址点坐标), through landplan's own
// hand-written parser. It may refuse the bytes (InputError), but must not crash, overrun or hang,
// and every plot it returns must be what the format promises: closed rings of at least 4 finite
// points, a shell first in each part.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "io/jzd_parse.hpp"
#include "landplan/error.hpp"

namespace {

void check_ring(const std::vector<double>& ring) {
  std::size_t n = ring.size() / 2;
  if (ring.size() % 2 != 0 || n < 4) std::abort();
  for (double v : ring)
    if (!std::isfinite(v)) std::abort();
  if (ring[0] != ring[2 * n - 2] || ring[1] != ring[2 * n - 1]) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    landplan::io::detail::JzdFile file =
        landplan::io::detail::parse_jzd("fuzz.txt", bytes, /*encoding=*/"");
    for (const auto& plot : file.plots) {
      if (plot.parts.empty()) std::abort();
      for (const auto& part : plot.parts) {
        if (part.empty()) std::abort();
        for (const auto& ring : part) check_ring(ring);
      }
    }
  } catch (const landplan::InputError&) {
    // A refusal with a message is the parser doing its job.
  }
  return 0;
}
