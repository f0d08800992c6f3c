// Irrigation coverage: which farmland the wells' service areas reach, per village and per well.
#pragma once

#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/plan/area.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::plan {

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

// Splits the covered region among the wells, each bit to the nearest well whose circle reaches
// it: the service circles clipped to the wells' Voronoi cells, plus what only farther wells
// reach. The result has one feature per well, disjoint, together equal to the union.
Layer nearest_well_shares(const Layer& wells, const Layer& circles, const Layer& zone);

struct VillageIrrigation {
  std::string village;
  double farmland_m2 = 0.0;
  double covered_m2 = 0.0;
};

struct WellService {
  std::int64_t fid = 0;
  std::string name;
  std::string village;
  double radius_m = 0.0;
  double farmland_m2 = 0.0;  // farmland credited to this well (nothing counted twice)
};

struct Irrigation {
  double target_mu = 0.0;  // [targets] irrigation_mu, 0 when none
  double farmland_m2 = 0.0;
  double covered_m2 = 0.0;
  std::vector<VillageIrrigation> villages;
  std::vector<WellService> wells;
  Layer service_areas;      // one circle per well
  Layer coverage;           // their union
  Layer uncovered_parcels;  // farmland parcels not fully covered, with covered_pct
};

// Needs roles wells (fields name, village, radius) and parcels (fields landuse, village);
// [planning] default_well_radius_m (default 300) where a well has no radius, farmland_classes.
Irrigation irrigation_coverage(const PlanInputs& inputs, AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
