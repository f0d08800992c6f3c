// Exact feature areas: ellipsoidal (geodesic, on the source CRS's ellipsoid) or planar.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"

namespace landplan::plan {

enum class AreaMethod { ellipsoidal, planar };
std::optional<AreaMethod> parse_area_method(std::string_view text);
std::string_view method_name(AreaMethod method);

// One area in m² per feature, in layer order; nullopt for null geometries. Invalid polygons are
// measured after GEOS MakeValid. Each such case adds a warning naming the feature.
std::vector<std::optional<double>> feature_areas(const Layer& layer, AreaMethod method,
                                                 Warnings& warnings);

}  // namespace landplan::plan
