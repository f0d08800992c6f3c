// Adding up the 耕地 the sites and zones occupy, and what the supplement layer adds.
#include "landplan/plan/farmland_ledger.hpp"

#include "landplan/ops/geoprocess.hpp"

namespace landplan::plan {

FarmlandLedger farmland_ledger(const PlanInputs& inputs, const std::vector<Occupation>& occupations,
                               ops::AreaMethod method, Warnings& warnings) {
  FarmlandLedger ledger;
  for (const Occupation& occupation : occupations) {
    for (const OccupiedLand& land : occupation.candidates) {
      LedgerEntry entry{
          occupation.layer,    occupation.role,         land.fid, land.name, land.farmland_m2,
          land.slope_grade_m2, land.farmland_total_m2()};
      ledger.occupied_m2 += entry.m2;
      ledger.entries.push_back(std::move(entry));
    }
  }
  if (const Layer* supplement = inputs.find(Role::farmland_supplement)) {
    if (supplement->kind != GeometryKind::polygon && supplement->size() > 0) {
      throw InputError(place(supplement->source, supplement->name),
                       "is a " + std::string(kind_name(supplement->kind)) +
                           " layer, but 补充耕地 (farmland_supplement) must be polygons",
                       "give the role to the polygons of the added farmland");
    }
    // Merged first: two supplement polygons that overlap add their common part once.
    Layer merged = ops::dissolve(*supplement, 0.0, supplement->name);
    ledger.supplement_layer = supplement->name;
    ledger.supplemented_m2 = ops::feature_areas(merged, method, warnings)[0].value_or(0.0);
  }
  return ledger;
}

}  // namespace landplan::plan
