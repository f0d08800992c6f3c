// The 土地利用现状 table: a land-use layer's area by group (village) and land-use class.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/land_schema.hpp"

namespace landplan::plan {

// Where a parcel's area comes from: the database's own figures (TBDLMJ to its class, KCMJ to
// 1203 田坎) or measured from the geometry (split by the deduction ratio the same way).
enum class AreaSource { fields, computed };
std::optional<AreaSource> parse_area_source(std::string_view text);

// The key unknown codes are counted under, as a first-level class and as a code.
inline constexpr std::string_view kUnknownClass = "unknown";

struct LandUseGroup {
  std::string name;                     // the --by value; "合计" for the total
  std::map<std::string, double> level1_m2;  // first-level class code (or "unknown") → m²
  std::map<std::string, double> code_m2;    // code as in the table (or "unknown") → m²
  double total_m2 = 0.0;
};

struct LandUseTable {
  std::vector<LandUseGroup> groups;  // in the order each group first appears in the layer
  LandUseGroup total;                // named "合计"
  AreaSource areas = AreaSource::computed;
};

// True when every parcel has the figures `AreaSource::fields` reads (a usable TBDLMJ or TBMJ), so
// its geometry need not be read at all.
bool every_parcel_has_figures(const Layer& layer, const LandSchema& schema);

// Adds up every parcel of `layer` by group (the `by` column's text; only the total when `by` is
// null) and class. `areas` fields needs TBMJ or TBDLMJ; a parcel whose figures are missing,
// text or negative is measured instead, with a warning. Codes not in the table are counted as
// unknown with one warning per code (and its count). Parcels with a null geometry count only
// under `fields`.
LandUseTable landuse_table(const Layer& layer, const LandSchema& schema, const Column* by,
                           AreaSource areas, ops::AreaMethod method, Warnings& warnings);

}  // namespace landplan::plan
