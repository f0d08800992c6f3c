// Does a layer's CRS fit its coordinates? The checks behind the commonest misread files (internal).
#pragma once

#include <optional>
#include <string>

#include "landplan/layer.hpp"

namespace landplan::io::detail {

struct CrsMisfit {
  std::string problem;  // what the coordinates say, and the CRS they fit when it can be told
  std::string remedy;
  // False when the coordinates only suggest another CRS (PROJ still places them near where they
  // belong): a warning, not a data fault.
  bool certain = true;
};

// What contradicts the layer's CRS (layer.crs, before any reprojection) in its coordinates,
// with the CRS they fit when it can be told, or nothing when they fit. `assumed`: the CRS came
// from --assume-crs / assume_crs rather than from the source, which the remedy then names.
// Checked: Gauss-Kruger x (CGCS2000, Xian 1980, Beijing 1954; 3- and 6-degree zones) with or
// without the zone number against the code's convention, a zone number other than the code's
// own, a 6-degree zone number under a 3-degree code or the reverse, and (suggestive only) x
// reaching beyond a 3-degree zone; metres under a geographic CRS, degrees under a projected one,
// and latitude-first lon/lat.
std::optional<CrsMisfit> crs_contradiction(const Layer& layer, bool assumed);

}  // namespace landplan::io::detail
