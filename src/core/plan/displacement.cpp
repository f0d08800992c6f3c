// Reservoir displacement: overlay of parcels and villages with the reservoir's safety zone.
#include "landplan/plan/displacement.hpp"

#include "landplan/ops/overlay.hpp"
#include "landplan/ops/geoprocess.hpp"

namespace landplan::plan {

Displacement reservoir_displacement(const PlanInputs& inputs, ops::AreaMethod method,
                                    Warnings& warnings) {
  const char* purpose = "the reservoir displacement";
  const Layer& reservoir = inputs.require(Role::reservoir, purpose);
  const Layer& parcels = inputs.require(Role::parcels, purpose);
  Displacement result;
  result.safety_m = inputs.planning("reservoir_safety_m", 0.0);
  result.water = ops::dissolve(reservoir, 0.0, "reservoir");
  result.zone = result.safety_m == 0 ? result.water
                                     : ops::dissolve(reservoir, result.safety_m, "reservoir_zone");
  result.zone.name = "reservoir_zone";

  ops::Overlap under = ops::overlap(parcels, result.zone, {.method = method, .keep_geometry = true}, warnings);
  auto is_homestead = inputs.residential_test(parcels);
  auto is_farmland = inputs.farmland_test(parcels);
  const Column* households = inputs.field(parcels, "households");
  std::map<std::string, VillageLoss> by_village;
  for (const ops::OverlapPiece& p : under.pieces) {
    std::string village = inputs.text(parcels, "village", p.a);
    std::string landuse = inputs.text(parcels, "landuse", p.a);
    VillageLoss& loss = by_village[village];
    loss.village = village;
    loss.m2_by_landuse[landuse] += p.area_m2;
    loss.total_m2 += p.area_m2;
    result.total_m2 += p.area_m2;
    if (is_farmland(p.a)) {
      loss.farmland_m2 += p.area_m2;
      result.farmland_m2 += p.area_m2;
    }
    if (is_homestead(p.a)) {
      std::int64_t h = households ? static_cast<std::int64_t>(households->number(p.a).value_or(0)) : 0;
      ++loss.homestead_parcels;
      loss.households += h;
      ++result.homestead_parcels;
      result.households += h;
    }
  }
  result.affected_parcels = ops::overlap_layer(std::move(under), parcels, result.zone);
  result.affected_parcels.name = "displaced_parcels";

  if (const Layer* villages = inputs.find(Role::villages)) {
    ops::Overlap settled = ops::overlap(*villages, result.zone, {.method = method, .keep_geometry = true}, warnings);
    for (const ops::OverlapPiece& p : settled.pieces) {
      std::string name = inputs.text(*villages, "name", p.a);
      if (name.empty()) name = inputs.text(*villages, "village", p.a);
      VillageLoss& loss = by_village[name];
      loss.village = name;
      loss.settlement_m2 += p.area_m2;
      loss.settlement_pct += p.pct_of_a;
    }
    result.affected_villages = ops::overlap_layer(std::move(settled), *villages, result.zone);
    result.affected_villages.name = "displaced_villages";
  }
  for (auto& [name, loss] : by_village) result.villages.push_back(std::move(loss));
  return result;
}

}  // namespace landplan::plan
