// The hand-over checks of a 三调 land-use layer (DLTB 地类图斑): each parcel's recorded areas
// against its geometry and against each other, its code and name against the code table, its
// geometry, and its place inside its village's survey area (CJDCQ 村级调查区).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"
#include "landplan/plan/land_schema.hpp"

namespace landplan::plan {

// The checks, in the order a parcel's findings are listed.
enum class AuditCheck {
  tbmj,      // TBMJ against the ellipsoidal area of the geometry
  dlmc,      // DLMC is the name of DLBM's class
  code,      // DLBM (or DLMC alone) is in the code table
  tbdlmj,    // TBDLMJ = TBMJ − KCMJ
  kcmj,      // KCMJ = TBMJ × KCXS
  geometry,  // a valid polygon, overlapping no other parcel
  village,   // inside its village's CJDCQ polygons
};
inline constexpr std::array kAuditChecks = {
    AuditCheck::tbmj, AuditCheck::dlmc,     AuditCheck::code,   AuditCheck::tbdlmj,
    AuditCheck::kcmj, AuditCheck::geometry, AuditCheck::village};
std::string_view check_name(AuditCheck check);  // "tbmj", "dlmc", …

// The tolerances of the checks.
inline constexpr double kTbmjToleranceM2 = 0.1;         // or kTbmjToleranceRelative × area
inline constexpr double kTbmjToleranceRelative = 1e-5;  // if larger
inline constexpr double kFigureToleranceM2 = 0.01;      // TBDLMJ and KCMJ: one cent of a m²
inline constexpr double kLargestHarmlessAreaM2 = 0.01;  // overlaps and parts outside the village

struct AuditFinding {
  std::int64_t fid = 0;
  std::string bsm;  // the parcel's BSM, "" when the layer has none
  AuditCheck check = AuditCheck::tbmj;
  std::string value;     // what the parcel has, as written
  std::string expected;  // what it should have
};

struct Audit {
  std::vector<AuditFinding> findings;         // by fid, then in check order
  std::map<AuditCheck, std::string> skipped;  // a check that could not run → why
};

// The village survey areas (CJDCQ) a layer's parcels are checked against: their polygons, in the
// parcels' working CRS, and their fields (ZLDWDM / ZLDWMC, found as in a DLTB).
struct VillageAreas {
  const Layer& layer;
  LandSchema schema;
};

// Runs every check the layer's fields allow (the others are `skipped`, saying which field is
// missing); `villages` null skips the village check. Parcels are matched to their village by
// ZLDWDM when both layers have it (a 19-digit code by its first 12 digits, the village's), else
// by ZLDWMC. Areas are ellipsoidal. Throws InputError for a layer without DLBM or DLMC.
Audit audit_landuse(const Layer& parcels, const LandSchema& schema, const VillageAreas* villages,
                    Warnings& warnings);

}  // namespace landplan::plan
