// Measuring what candidate polygons occupy: control lines merged, parcels split by deduction.
#include "landplan/plan/occupation.hpp"

#include <cmath>
#include <set>

#include "landplan/ops/overlay.hpp"
#include "plan/control_line.hpp"
#include "plan/parcel_notes.hpp"

namespace landplan::plan {
namespace {

constexpr const char* kTiankan = "12";  // 1203 田坎 counts under first-level class 12

// GDPDJB as "1"…"5" (the field is text in 三调, a number in some exports); nullopt otherwise.
std::optional<std::string> slope_grade(const Column* column, std::size_t f) {
  if (!column || column->is_null(f)) return std::nullopt;
  std::optional<double> grade = column->number(f);
  if (!grade || *grade != std::floor(*grade) || *grade < 1 || *grade > 5) return std::nullopt;
  return std::to_string(static_cast<int>(*grade));
}

void add(std::map<std::string, double>& by, const std::string& key, double m2) {
  if (m2 > 0.0) by[key] += m2;
}

// The pieces of a candidate come in parcel order, so villages keep the order of the parcels.
void add_village(OccupiedLand& land, const std::string& village, double m2) {
  if (m2 <= 0.0) return;
  for (auto& [name, total] : land.village_m2) {
    if (name == village) {
      total += m2;
      return;
    }
  }
  land.village_m2.emplace_back(village, m2);
}

// Adds the pieces of the candidates over the parcels to each candidate's land figures.
class ParcelTally {
 public:
  ParcelTally(const PlanInputs& inputs, const Layer& parcels)
      : parcels_(parcels),
        schema_(inputs.land_schema(parcels)),
        farmland_(inputs.farmland_test(parcels)),
        village_(inputs.field(parcels, "village")) {}

  void add_piece(OccupiedLand& land, std::size_t parcel, double m2) {
    if (village_) add_village(land, village_->to_string(parcel), m2);
    if (!schema_.is_landuse()) return;
    std::optional<double> ratio = schema_.deduction(parcel);
    if (!ratio) note(bad_ratio_, parcel);
    double deducted = m2 * ratio.value_or(0.0), own = m2 - deducted;
    const LandCode* code = schema_.land_code(parcel);
    if (!code && unknown_seen_.insert(parcel).second) unknown_.count(schema_.land_text(parcel));
    add(land.level1_m2, code ? code->level1 : std::string(kUnknownClass), own);
    add(land.level1_m2, kTiankan, deducted);
    if (farmland_(parcel)) {
      add(land.farmland_m2, code ? code->code : schema_.land_text(parcel), own);
      std::optional<std::string> grade = slope_grade(schema_.slope_grade, parcel);
      if (schema_.slope_grade) {
        if (!grade) note(no_grade_, parcel);
        add(land.slope_grade_m2, grade.value_or(std::string(kUnknownClass)), own);
      }
    }
  }

  void warn(Warnings& warnings) const {
    std::string where = place(parcels_.source, parcels_.name);
    if (!schema_.is_landuse()) {
      warnings.push_back(where +
                         ": has no land-use field — what the sites occupy is told by "
                         "village only; map it in project.toml: fields = { landuse = \"地类\" }");
    }
    unknown_.warn(where, warnings);
    warn_bad_deductions(where, fids(bad_ratio_), warnings);
    if (!no_grade_.empty()) {
      warnings.push_back(where + ": " + std::to_string(no_grade_.size()) +
                         " 耕地 parcels have no " + "slope grade 1–5 in " +
                         schema_.slope_grade->name() + " (" + some_fids(fids(no_grade_)) +
                         ") — their 耕地 is counted under " + std::string(kUnknownClass));
    }
  }

 private:
  // A parcel is met by several candidates, but each is named once.
  void note(std::map<std::size_t, std::int64_t>& parcels, std::size_t parcel) {
    parcels.emplace(parcel, parcels_.fid(parcel));
  }
  static std::vector<std::int64_t> fids(const std::map<std::size_t, std::int64_t>& parcels) {
    std::vector<std::int64_t> fids;
    for (const auto& [parcel, fid] : parcels) fids.push_back(fid);
    return fids;
  }

  const Layer& parcels_;
  LandSchema schema_;
  std::function<bool(std::size_t)> farmland_;
  const Column* village_;
  UnknownCodes unknown_;
  std::set<std::size_t> unknown_seen_;
  std::map<std::size_t, std::int64_t> bad_ratio_, no_grade_;
};

}  // namespace

double OccupiedLand::farmland_total_m2() const {
  double total = 0.0;
  for (const auto& [code, m2] : farmland_m2) total += m2;
  return total;
}

Occupation occupation(const PlanInputs& inputs, const Layer& candidates, const Column* name,
                      ops::AreaMethod method, Warnings& warnings) {
  Occupation result;
  result.layer = candidates.name;
  result.role = candidates.role;
  auto areas = ops::feature_areas(candidates, method, warnings);
  for (std::size_t f = 0; f < candidates.size(); ++f) {
    OccupiedLand land;
    land.fid = candidates.fid(f);
    land.name = name ? name->to_string(f) : "";
    land.total_m2 = areas[f].value_or(0.0);
    result.candidates.push_back(std::move(land));
  }
  using Field = std::optional<double> OccupiedLand::*;
  for (auto [role, field] :
       {std::pair<Role, Field>{Role::basic_farmland, &OccupiedLand::basic_farmland_m2},
        {Role::ecological_redline, &OccupiedLand::ecological_redline_m2},
        {Role::development_boundary, &OccupiedLand::development_boundary_m2}}) {
    const Layer* line = inputs.find(role);
    if (!line) continue;
    ControlLineOverlap inside = control_line_overlap(*line, candidates, method, warnings);
    for (std::size_t f = 0; f < candidates.size(); ++f)
      result.candidates[f].*field = inside.inside_m2[f];
  }
  if (const Layer* parcels = inputs.find(Role::parcels)) {
    ParcelTally tally(inputs, *parcels);
    ops::Overlap pieces =
        ops::overlap(candidates, *parcels, {.method = method, .shares = false}, warnings);
    for (const ops::OverlapPiece& p : pieces.pieces)
      tally.add_piece(result.candidates[p.a], p.b, p.area_m2);
    tally.warn(warnings);
  }
  return result;
}

}  // namespace landplan::plan
