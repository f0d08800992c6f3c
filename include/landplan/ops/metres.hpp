// Refusing metre-based work (radii, buffers, distances, planar areas) in a geographic CRS.
#pragma once

#include <string_view>

#include "landplan/layer.hpp"

namespace landplan::ops {

// Throws InputError when `layer` is in a geographic working CRS, where `what` (e.g. "service
// radii") in metres would silently be taken as degrees. The message names the CRS and the
// projected one the data fits (its Gauss-Kruger or UTM zone); `alternative` adds another way out.
void require_metres(const Layer& layer, std::string_view what, std::string_view alternative = {});

}  // namespace landplan::ops
