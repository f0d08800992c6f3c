// The table of `landplan coverage`: how much of each area feature the cover covers.
#pragma once

#include <vector>

#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/report/table.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan::report {

// One row per feature of `areas`: fid, the `by` field when given, area_m2, covered_m2,
// covered_mu, covered_pct; the meta holds the measuring and the totals in mu.
Table coverage_table(const Layer& areas, const std::vector<ops::CoveredArea>& covered,
                     const Column* by, ops::AreaMethod method, Engine engine);

}  // namespace landplan::report
