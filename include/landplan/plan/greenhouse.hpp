// Greenhouse (facility agriculture) acreage per zone and village, against planned figures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::plan {

struct GreenhouseZone {
  std::int64_t fid = 0;
  std::string name;
  std::string village;
  double area_m2 = 0.0;
  std::optional<double> planned_mu;  // the zone's own planned figure, when it has one
  double reservoir_m2 = 0.0;         // under the reservoir's water surface
  double other_zones_m2 = 0.0;       // overlapping other greenhouse zones
};

struct Greenhouse {
  std::vector<GreenhouseZone> zones;
  double total_m2 = 0.0;
  double target_mu = 0.0;  // [targets] greenhouse_mu, 0 when none
};

// Needs role greenhouse_zones (fields name, village, planned_mu); checks overlaps with
// `reservoir` (its water surface) and between zones.
Greenhouse greenhouse_acreage(const PlanInputs& inputs, const Layer& reservoir,
                              ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
