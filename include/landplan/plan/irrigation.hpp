// Irrigation coverage: which farmland the wells' service areas reach, per village and per well.
#pragma once

#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::plan {

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
Irrigation irrigation_coverage(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
