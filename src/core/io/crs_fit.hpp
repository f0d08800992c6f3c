// Does a layer's CRS fit its coordinates? The checks behind the commonest misread files (internal).
#pragma once

#include <optional>
#include <string>

#include "landplan/layer.hpp"

namespace landplan::io::detail {

struct CrsMisfit {
  std::string problem;  // what the coordinates say, and the CRS they fit when it can be told
  std::string remedy;
};

// What contradicts the layer's CRS (layer.crs, before any reprojection) in its coordinates,
// with the CRS they fit when it can be told, or nothing when they fit. `assumed`: the CRS came
// from --assume-crs / assume_crs rather than from the source, which the remedy then names.
// Checked: Gauss-Kruger x with or without the zone number against the code's convention,
// metres under a geographic CRS, degrees under a projected one, and latitude-first lon/lat.
std::optional<CrsMisfit> crs_contradiction(const Layer& layer, bool assumed);

}  // namespace landplan::io::detail
