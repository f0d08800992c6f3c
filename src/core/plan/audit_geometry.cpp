// The audit's geometry check: every parcel a valid polygon, no two parcels overlapping.
#include <algorithm>
#include <tuple>

#include "landplan/ops/self_overlap.hpp"
#include "landplan/ops/validity.hpp"
#include "plan/audit_checks.hpp"

namespace landplan::plan::detail {

void check_geometry(const Layer& parcels, Findings& findings, Warnings& warnings) {
  std::vector<std::string> invalid = ops::invalid_reasons(parcels);
  for (std::size_t f = 0; f < parcels.size(); ++f) {
    if (parcels.is_null(f)) {
      findings.add(f, AuditCheck::geometry, "no geometry (null or empty)", "a polygon");
    } else if (!invalid[f].empty()) {
      findings.add(f, AuditCheck::geometry, invalid[f], "a valid polygon");
    }
  }
  // Each pair once, at the lower fid, in the order of the other fid.
  struct Pair {
    std::size_t lower, upper;
    double area_m2;
  };
  std::vector<Pair> pairs;
  for (const ops::SelfOverlap& overlap :
       ops::self_overlaps(parcels, ops::AreaMethod::ellipsoidal, warnings)) {
    if (overlap.area_m2 <= kLargestHarmlessAreaM2) continue;
    bool a_first = parcels.fid(overlap.a) <= parcels.fid(overlap.b);
    pairs.push_back(
        {a_first ? overlap.a : overlap.b, a_first ? overlap.b : overlap.a, overlap.area_m2});
  }
  std::sort(pairs.begin(), pairs.end(), [&](const Pair& x, const Pair& y) {
    return std::tuple(parcels.fid(x.lower), parcels.fid(x.upper)) <
           std::tuple(parcels.fid(y.lower), parcels.fid(y.upper));
  });
  for (const Pair& pair : pairs) {
    findings.add(
        pair.lower, AuditCheck::geometry,
        m2_text(pair.area_m2) + " m² shared with fid " + std::to_string(parcels.fid(pair.upper)),
        "0");
  }
}

}  // namespace landplan::plan::detail
