// Which polygons of a layer are invalid, and why.
#pragma once

#include <string>
#include <vector>

#include "landplan/layer.hpp"

namespace landplan::ops {

// Per feature, why its polygon is invalid in GEOS's words ("Self-intersection[3 4]"), or that its
// vertices could not be transformed; "" for a valid polygon and for a null geometry.
std::vector<std::string> invalid_reasons(const Layer& layer);

}  // namespace landplan::ops
