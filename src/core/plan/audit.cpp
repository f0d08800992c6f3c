// The hand-over checks of a 三调 land-use layer: the checks in order, their findings sorted.
#include "landplan/plan/audit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "landplan/ops/area.hpp"
#include "plan/audit_checks.hpp"

namespace landplan::plan {

std::string_view check_name(AuditCheck check) {
  switch (check) {
    case AuditCheck::tbmj:
      return "tbmj";
    case AuditCheck::dlmc:
      return "dlmc";
    case AuditCheck::code:
      return "code";
    case AuditCheck::tbdlmj:
      return "tbdlmj";
    case AuditCheck::kcmj:
      return "kcmj";
    case AuditCheck::geometry:
      return "geometry";
    case AuditCheck::village:
      return "village";
  }
  return "";
}

namespace detail {

void Findings::add(std::size_t feature, AuditCheck check, std::string value, std::string expected) {
  std::string bsm =
      schema_.bsm && !schema_.bsm->is_null(feature) ? schema_.bsm->to_string(feature) : "";
  list_.push_back(
      {parcels_.fid(feature), std::move(bsm), check, std::move(value), std::move(expected)});
}

std::string m2_text(double m2) {
  return fmt::format("{:.2f}", m2);
}

}  // namespace detail

Audit audit_landuse(const Layer& parcels, const LandSchema& schema, const VillageAreas* villages,
                    Warnings& warnings) {
  if (!schema.is_landuse()) {
    throw InputError(
        place(parcels.source, parcels.name),
        "is not a land-use layer: it has neither DLBM nor DLMC",
        "audit a 三调 DLTB layer, with DLBM (地类编码) or DLMC (地类名称), TBMJ, KCXS, "
        "KCMJ, TBDLMJ and ZLDWDM or ZLDWMC");
  }
  Audit audit;
  detail::Findings findings(parcels, schema);
  auto areas = ops::feature_areas(parcels, ops::AreaMethod::ellipsoidal, warnings);
  detail::check_fields(parcels, schema, areas, findings, audit.skipped);
  detail::check_geometry(parcels, findings, warnings);
  if (!villages) {
    audit.skipped[AuditCheck::village] = "no village survey areas (CJDCQ) given";
  } else if (std::string why =
                 detail::check_villages(parcels, schema, areas, *villages, findings, warnings);
             !why.empty()) {
    audit.skipped[AuditCheck::village] = why;
    warnings.push_back(place(parcels.source, parcels.name) +
                       ": the village check cannot run: " + why);
  }
  audit.findings = std::move(findings.list());
  // Stable: one parcel's findings of one check (overlaps with several others) keep their order.
  std::stable_sort(audit.findings.begin(), audit.findings.end(),
                   [](const AuditFinding& x, const AuditFinding& y) {
                     return std::tuple(x.fid, x.check) < std::tuple(y.fid, y.check);
                   });
  return audit;
}

}  // namespace landplan::plan
