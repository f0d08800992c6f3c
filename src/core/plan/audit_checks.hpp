// The kinds of check behind plan::audit_landuse, one file each (internal to plan).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "landplan/plan/audit.hpp"

namespace landplan::plan::detail {

// Findings as the checks make them, each with the parcel's fid and BSM.
class Findings {
 public:
  Findings(const Layer& parcels, const LandSchema& schema) : parcels_(parcels), schema_(schema) {}
  void add(std::size_t feature, AuditCheck check, std::string value, std::string expected);
  std::vector<AuditFinding>& list() { return list_; }

 private:
  const Layer& parcels_;
  const LandSchema& schema_;
  std::vector<AuditFinding> list_;
};

// An area or figure as a 三调 table writes it: m² to 2 decimals.
std::string m2_text(double m2);

// tbmj, dlmc, code, tbdlmj and kcmj: the parcel's fields against `areas` (ellipsoidal, nullopt
// for a parcel without geometry) and each other. A check whose fields the layer lacks is entered
// in `skipped`.
void check_fields(const Layer& parcels, const LandSchema& schema,
                  const std::vector<std::optional<double>>& areas, Findings& findings,
                  std::map<AuditCheck, std::string>& skipped);

// geometry: null or empty, invalid (GEOS's reason), or overlapping another parcel by more than
// kLargestHarmlessAreaM2 (the pair once, at the lower fid, naming the other).
void check_geometry(const Layer& parcels, Findings& findings, Warnings& warnings);

// village: more than kLargestHarmlessAreaM2 of a parcel outside the polygons of its village, or
// a village without polygons. Returns why the check cannot run, "" when it ran.
std::string check_villages(const Layer& parcels, const LandSchema& schema,
                           const std::vector<std::optional<double>>& areas,
                           const VillageAreas& villages, Findings& findings, Warnings& warnings);

}  // namespace landplan::plan::detail
