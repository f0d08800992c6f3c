// Distances between features with GEOS.
#include "landplan/ops/distance.hpp"

#include "landplan/geos.hpp"
#include "landplan/ops/metres.hpp"

namespace landplan::ops {

double feature_distance(const Layer& a, std::size_t fa, const Layer& b, std::size_t fb) {
  require_metres(a, "distances");
  GeosContext& context = geos_context();
  GeosGeometry ga = to_geos(context, a, fa), gb = to_geos(context, b, fb);
  double distance = 0;
  if (!ga || !gb || GEOSDistance_r(context.handle(), ga.get(), gb.get(), &distance) != 1) {
    throw std::runtime_error("GEOS distance failed: " + context.last_error());
  }
  return distance;
}

}  // namespace landplan::ops
