// The tables of `landplan area`: each feature's area, or a summary by a field with a TOTAL row.
#pragma once

#include <optional>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/report/area_columns.hpp"
#include "landplan/report/table.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan::report {

// Per feature of `layer`: fid, the `by` field when given, then its area (`areas[f]`, in m²).
Table feature_area_table(const Layer& layer, const std::vector<std::optional<double>>& areas,
                         const Column* by, const AreaColumns& units);

// One row per value of `by` (group, count, area; the largest area first, ties in the order of
// the values), then TOTAL over all features. A feature without area counts, with 0 m².
Table area_summary_table(const Layer& layer, const std::vector<std::optional<double>>& areas,
                         const Column* by, const AreaColumns& units);

// What every measured table says of how it was measured: method, engine and (working) crs.
void add_measuring_meta(Table& table, ops::AreaMethod method, Engine engine, const Crs& crs);

// A table of a layer's measures: the measuring, the ellipsoid of ellipsoidal measures, the layer.
void add_layer_measuring_meta(Table& table, const Layer& layer, ops::AreaMethod method,
                              Engine engine);

// An area table's meta: add_layer_measuring_meta and the units asked for.
void add_area_meta(Table& table, const Layer& layer, ops::AreaMethod method, Engine engine,
                   const AreaColumns& units);

}  // namespace landplan::report
