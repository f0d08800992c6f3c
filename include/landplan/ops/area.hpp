// Exact feature areas: ellipsoidal (geodesic, on the source CRS's ellipsoid) or planar.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"

namespace landplan {
class Geodesic;
namespace ops::detail {
class AreaScaleGrid;
}
}  // namespace landplan

namespace landplan::ops {

enum class AreaMethod { ellipsoidal, planar };
std::optional<AreaMethod> parse_area_method(std::string_view text);
std::string_view method_name(AreaMethod method);

// Measures valid polygons given in a working CRS. Ellipsoidal areas are geodesic areas on the
// ellipsoid of `ellipsoid_of` (a layer's source CRS), taking a bounded-error shortcut for small
// polygons inside `extent` (see plan/area_scale.hpp). Safe to use from several threads.
class AreaMeter {
 public:
  AreaMeter(AreaMethod method, const Crs& working, const Crs& ellipsoid_of, const Box& extent);
  ~AreaMeter();
  AreaMeter(const AreaMeter&) = delete;
  AreaMeter& operator=(const AreaMeter&) = delete;

  // For the features of `layer` (and pieces of them): its CRS, source ellipsoid and extent.
  static std::unique_ptr<AreaMeter> for_layer(const Layer& layer, AreaMethod method);

  AreaMethod method() const { return method_; }
  // The area in m² of a valid polygon feature (shells minus holes).
  double operator()(const Layer& layer, std::size_t feature) const;
  // The same when it needs no PROJ call (planar, or the shortcut applies); else nullopt.
  std::optional<double> quick(const Layer& layer, std::size_t feature) const;

 private:
  const Geodesic& geodesic_for_this_thread() const;

  AreaMethod method_;
  Crs working_, ellipsoid_of_;
  std::unique_ptr<detail::AreaScaleGrid> scale_;
};

// One area in m² per feature, in layer order; nullopt for null geometries. Invalid polygons are
// measured after GEOS MakeValid. Each such case adds a warning naming the feature.
std::vector<std::optional<double>> feature_areas(const Layer& layer, AreaMethod method,
                                                 Warnings& warnings);

}  // namespace landplan::ops
