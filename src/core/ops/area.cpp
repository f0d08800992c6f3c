// Feature areas: the meter (exact geodesic path, or the shortcut for small polygons), validity.
#include "landplan/ops/area.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "landplan/geodesic.hpp"
#include "landplan/parallel.hpp"
#include "landplan/ops/metres.hpp"
#include "landplan/planar.hpp"
#include "ops/area_scale.hpp"
#include "ops/validity.hpp"

namespace landplan::ops {

std::optional<AreaMethod> parse_area_method(std::string_view text) {
  if (text == "ellipsoidal") return AreaMethod::ellipsoidal;
  if (text == "planar") return AreaMethod::planar;
  return std::nullopt;
}

std::string_view method_name(AreaMethod method) {
  return method == AreaMethod::planar ? "planar" : "ellipsoidal";
}

AreaMeter::AreaMeter(AreaMethod method, const Crs& working, const Crs& ellipsoid_of,
                     const Box& extent)
    : method_(method),
      working_(working),
      ellipsoid_of_(ellipsoid_of.empty() ? working : ellipsoid_of) {
  if (method_ == AreaMethod::planar || working_.is_geographic()) return;
  if (auto grid = detail::AreaScaleGrid::build(geodesic_for_this_thread(), extent)) {
    scale_ = std::make_unique<detail::AreaScaleGrid>(std::move(*grid));
  }
}

AreaMeter::~AreaMeter() = default;

std::unique_ptr<AreaMeter> AreaMeter::for_layer(const Layer& layer, AreaMethod method) {
  return std::make_unique<AreaMeter>(method, layer.crs, layer.source_crs, layer.extent());
}

namespace {

// Making a Geodesic asks PROJ for a transformation (its database: ~1 ms), and an analysis makes
// a meter per layer it measures: the live answers of a sketch make dozens per edit. So each
// thread keeps the few it used last. Entries hold their CRSs, so a CRS object's address cannot
// be reused by another while its entry lives, and equal addresses mean the same CRS. A Geodesic
// belongs to its thread, as PROJ objects must.
const Geodesic& cached_geodesic(const Crs& working, const Crs& ellipsoid_of) {
  struct Entry {
    Crs working, ellipsoid_of;
    std::unique_ptr<Geodesic> geodesic;
  };
  constexpr std::size_t kKept = 8;
  thread_local std::vector<Entry> cache;
  for (const Entry& e : cache)
    if (e.working.pj() == working.pj() && e.ellipsoid_of.pj() == ellipsoid_of.pj())
      return *e.geodesic;
  if (cache.size() >= kKept) cache.erase(cache.begin());
  cache.push_back({working, ellipsoid_of, std::make_unique<Geodesic>(working, ellipsoid_of)});
  return *cache.back().geodesic;
}

}  // namespace

const Geodesic& AreaMeter::geodesic_for_this_thread() const {
  return cached_geodesic(working_, ellipsoid_of_);
}

std::optional<double> AreaMeter::quick(const Layer& layer, std::size_t feature) const {
  if (method_ == AreaMethod::planar) return planar_area(layer, feature);
  const Box& box = layer.box(feature);
  if (scale_ && std::max(box.width(), box.height()) <= detail::AreaScaleGrid::kMaxExtent &&
      scale_->covers(box)) {
    return scale_->ellipsoidal_area(layer, feature);
  }
  return std::nullopt;
}

double AreaMeter::operator()(const Layer& layer, std::size_t feature) const {
  if (auto area = quick(layer, feature)) return *area;
  return geodesic_for_this_thread().polygon_area(layer, feature);
}

std::vector<std::optional<double>> feature_areas(const Layer& layer, AreaMethod method,
                                                 Warnings& warnings) {
  std::string where = place(layer.source, layer.name);
  // A layer whose every geometry is missing has no kind: "no feature has an area", below.
  bool no_geometry = layer.kind == GeometryKind::none;
  if (layer.kind != GeometryKind::polygon && !no_geometry && layer.size() > 0) {
    throw InputError(where, "is a " + std::string(kind_name(layer.kind)) + " layer",
                     "areas need a polygon layer");
  }
  if (method == AreaMethod::planar) {
    require_metres(layer, "planar areas", "or use --method ellipsoidal");
  }
  auto meter = AreaMeter::for_layer(layer, method);
  std::vector<std::optional<double>> areas(layer.size());
  std::vector<std::string> invalid(layer.size());
  parallel_for(layer.size(), [&](std::size_t f) {
    if (layer.is_null(f)) return;
    if (!detail::has_usable_coordinates(layer, f)) {  // reported below as not computable
      areas[f] = std::numeric_limits<double>::quiet_NaN();
      return;
    }
    if (!detail::is_valid_polygon(layer, f, invalid[f])) return;
    areas[f] = (*meter)(layer, f);
  });
  // Warnings in feature order, and repairs (rare) on this thread.
  for (std::size_t f = 0; f < layer.size(); ++f) {
    std::string at = place(layer.source, layer.name, layer.fid(f));
    if (layer.is_null(f)) {
      warnings.push_back(at + ": no geometry — its area is left empty");
    } else if (!areas[f]) {
      GeosContext& context = geos_context();
      std::string reason;
      GeosGeometry valid = detail::valid_geometry(context, layer, f, reason);
      Layer repaired = detail::polygon_layer_of(context, valid.get(), layer.crs, layer.fid(f));
      areas[f] = repaired.is_null(0) ? 0.0 : (*meter)(repaired, 0);
      warnings.push_back(at + ": invalid polygon (" + invalid[f] +
                         ") — measured after GEOS MakeValid");
    }
    // Coordinates too large for the arithmetic, or that the CRS cannot take to longitude and
    // latitude (e.g. swapped axes), give NaN or infinity: say so rather than print a blank.
    if (areas[f] && !std::isfinite(*areas[f])) {
      areas[f].reset();
      warnings.fault(at, "area cannot be computed (coordinates too large or outside the CRS)",
                     "check the layer's CRS and axis order");
    }
  }
  // Every feature without an area: a geometry column lost or misread, never a planning answer.
  if (layer.size() > 0 &&
      std::none_of(areas.begin(), areas.end(), [](auto& a) { return a.has_value(); })) {
    warnings.fault(where, "no feature has an area (every geometry is missing or empty)",
                   "check that the source holds the polygons, and its geometry column");
  }
  return areas;
}

}  // namespace landplan::ops
