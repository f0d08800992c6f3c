// The tables of `landplan overlap`: every intersecting pair, or a tabulation by fields (as ArcGIS
// Tabulate Intersection).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/ops/overlay.hpp"
#include "landplan/report/area_columns.hpp"
#include "landplan/report/table.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan::report {

// The by-fields of an overlap table: a field of A and one of B, either absent (nullptr), and
// their column headings.
struct OverlapFields {
  const Column* a = nullptr;
  const Column* b = nullptr;
  std::string name_a, name_b;
};

// The fields `by_a` of A and `by_b` of B ("" = none; InputError when a layer lacks one), headed
// as asked, suffixed _a/_b when both sides ask for the same name.
OverlapFields overlap_fields(const Layer& a, const std::string& by_a, const Layer& b,
                             const std::string& by_b);

// One row per piece: fid_a, fid_b, the by-fields, its area, pct_of_a, pct_of_b.
Table overlap_pairs_table(const ops::Overlap& overlap, const Layer& a, const Layer& b,
                          const OverlapFields& by, const AreaColumns& units);

// One row per (by-a value, by-b value) with the count and area of its pieces and their share of
// all A (and B) area carrying that value, then TOTAL; `areas_a`/`areas_b` are the features'
// areas in m².
Table overlap_summary_table(const ops::Overlap& overlap, const Layer& a, const Layer& b,
                            const OverlapFields& by, const AreaColumns& units,
                            const std::vector<std::optional<double>>& areas_a,
                            const std::vector<std::optional<double>>& areas_b);

// An overlap table's meta: the measuring (in A's CRS) and the two layers.
void add_overlap_meta(Table& table, const Layer& a, const Layer& b, ops::AreaMethod method,
                      Engine engine);

}  // namespace landplan::report
