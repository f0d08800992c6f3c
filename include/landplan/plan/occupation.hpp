// What each candidate polygon (a relocation site, a greenhouse zone, any drawn site) occupies:
// the 三区三线 control lines, 耕地 by code and slope grade, land by first-level class, villages —
// the figures a site must answer for before the district approves it (勘测定界).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"
#include "landplan/plan/landuse.hpp"

namespace landplan::plan {

struct OccupiedLand {
  std::int64_t fid = 0;
  std::string name;
  double total_m2 = 0.0;  // the candidate's own area
  // Inside each control line (its polygons merged, so their overlaps count once); nullopt when
  // the project has no layer of that role.
  std::optional<double> basic_farmland_m2;        // 永久基本农田
  std::optional<double> ecological_redline_m2;    // 生态保护红线
  std::optional<double> development_boundary_m2;  // 城镇开发边界 (the part inside it)
  // From the parcels, as 勘测定界 counts them: of a piece of a parcel with deduction ratio r
  // (KCXS), piece × (1 − r) is land of the parcel's own class and piece × r is 1203 田坎.
  std::map<std::string, double> farmland_m2;  // 耕地 by code (0101, 0102, 0103…), 田坎 taken off
  // That 耕地 by GDPDJB ("1"…"5"), and all land by first-level class ("00"…"12"); what is not
  // known is under kUnknownClass.
  std::map<std::string, double> slope_grade_m2;
  std::map<std::string, double> level1_m2;
  // Whole pieces by the parcels' village, in the order the villages first occur in the parcels.
  std::vector<std::pair<std::string, double>> village_m2;

  double farmland_total_m2() const;
};

struct Occupation {
  std::string layer;                     // the candidates' layer
  std::optional<Role> role;              // its role in the project, if it is a project layer
  std::vector<OccupiedLand> candidates;  // one per feature, in layer order
};

// Measures each polygon of `candidates` (in the inputs' working CRS) against the project's
// control lines (roles basic_farmland, ecological_redline, development_boundary) and parcels
// (land use and deduction ratio from their LandSchema, 耕地 as PlanInputs::farmland_test tells
// it, village and slope grade fields), each where the project has it. `name` is the column the
// candidates are named by (nullptr: none). Ellipsoidal areas are those of the intersection
// pieces. Warns once per land-use code not in the table, of deduction ratios out of range and of
// 耕地 without a slope grade. Throws InputError for a control line that is not polygons.
Occupation occupation(const PlanInputs& inputs, const Layer& candidates, const Column* name,
                      ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
