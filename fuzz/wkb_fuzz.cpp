// libFuzzer target: any bytes as one feature's WKB, through the reader GeoPackages and the Arrow
// stream use (append_wkb). It may refuse the bytes, but must not crash, overrun or hang, and
// what it stores must be a consistent Layer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "io/geometry_sink.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  landplan::Layer layer;
  // Lenient: data faults (NaN parts, areas that cannot be computed) become warnings, so the
  // geometry under them is still exercised; the fault policy itself is the corpus's to test.
  landplan::Warnings warnings(/*lenient=*/true);
  {
    landplan::io::detail::FeatureWarnings feature_warnings(warnings, "fuzz");
    landplan::io::detail::GeometrySink sink(layer, feature_warnings);
    sink.begin_feature(1);
    landplan::io::detail::append_wkb(std::span(data, size), sink);
    sink.end_feature();
  }
  if (layer.size() != 1) std::abort();
  // Every stored coordinate is finite: the sink drops NaN/Inf parts.
  for (double v : layer.coordinates())
    if (!(v == v) || v - v != 0) std::abort();
  return 0;
}
