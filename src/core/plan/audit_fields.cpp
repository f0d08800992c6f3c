// The audit's checks of a parcel's fields: TBMJ against its geometry, DLBM and DLMC against the
// code table, and the deduction figures KCMJ and TBDLMJ against TBMJ.
#include <algorithm>
#include <cmath>

#include "landplan/text.hpp"
#include "plan/audit_checks.hpp"

namespace landplan::plan::detail {
namespace {

// Figures written to 2 decimals may differ from the exact product or difference by a cent; the
// slack keeps a difference of exactly one cent, computed in binary, within the tolerance.
constexpr double kFigureSlack = 1e-7;

constexpr const char* kAnyCode = "a code of the 三调 table";

// A field of one parcel: as written, and as a number when it is one.
struct Figure {
  std::string text;              // "" when null
  bool missing = true;           // null or blank
  std::optional<double> number;  // finite numbers only
};

Figure figure(const Column* column, std::size_t feature) {
  if (!column || column->is_null(feature)) return {};
  Figure f;
  f.text = column->to_string(feature);
  f.missing = trimmed(f.text).empty();
  if (auto number = column->number(feature); number && std::isfinite(*number)) f.number = number;
  return f;
}

std::string text_of(const Column* column, std::size_t feature) {
  return column && !column->is_null(feature) ? trimmed(column->to_string(feature)) : "";
}

bool within(double value, double expected, double tolerance) {
  return std::abs(value - expected) <= tolerance;
}

// A TBMJ the deduction checks can build on; a missing, text or negative one is the tbmj
// check's finding.
std::optional<double> usable_tbmj(const LandSchema& schema, std::size_t feature) {
  Figure tbmj = figure(schema.tbmj, feature);
  if (tbmj.number && *tbmj.number >= 0) return tbmj.number;
  return std::nullopt;
}

void check_tbmj(const Layer& parcels, const LandSchema& schema,
                const std::vector<std::optional<double>>& areas, Findings& findings) {
  for (std::size_t f = 0; f < parcels.size(); ++f) {
    if (!areas[f]) continue;  // no geometry: the geometry check says so
    double area = *areas[f];
    Figure tbmj = figure(schema.tbmj, f);
    double tolerance = std::max(kTbmjToleranceM2, kTbmjToleranceRelative * area);
    if (tbmj.number && *tbmj.number >= 0 && within(*tbmj.number, area, tolerance)) continue;
    findings.add(f, AuditCheck::tbmj, tbmj.text, m2_text(area));
  }
}

void check_codes(const Layer& parcels, const LandSchema& schema, Findings& findings) {
  const LandCodes& codes = LandCodes::sandiao();
  for (std::size_t f = 0; f < parcels.size(); ++f) {
    std::string code = text_of(schema.code, f), name = text_of(schema.name, f);
    if (!schema.code) {  // DLMC alone: a name (or a code) of the table
      if (!codes.find(name)) findings.add(f, AuditCheck::code, name, kAnyCode);
      continue;
    }
    const LandCode* row = code.empty() ? nullptr : codes.find(code);
    if (!row) {
      const LandCode* named = name.empty() ? nullptr : codes.find(name);
      findings.add(f, AuditCheck::code, code, named ? named->code : kAnyCode);
    } else if (schema.name && !row->named(name)) {
      findings.add(f, AuditCheck::dlmc, name, row->name);
    }
  }
}

void check_tbdlmj(const Layer& parcels, const LandSchema& schema, Findings& findings) {
  for (std::size_t f = 0; f < parcels.size(); ++f) {
    std::optional<double> tbmj = usable_tbmj(schema, f);
    if (!tbmj) continue;
    Figure kcmj = figure(schema.kcmj, f);
    if (!kcmj.missing && !kcmj.number) continue;  // KCMJ as text: the kcmj check's finding
    double expected = *tbmj - (kcmj.missing ? 0.0 : *kcmj.number);
    Figure tbdlmj = figure(schema.tbdlmj, f);
    if (tbdlmj.number && within(*tbdlmj.number, expected, kFigureToleranceM2 + kFigureSlack)) {
      continue;
    }
    findings.add(f, AuditCheck::tbdlmj, tbdlmj.text, m2_text(expected));
  }
}

void check_kcmj(const Layer& parcels, const LandSchema& schema, Findings& findings) {
  for (std::size_t f = 0; f < parcels.size(); ++f) {
    std::optional<double> tbmj = usable_tbmj(schema, f);
    if (!tbmj) continue;
    Figure kcxs = figure(schema.kcxs, f), kcmj = figure(schema.kcmj, f);
    if (!kcxs.missing && !kcxs.number) {
      findings.add(f, AuditCheck::kcmj, kcmj.text,
                   schema.kcxs->name() + " '" + kcxs.text + "' is not a number");
      continue;
    }
    // A blank deduction is none: no ratio, nothing deducted.
    double expected = *tbmj * (kcxs.missing ? 0.0 : *kcxs.number);
    double deducted = kcmj.missing ? 0.0 : kcmj.number.value_or(NAN);
    if (within(deducted, expected, kFigureToleranceM2 + kFigureSlack)) continue;
    findings.add(f, AuditCheck::kcmj, kcmj.text, m2_text(expected));
  }
}

std::string no_field(std::string_view names) {
  return "the layer has no " + std::string(names) + " field";
}

}  // namespace

void check_fields(const Layer& parcels, const LandSchema& schema,
                  const std::vector<std::optional<double>>& areas, Findings& findings,
                  std::map<AuditCheck, std::string>& skipped) {
  if (schema.tbmj) {
    check_tbmj(parcels, schema, areas, findings);
  } else {
    skipped[AuditCheck::tbmj] = no_field("TBMJ");
  }
  check_codes(parcels, schema, findings);
  if (!schema.code || !schema.name)
    skipped[AuditCheck::dlmc] = no_field(schema.code ? "DLMC" : "DLBM");
  if (schema.tbmj && schema.tbdlmj) {
    check_tbdlmj(parcels, schema, findings);
  } else {
    skipped[AuditCheck::tbdlmj] = no_field(schema.tbmj ? "TBDLMJ" : "TBMJ");
  }
  if (schema.tbmj && schema.kcxs && schema.kcmj) {
    check_kcmj(parcels, schema, findings);
  } else {
    skipped[AuditCheck::kcmj] = no_field(!schema.tbmj   ? "TBMJ"
                                         : !schema.kcmj ? "KCMJ"
                                                        : "KCXS (or TKXS)");
  }
}

}  // namespace landplan::plan::detail
