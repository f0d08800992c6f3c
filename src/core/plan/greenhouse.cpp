// Greenhouse acreage: areas, planned figures and overlap flags.
#include "landplan/plan/greenhouse.hpp"

#include "landplan/ops/overlay.hpp"

namespace landplan::plan {

Greenhouse greenhouse_acreage(const PlanInputs& inputs, const Layer& reservoir,
                              ops::AreaMethod method, Warnings& warnings) {
  const Layer& zones = inputs.require(Role::greenhouse_zones, "the greenhouse acreage");
  Greenhouse result;
  result.target_mu = inputs.target("greenhouse_mu");
  auto areas = ops::feature_areas(zones, method, warnings);
  const Column* planned = inputs.field(zones, "planned_mu");
  for (std::size_t f = 0; f < zones.size(); ++f) {
    GreenhouseZone zone;
    zone.fid = zones.fid(f);
    zone.name = inputs.text(zones, "name", f);
    zone.village = inputs.text(zones, "village", f);
    zone.area_m2 = areas[f].value_or(0.0);
    if (planned) zone.planned_mu = planned->number(f);
    result.total_m2 += zone.area_m2;
    result.zones.push_back(zone);
  }
  Warnings repeated;  // repairs were reported by feature_areas already
  for (const ops::OverlapPiece& p : ops::overlap(zones, reservoir, {.method = method}, repeated).pieces)
    result.zones[p.a].reservoir_m2 += p.area_m2;
  for (const ops::OverlapPiece& p : ops::overlap(zones, zones, {.method = method}, repeated).pieces)
    if (p.a != p.b) result.zones[p.a].other_zones_m2 += p.area_m2;
  return result;
}

}  // namespace landplan::plan
