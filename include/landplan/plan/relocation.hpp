// Relocation sites: do they hold their households, and do they conflict with anything?
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::plan {

struct SiteCheck {
  std::int64_t fid = 0;
  std::string name;
  std::string village;  // the village it serves
  double area_m2 = 0.0;
  std::int64_t capacity = 0;  // households it can hold at household_area_m2 each
  std::int64_t assigned = 0;  // households assigned to it
  double reservoir_m2 = 0.0;    // overlap with the reservoir zone (with safety distance)
  double greenhouse_m2 = 0.0;   // with greenhouse zones
  double farmland_m2 = 0.0;     // with farmland (耕地) parcels
  double other_sites_m2 = 0.0;  // with other relocation sites
  std::optional<double> distance_to_village_m;

  bool fits() const { return assigned <= capacity; }
  bool conflicts() const { return reservoir_m2 > 0 || greenhouse_m2 > 0 || other_sites_m2 > 0; }
};

struct Relocation {
  double household_area_m2 = 0.0;
  std::vector<SiteCheck> sites;
  Layer conflicts;  // the overlapping pieces, with the site, what it meets and the area
};

// Needs roles relocation_sites (fields name, village, households); uses reservoir_zone (from
// reservoir_displacement), greenhouse_zones, parcels (landuse in [planning] farmland_classes)
// and villages (field name) when present. [planning] household_area_m2 (default 250).
Relocation relocation_sites(const PlanInputs& inputs, const Layer& reservoir_zone,
                            ops::AreaMethod method, Warnings& warnings);

// [planning] household_area_m2 (default 250): the land one household takes at a site.
double household_area_m2(const PlanInputs& inputs);
// The households a site of `area_m2` holds at `household_area_m2` each (whole households).
std::int64_t household_capacity(double area_m2, double household_area_m2);

// Metres from feature `feature` of `sites` to the village it serves, named `village` (role
// villages, field name); nullopt without a villages layer, a name, or a village of that name.
std::optional<double> distance_to_village(const PlanInputs& inputs, const Layer& sites,
                                          std::size_t feature, const std::string& village);

}  // namespace landplan::plan
