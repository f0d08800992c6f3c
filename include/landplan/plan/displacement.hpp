// What the reservoir displaces: land by village and land use, homesteads and households.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::plan {

struct VillageLoss {
  std::string village;
  std::map<std::string, double> m2_by_landuse;  // land use → m² under the reservoir zone
  double total_m2 = 0.0;
  double farmland_m2 = 0.0;            // of which farmland ([planning] farmland_classes)
  std::int64_t homestead_parcels = 0;  // residential parcels touched (with positive area)
  std::int64_t households = 0;         // their households
  double settlement_m2 = 0.0;          // of the village's settlement polygon, in the zone
  double settlement_pct = 0.0;
};

struct Displacement {
  double safety_m = 0.0;
  Layer water;              // the reservoir's water surface as one feature
  Layer zone;               // the reservoir grown by the safety distance, one feature
  Layer affected_parcels;   // parcel pieces inside the zone (overlap_layer columns)
  Layer affected_villages;  // settlement pieces inside the zone
  std::vector<VillageLoss> villages;  // by village name
  std::int64_t households = 0;
  std::int64_t homestead_parcels = 0;
  double total_m2 = 0.0;
  double farmland_m2 = 0.0;
};

// Needs roles reservoir and parcels (fields landuse, village, households); villages optional.
// [planning] reservoir_safety_m (default 0) grows the zone; residential_class (default
// 农村宅基地) names homestead parcels.
Displacement reservoir_displacement(const PlanInputs& inputs, ops::AreaMethod method,
                                    Warnings& warnings);

}  // namespace landplan::plan
