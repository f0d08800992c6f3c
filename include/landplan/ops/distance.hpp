// Distances between features, in the working CRS.
#pragma once

#include <cstddef>

#include "landplan/layer.hpp"

namespace landplan::ops {

// The shortest distance between two features (metres, in the working CRS), 0 if they meet.
double feature_distance(const Layer& a, std::size_t fa, const Layer& b, std::size_t fb);

}  // namespace landplan::ops
