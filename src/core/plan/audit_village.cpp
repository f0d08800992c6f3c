// The audit's village check: each parcel inside the CJDCQ polygons of its own village.
#include <unordered_map>
#include <unordered_set>

#include "landplan/ops/overlay.hpp"
#include "landplan/text.hpp"
#include "plan/audit_checks.hpp"

namespace landplan::plan::detail {
namespace {

// A 19-digit 坐落单位代码's first 12 digits are its village's (county 6, township 3, village 3):
// a parcel may carry the code of its village group, the survey area that of its village.
constexpr std::size_t kVillageCodeDigits = 12;

std::string text_of(const Column& column, std::size_t feature) {
  return column.is_null(feature) ? "" : trimmed(column.to_string(feature));
}

std::string village_key(const Column& column, std::size_t feature, bool by_code) {
  std::string key = text_of(column, feature);
  if (by_code && key.size() > kVillageCodeDigits) key.resize(kVillageCodeDigits);
  return key;
}

// Why parcels and survey areas cannot be matched, "" when they can.
std::string unmatched(const LandSchema& parcels, const VillageAreas& villages) {
  if (!parcels.village_code && !parcels.village)
    return "the parcels have no ZLDWDM or ZLDWMC field";
  if (!villages.schema.village_code && !villages.schema.village) {
    return villages.layer.name + " has no ZLDWDM or ZLDWMC field";
  }
  return "the parcels have " +
         (parcels.village_code ? parcels.village_code : parcels.village)->name() + " and " +
         villages.layer.name + " only " +
         (villages.schema.village_code ? villages.schema.village_code : villages.schema.village)
             ->name();
}

}  // namespace

std::string check_villages(const Layer& parcels, const LandSchema& schema,
                           const std::vector<std::optional<double>>& areas,
                           const VillageAreas& villages, Findings& findings, Warnings& warnings) {
  bool by_code = schema.village_code && villages.schema.village_code;
  const Column* parcel_field = by_code ? schema.village_code : schema.village;
  const Column* village_field = by_code ? villages.schema.village_code : villages.schema.village;
  if (!parcel_field || !village_field) return unmatched(schema, villages);

  const Layer& areas_layer = villages.layer;
  std::vector<std::string> village_of(areas_layer.size());
  std::unordered_set<std::string> with_polygons;
  for (std::size_t v = 0; v < areas_layer.size(); ++v) {
    village_of[v] = village_key(*village_field, v, by_code);
    if (!areas_layer.is_null(v)) with_polygons.insert(village_of[v]);
  }
  std::vector<std::string> key(parcels.size());
  for (std::size_t f = 0; f < parcels.size(); ++f) key[f] = village_key(*parcel_field, f, by_code);

  // Each parcel against its own village's polygons only: what lies in another is outside.
  auto own_village = [&](std::size_t f, std::size_t v) { return village_of[v] == key[f]; };
  ops::Overlap overlap = ops::overlap(
      parcels, areas_layer,
      {.method = ops::AreaMethod::ellipsoidal, .shares = false, .only_pairs = own_village},
      warnings);
  std::vector<double> inside(parcels.size(), 0.0);
  for (const ops::OverlapPiece& piece : overlap.pieces) inside[piece.a] += piece.area_m2;
  for (std::size_t f = 0; f < parcels.size(); ++f) {
    if (!areas[f]) continue;  // no geometry: the geometry check says so
    // People read names: the code a parcel is matched by comes after its village's name.
    std::string village = text_of(*parcel_field, f);
    if (by_code && schema.village && !text_of(*schema.village, f).empty()) {
      village = text_of(*schema.village, f) + " (" + village + ")";
    }
    if (key[f].empty()) {
      findings.add(f, AuditCheck::village, "",
                   "a village of " + areas_layer.name + " in " + parcel_field->name());
    } else if (!with_polygons.count(key[f])) {
      findings.add(f, AuditCheck::village, village + " has no polygon in " + areas_layer.name,
                   "a polygon of " + village);
    } else if (double outside = *areas[f] - inside[f]; outside > kLargestHarmlessAreaM2) {
      findings.add(f, AuditCheck::village, m2_text(outside) + " m² outside " + village, "0");
    }
  }
  return "";
}

}  // namespace landplan::plan::detail
