// OverlayNG intersection with a snapping retry.
#include "ops/intersection.hpp"

namespace landplan::ops::detail {
namespace {

// Grid size (metres) of the fixed-precision retry when floating OverlayNG fails: 1 mm.
constexpr double kRetryGridSize = 1e-3;

}  // namespace

GeosGeometry intersect_robustly(GeosContext& context, const GEOSGeometry* a,
                                const GEOSGeometry* b) {
  GEOSContextHandle_t h = context.handle();
  GeosGeometry piece(GEOSIntersection_r(h, a, b), GeosDeleter{h});
  if (!piece) piece.reset(GEOSIntersectionPrec_r(h, a, b, kRetryGridSize));
  return piece;
}

}  // namespace landplan::ops::detail
