// The 耕地 ledger of a plan (耕地占补平衡): the 耕地 each relocation site and greenhouse zone
// occupies, by type and slope grade, against the 耕地 the project adds (role farmland_supplement).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"
#include "landplan/plan/occupation.hpp"

namespace landplan::plan {

struct LedgerEntry {
  std::string layer;
  std::optional<Role> role;
  std::int64_t fid = 0;
  std::string name;
  std::map<std::string, double> by_code_m2;   // 耕地 code → m² (as OccupiedLand::farmland_m2)
  std::map<std::string, double> by_grade_m2;  // slope grade → m² (OccupiedLand::slope_grade_m2)
  double m2 = 0.0;                            // all its 耕地
};

struct FarmlandLedger {
  std::vector<LedgerEntry> entries;  // every candidate of the occupations, in their order
  double occupied_m2 = 0.0;
  std::string supplement_layer;           // "" when the project has none
  std::optional<double> supplemented_m2;  // its polygons' area (overlaps once); nullopt: none

  // Supplemented minus occupied: a surplus when ≥ 0, else the deficit still to be made up.
  double balance_m2() const { return supplemented_m2.value_or(0.0) - occupied_m2; }
};

// The ledger of `occupations` (each site's and zone's 耕地 from occupation()) against the layer
// with role farmland_supplement, when the project has one; a supplement layer that is not
// polygons is an InputError.
FarmlandLedger farmland_ledger(const PlanInputs& inputs, const std::vector<Occupation>& occupations,
                               ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
