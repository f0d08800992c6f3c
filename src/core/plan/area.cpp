// Feature areas: validity, the exact geodesic path, and the fast path for small polygons.
#include "landplan/plan/area.hpp"

#include <cmath>

#include "landplan/geodesic.hpp"
#include "landplan/parallel.hpp"
#include "landplan/geos.hpp"
#include "landplan/planar.hpp"
#include "plan/area_scale.hpp"

namespace landplan::plan {

std::optional<AreaMethod> parse_area_method(std::string_view text) {
  if (text == "ellipsoidal") return AreaMethod::ellipsoidal;
  if (text == "planar") return AreaMethod::planar;
  return std::nullopt;
}

std::string_view method_name(AreaMethod method) {
  return method == AreaMethod::planar ? "planar" : "ellipsoidal";
}

namespace {

constexpr std::size_t kLargestRingCheckedDirectly = 64;

// Cheap for the common parcel (one small ring), GEOS for everything else.
bool is_valid_polygon(const Layer& layer, std::size_t feature, std::string& reason) {
  auto [first_part, last_part] = layer.parts(feature);
  if (last_part - first_part == 1) {
    auto [first, last] = layer.rings(first_part);
    RingView shell = layer.ring(first);
    if (last - first == 1 && shell.size <= kLargestRingCheckedDirectly && ring_is_simple(shell))
      return true;
  }
  GeosContext& context = geos_context();
  GeosGeometry geometry = to_geos(context, layer, feature);
  if (GEOSisValid_r(context.handle(), geometry.get()) == 1) return true;
  char* why = GEOSisValidReason_r(context.handle(), geometry.get());
  reason = why ? why : "invalid";
  GEOSFree_r(context.handle(), why);
  return false;
}

// The feature made valid by GEOS, as a one-feature layer in the same CRS.
Layer made_valid(const Layer& layer, std::size_t feature) {
  GeosContext& context = geos_context();
  GeosGeometry geometry = to_geos(context, layer, feature);
  GeosGeometry valid(GEOSMakeValid_r(context.handle(), geometry.get()),
                     GeosDeleter{context.handle()});
  if (!valid) throw std::runtime_error("GEOS MakeValid failed: " + context.last_error());
  Layer result;
  result.kind = GeometryKind::polygon;
  result.crs = layer.crs;
  result.begin_feature(layer.fid(feature));
  append_polygons(context, valid.get(), result);
  result.end_feature();
  return result;
}

class AreaMeter {
 public:
  AreaMeter(const Layer& layer, AreaMethod method) : method_(method) {
    if (method == AreaMethod::planar) return;
    geodesic_.emplace(layer.crs, layer.source_crs.empty() ? layer.crs : layer.source_crs);
    if (!layer.crs.is_geographic()) scale_ = detail::AreaScaleGrid::build(*geodesic_, layer.extent());
  }

  // The area without PROJ (planar, or the ellipsoidal shortcut): safe on any thread.
  std::optional<double> measure_quickly(const Layer& layer, std::size_t feature) const {
    if (method_ == AreaMethod::planar) return planar_area(layer, feature);
    const Box& box = layer.box(feature);
    if (scale_ && std::max(box.width(), box.height()) <= detail::AreaScaleGrid::kMaxExtent &&
        scale_->covers(box)) {
      return scale_->ellipsoidal_area(layer, feature);
    }
    return std::nullopt;
  }

  double measure(const Layer& layer, std::size_t feature) const {
    if (auto quick = measure_quickly(layer, feature)) return *quick;
    return geodesic_->polygon_area(layer, feature);
  }

 private:
  AreaMethod method_;
  std::optional<Geodesic> geodesic_;
  std::optional<detail::AreaScaleGrid> scale_;
};

}  // namespace

std::vector<std::optional<double>> feature_areas(const Layer& layer, AreaMethod method,
                                                 Warnings& warnings) {
  std::string where = place(layer.source, layer.name);
  if (layer.kind != GeometryKind::polygon && layer.size() > 0) {
    throw InputError(where, "is a " + std::string(kind_name(layer.kind)) + " layer",
                     "areas need a polygon layer");
  }
  if (method == AreaMethod::planar && layer.crs.is_geographic()) {
    throw InputError(where, "planar area in " + layer.crs.label() + " would be in square degrees",
                     "use --method ellipsoidal, or a projected --crs such as EPSG:4549");
  }
  AreaMeter meter(layer, method);
  std::vector<std::optional<double>> areas(layer.size());
  // First, on all cores, every valid feature the shortcut can measure; the rest (invalid ones,
  // and large ones needing PROJ, whose objects are not thread-safe) after, in order.
  std::vector<char> valid(layer.size(), 0);
  parallel_for(layer.size(), [&](std::size_t f) {
    std::string reason;
    if (layer.is_null(f) || !is_valid_polygon(layer, f, reason)) return;
    valid[f] = 1;
    areas[f] = meter.measure_quickly(layer, f);
  });
  for (std::size_t f = 0; f < layer.size(); ++f) {
    if (areas[f]) continue;
    if (layer.is_null(f)) {
      warnings.push_back(place(layer.source, layer.name, layer.fid(f)) +
                         ": no geometry — its area is left empty");
      continue;
    }
    if (valid[f]) {
      areas[f] = meter.measure(layer, f);
      continue;
    }
    std::string reason;
    is_valid_polygon(layer, f, reason);
    Layer made = made_valid(layer, f);
    areas[f] = made.is_null(0) ? 0.0 : meter.measure(made, 0);
    warnings.push_back(place(layer.source, layer.name, layer.fid(f)) + ": invalid polygon (" +
                       reason + ") — measured after GEOS MakeValid");
  }
  return areas;
}

}  // namespace landplan::plan
