// What candidate polygons occupy, as tables: `landplan occupy`'s rows for machines, and the
// report's table for people.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "landplan/plan/occupation.hpp"
#include "landplan/report/area_columns.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

// One thing a candidate occupies: `what` is total, basic_farmland, ecological_redline,
// development_boundary (the part inside), farmland (code 0101…), slope_grade (code 1–5),
// landuse_level1 (code 00…12 or unknown) or village (code = the village's name).
struct OccupationRow {
  std::int64_t fid = 0;
  std::string name;
  std::string what;
  std::string code;
  double m2 = 0.0;
};

// Every candidate's rows, candidate by candidate, in the order above (codes in sorted order);
// rows with zero area are left out.
std::vector<OccupationRow> occupation_rows(const plan::Occupation& occupation);

// `landplan occupy`: fid,name,what,code, then the area columns.
Table occupation_table(const plan::Occupation& occupation, const AreaColumns& units);

// The report's: the same rows headed in Chinese, codes with their names, in mu and ha.
Table occupation_report_table(const plan::Occupation& occupation);

}  // namespace landplan::report
