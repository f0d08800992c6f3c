// The invariant of feature_areas on any layer, shared by the fuzz targets that measure: one
// answer per feature, empty for a null geometry, and otherwise empty (landplan warned that it
// cannot be computed) or finite and not negative. A violation aborts, so libFuzzer keeps the input.
#pragma once

#include <cmath>
#include <cstdlib>
#include <optional>
#include <vector>

#include "landplan/ops/area.hpp"

namespace landplan::fuzz {

inline std::vector<std::optional<double>> checked_areas(const Layer& layer,
                                                        ops::AreaMethod method) {
  // Lenient: data faults (NaN parts, areas that cannot be computed) become warnings, so the
  // geometry under them is still exercised; the fault policy itself is the corpus's to test.
  Warnings warnings(/*lenient=*/true);
  auto areas = ops::feature_areas(layer, method, warnings);
  if (areas.size() != layer.size()) std::abort();
  for (std::size_t f = 0; f < areas.size(); ++f) {
    if (layer.is_null(f) && areas[f]) std::abort();
    if (areas[f] && !(std::isfinite(*areas[f]) && *areas[f] >= 0)) std::abort();
  }
  return areas;
}

}  // namespace landplan::fuzz
