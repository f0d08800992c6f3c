// Finding a 三调 layer's fields by their standard names, whatever the letter case.
#include "landplan/plan/land_schema.hpp"

#include "landplan/text.hpp"

namespace landplan::plan {
namespace {

// The column a project mapping names for `meaning`, else the first standard name present.
const Column* pick(const Layer& layer, const std::map<std::string, std::string>& fields,
                   const std::string& meaning, std::initializer_list<std::string_view> names) {
  if (auto mapped = fields.find(meaning); mapped != fields.end()) {
    if (const Column* column = layer.column(mapped->second)) return column;
  }
  for (std::string_view name : names)
    if (const Column* column = column_any_case(layer, name)) return column;
  return nullptr;
}

}  // namespace

const Column* column_any_case(const Layer& layer, std::string_view name) {
  std::string wanted = upper_ascii(name);
  for (const Column& column : layer.columns)
    if (upper_ascii(column.name()) == wanted) return &column;
  return nullptr;
}

LandSchema land_schema(const Layer& layer, const std::map<std::string, std::string>& fields) {
  LandSchema s;
  s.bsm = pick(layer, fields, "bsm", {"BSM"});
  s.code = pick(layer, fields, "landuse_code", {"DLBM"});
  s.name = pick(layer, fields, "landuse", {"DLMC"});
  s.village = pick(layer, fields, "village", {"ZLDWMC", "QSDWMC"});
  s.village_code = pick(layer, fields, "village_code", {"ZLDWDM", "QSDWDM"});
  s.tbmj = pick(layer, fields, "tbmj", {"TBMJ"});
  s.kcxs = pick(layer, fields, "kcxs", {"KCXS", "TKXS"});
  s.kcmj = pick(layer, fields, "kcmj", {"KCMJ"});
  s.tbdlmj = pick(layer, fields, "tbdlmj", {"TBDLMJ"});
  s.gdlx = pick(layer, fields, "gdlx", {"GDLX"});
  s.slope_grade = pick(layer, fields, "slope_grade", {"GDPDJB"});
  return s;
}

const LandCode* LandSchema::land_code(std::size_t feature, const LandCodes& codes) const {
  for (const Column* column : {code, name}) {
    if (!column || column->is_null(feature)) continue;
    std::string text = trimmed(column->to_string(feature));
    if (!text.empty()) return codes.find(text);
  }
  return nullptr;
}

std::string LandSchema::land_text(std::size_t feature) const {
  for (const Column* column : {code, name}) {
    if (!column || column->is_null(feature)) continue;
    std::string text = trimmed(column->to_string(feature));
    if (!text.empty()) return text;
  }
  return "";
}

std::optional<double> LandSchema::deduction(std::size_t feature) const {
  auto in_range = [](double ratio) -> std::optional<double> {
    if (ratio >= 0.0 && ratio < 1.0) return ratio;
    return std::nullopt;
  };
  if (kcxs && !kcxs->is_null(feature)) {
    std::optional<double> ratio = kcxs->number(feature);
    if (!ratio) return std::nullopt;
    return in_range(*ratio);
  }
  if (kcmj && tbmj && !kcmj->is_null(feature) && !tbmj->is_null(feature)) {
    std::optional<double> deducted = kcmj->number(feature);
    std::optional<double> total = tbmj->number(feature);
    if (!deducted || !total || *total <= 0.0) return std::nullopt;
    return in_range(*deducted / *total);
  }
  return 0.0;
}

}  // namespace landplan::plan
