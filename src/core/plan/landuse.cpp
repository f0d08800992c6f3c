// Adding up a land-use layer by group and class, from the database's figures or the geometry.
#include "landplan/plan/landuse.hpp"

#include <cmath>

#include "plan/parcel_notes.hpp"

namespace landplan::plan {
namespace {

constexpr const char* kTiankan = "1203";  // 田坎: where deducted areas count

// A usable area figure: a finite number ≥ 0.
std::optional<double> figure(const Column* column, std::size_t feature) {
  if (!column || column->is_null(feature)) return std::nullopt;
  std::optional<double> value = column->number(feature);
  if (!value || !std::isfinite(*value) || *value < 0.0) return std::nullopt;
  return value;
}

// A parcel's area split into its own class and the deducted 田坎.
struct Split {
  double own_m2 = 0.0;
  double deducted_m2 = 0.0;
};

// From the database: TBDLMJ to the class and KCMJ to 田坎; missing ones follow from
// TBDLMJ = TBMJ − KCMJ and KCMJ = TBMJ × KCXS. nullopt when neither TBDLMJ nor TBMJ is usable.
std::optional<Split> split_from_fields(const LandSchema& schema, std::size_t f) {
  std::optional<double> tbmj = figure(schema.tbmj, f);
  std::optional<double> tbdlmj = figure(schema.tbdlmj, f);
  std::optional<double> kcmj = figure(schema.kcmj, f);
  if (tbdlmj) {
    double deducted = kcmj ? *kcmj : tbmj && *tbmj > *tbdlmj ? *tbmj - *tbdlmj : 0.0;
    return Split{*tbdlmj, deducted};
  }
  if (!tbmj) return std::nullopt;
  double deducted = kcmj ? *kcmj : *tbmj * schema.deduction(f).value_or(0.0);
  return Split{*tbmj - deducted, deducted};
}

void add(LandUseGroup& group, const std::string& level1, const std::string& code, double m2) {
  if (m2 == 0.0) return;
  group.level1_m2[level1] += m2;
  group.code_m2[code] += m2;
  group.total_m2 += m2;
}

}  // namespace

std::optional<AreaSource> parse_area_source(std::string_view text) {
  if (text == "fields") return AreaSource::fields;
  if (text == "computed") return AreaSource::computed;
  return std::nullopt;
}

bool every_parcel_has_figures(const Layer& layer, const LandSchema& schema) {
  for (std::size_t f = 0; f < layer.size(); ++f)
    if (!split_from_fields(schema, f)) return false;
  return true;
}

LandUseTable landuse_table(const Layer& layer, const LandSchema& schema, const Column* by,
                           AreaSource areas, ops::AreaMethod method, Warnings& warnings) {
  const LandCodes& codes = LandCodes::sandiao();
  const std::string where = place(layer.source, layer.name);
  LandUseTable table;
  table.areas = areas;
  table.total.name = "合计";

  std::vector<std::optional<double>> measured;
  auto measure = [&](std::size_t f) -> std::optional<double> {
    if (measured.empty()) measured = ops::feature_areas(layer, method, warnings);
    return measured[f];
  };
  std::map<std::string, std::size_t> group_index;
  UnknownCodes unknown;
  std::vector<std::int64_t> measured_instead, bad_ratio;

  for (std::size_t f = 0; f < layer.size(); ++f) {
    std::optional<Split> split;
    if (areas == AreaSource::fields) {
      split = split_from_fields(schema, f);
      if (!split) measured_instead.push_back(layer.fid(f));
    }
    if (!split) {
      std::optional<double> area = measure(f);
      if (!area) continue;  // a null geometry: nothing to measure
      std::optional<double> ratio = schema.deduction(f);
      if (!ratio) bad_ratio.push_back(layer.fid(f));
      split = Split{*area * (1.0 - ratio.value_or(0.0)), *area * ratio.value_or(0.0)};
    }
    std::vector<LandUseGroup*> counted{&table.total};
    if (by) {
      std::string group_name = by->to_string(f);
      auto [it, added] = group_index.emplace(group_name, table.groups.size());
      if (added) table.groups.push_back({group_name, {}, {}, 0.0});
      counted.push_back(&table.groups[it->second]);
    }
    const LandCode* code = schema.land_code(f, codes);
    std::string level1 = code ? code->level1 : std::string(kUnknownClass);
    std::string code_key = code ? code->code : std::string(kUnknownClass);
    if (!code) unknown.count(schema.land_text(f));
    for (LandUseGroup* g : counted) {
      add(*g, level1, code_key, split->own_m2);
      add(*g, "12", kTiankan, split->deducted_m2);
    }
  }
  unknown.warn(where, warnings);
  if (!measured_instead.empty()) {
    warnings.push_back(where + ": " + std::to_string(measured_instead.size()) +
                       " parcels have no usable TBMJ or TBDLMJ (missing, text or negative: " +
                       some_fids(measured_instead) + ") — their areas are measured instead");
  }
  warn_bad_deductions(where, bad_ratio, warnings);
  return table;
}

}  // namespace landplan::plan
