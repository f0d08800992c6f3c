// The tables of `landplan length`: each feature's length, or a summary by a field with TOTAL.
#pragma once

#include <optional>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/ops/length.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

// Per feature of `layer`: fid, the `by` field when given, length_m, length_km (`lengths[f]`, in
// metres; empty cells when unknown).
Table feature_length_table(const Layer& layer, const std::vector<std::optional<double>>& lengths,
                           const Column* by);

// group, count, length_m, length_km: one row per value of `by` (the longest first), then TOTAL.
Table length_summary_table(const Layer& layer, const std::vector<std::optional<double>>& lengths,
                           const Column* by);

// How it was measured (method, crs, the ellipsoid of ellipsoidal lengths), the layer, the units,
// and for polygons that their length is the perimeter.
void add_length_meta(Table& table, const Layer& layer, ops::LengthMethod method);

}  // namespace landplan::report
