// The tables of `landplan landuse`: the long form for machines and the standard 土地利用现状 layout.
#pragma once

#include "landplan/plan/landuse.hpp"
#include "landplan/report/table.hpp"
#include "landplan/units.hpp"

namespace landplan::report {

// One row per group and class present: group, level, code, name, area_m2, area_ha, area_mu —
// the groups in their order, then 合计; with `level` 2 each first-level row is followed by the
// rows of its codes. Full precision, as every CSV.
Table landuse_long_table(const plan::LandUseTable& landuse, int level);

// The standard layout in `unit` (ha or mu), 2 decimals: one row per group then 合计, columns
// 合计 and each first-level class present (with `level` 2, followed by its codes). Rounded so
// that every figure adds up exactly: codes to their class, classes to the row's 合计, rows to the
// 合计 row (largest remainder first; see balanced.hpp).
Table landuse_wide_table(const plan::LandUseTable& landuse, int level, AreaUnit unit);

}  // namespace landplan::report
