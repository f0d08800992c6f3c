// Polygon validity checks and repair.
#include "ops/validity.hpp"

#include <cmath>
#include <stdexcept>

#include "landplan/ops/validity.hpp"
#include "landplan/parallel.hpp"
#include "landplan/planar.hpp"

namespace landplan::ops::detail {
namespace {
constexpr std::size_t kLargestRingCheckedDirectly = 64;

std::string invalid_reason(GeosContext& context, const GEOSGeometry* geometry) {
  char* why = GEOSisValidReason_r(context.handle(), geometry);
  std::string reason = why ? why : "invalid";
  GEOSFree_r(context.handle(), why);
  return reason;
}

// A single small ring that does not touch itself is valid: no GEOS needed (most parcels).
bool is_simple_parcel(const Layer& layer, std::size_t feature) {
  auto [first_part, last_part] = layer.parts(feature);
  if (last_part - first_part != 1) return false;
  auto [first, last] = layer.rings(first_part);
  RingView shell = layer.ring(first);
  return last - first == 1 && shell.size <= kLargestRingCheckedDirectly && ring_is_simple(shell);
}

}  // namespace

bool has_usable_coordinates(const Layer& layer, std::size_t feature) {
  auto usable = [](double v) { return std::abs(v) <= kLargestCoordinate; };  // false for NaN
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = layer.rings(p);
    for (std::size_t r = first; r < last; ++r) {
      RingView ring = layer.ring(r);
      for (std::size_t i = 0; i < ring.size; ++i)
        if (!usable(ring.x(i)) || !usable(ring.y(i))) return false;
    }
  }
  return true;
}

bool is_valid_polygon(const Layer& layer, std::size_t feature, std::string& reason) {
  if (layer.known_valid || is_simple_parcel(layer, feature)) return true;
  // Not a question of validity, and not one for GEOS (see has_usable_coordinates): callers
  // report such features as not computable.
  if (!has_usable_coordinates(layer, feature)) return true;
  GeosContext& context = geos_context();
  GeosGeometry geometry = to_geos(context, layer, feature);
  if (GEOSisValid_r(context.handle(), geometry.get()) == 1) return true;
  reason = invalid_reason(context, geometry.get());
  return false;
}

GeosGeometry valid_geometry(GeosContext& context, const Layer& layer, std::size_t feature,
                            std::string& reason) {
  if (!layer.is_null(feature) && !has_usable_coordinates(layer, feature)) {
    // Nothing GEOS can work with: an empty polygon meets nothing, and `reason` gets it warned.
    reason = kUnusableCoordinates;
    return GeosGeometry(GEOSGeom_createEmptyPolygon_r(context.handle()),
                        GeosDeleter{context.handle()});
  }
  GeosGeometry geometry = to_geos(context, layer, feature);
  if (!geometry || layer.known_valid || is_simple_parcel(layer, feature) ||
      GEOSisValid_r(context.handle(), geometry.get()) == 1) {
    return geometry;
  }
  reason = invalid_reason(context, geometry.get());
  GeosGeometry valid(GEOSMakeValid_r(context.handle(), geometry.get()),
                     GeosDeleter{context.handle()});
  if (!valid) throw std::runtime_error("GEOS MakeValid failed: " + context.last_error());
  return valid;
}

Layer polygon_layer_of(GeosContext& context, const GEOSGeometry* geometry, const Crs& crs,
                       std::int64_t fid) {
  Layer result;
  result.kind = GeometryKind::polygon;
  result.crs = crs;
  result.begin_feature(fid);
  if (geometry) append_polygons(context, geometry, result);
  result.end_feature();
  return result;
}

}  // namespace landplan::ops::detail

namespace landplan::ops {

std::vector<std::string> invalid_reasons(const Layer& layer) {
  std::vector<std::string> reasons(layer.size());
  parallel_for(layer.size(), [&](std::size_t f) {
    if (layer.is_null(f)) return;
    if (!detail::has_usable_coordinates(layer, f)) {
      reasons[f] = detail::kUnusableCoordinates;
    } else {
      detail::is_valid_polygon(layer, f, reasons[f]);
    }
  });
  return reasons;
}

}  // namespace landplan::ops
