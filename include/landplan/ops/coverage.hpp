// Coverage: how much of each feature of an area layer the union of a cover layer covers.
#pragma once

#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"

namespace landplan::ops {

// Per feature of an area layer: its area and the part of it a cover layer covers.
struct CoveredArea {
  double area_m2 = 0.0;
  double covered_m2 = 0.0;
  double covered_pct() const { return area_m2 > 0 ? 100.0 * covered_m2 / area_m2 : 0.0; }
};

// Service areas of points (circles of the given radii) or polygons as they are, merged into one
// feature so that overlapping service areas count once.
Layer coverage_zone(const Layer& cover, const std::vector<double>& radii);

// How much of each feature of `areas` the coverage zone covers.
std::vector<CoveredArea> covered_areas(const Layer& areas, const Layer& zone, AreaMethod method,
                                       Warnings& warnings);

// As covered_areas, for the circles of radii[w] around `points` whose union is `zone`: a
// feature wholly inside one circle, or clear of every circle, is decided from its vertices
// without GEOS; only features a circle's edge crosses are overlaid with the zone.
std::vector<CoveredArea> covered_by_circles(const Layer& areas, const Layer& points,
                                            const std::vector<double>& radii, const Layer& zone,
                                            AreaMethod method, Warnings& warnings);

// The service radius of each point: its `radius` field where set, else `fallback` (0 = none). A
// radius that is not a finite number > 0 metres gives no circle (0) and a warning naming the
// point: a well without a radius irrigates nothing.
std::vector<double> service_radii(const Layer& points, const Column* radius, double fallback,
                                  Warnings& warnings);

// The cover of a coverage: points buffered by the number in `radius_field` (when given and not
// null) else by `radius` metres (0 = not given); polygons as they are.
struct CoverSpec {
  std::string radius_field;
  double radius = 0.0;
};

// The radius of each cover feature as `spec` gives it (service_radii, with its warnings), or
// spec.radius for a cover that is not points. Throws InputError for a point cover without a
// radius, or whose radius field it does not have.
std::vector<double> cover_radii(const Layer& cover, const CoverSpec& spec, Warnings& warnings);

}  // namespace landplan::ops
