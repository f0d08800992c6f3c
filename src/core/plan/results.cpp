// Running all analyses of a project in order, each on the layers it needs.
#include "landplan/plan/results.hpp"

namespace landplan::plan {

std::vector<ResultLayer> PlanResults::layers() const {
  std::vector<ResultLayer> layers;
  // A layer without any geometry (no well has a service circle) is no result to show or write.
  auto add = [&](ResultKind kind, const Layer& layer, const std::string* rule = nullptr) {
    if (!layer.extent().empty()) layers.push_back({kind, &layer, rule});
  };
  if (displacement) {
    add(ResultKind::reservoir_zone, displacement->zone);
    add(ResultKind::displaced_parcels, displacement->affected_parcels);
    add(ResultKind::displaced_villages, displacement->affected_villages);
  }
  if (relocation) add(ResultKind::relocation_conflicts, relocation->conflicts);
  if (irrigation) {
    add(ResultKind::well_service_areas, irrigation->service_areas);
    add(ResultKind::irrigation_coverage, irrigation->coverage);
    add(ResultKind::uncovered_farmland, irrigation->uncovered_parcels);
  }
  if (controls) {
    for (const BrokenRule& found : controls->reported)
      add(ResultKind::control_findings, found.where, &found.rule);
  }
  for (const BrokenRule& broken : broken_rules) add(ResultKind::violations, broken.where, &broken.rule);
  if (controls) {
    for (const BrokenRule& broken : controls->broken)
      add(ResultKind::violations, broken.where, &broken.rule);
  }
  return layers;
}

std::vector<const Layer*> PlanResults::result_layers() const {
  std::vector<const Layer*> analyses;
  for (const ResultLayer& result : layers())
    if (result.kind != ResultKind::violations && result.kind != ResultKind::control_findings)
      analyses.push_back(result.layer);
  return analyses;
}

PlanResults run_plan(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings) {
  PlanResults report;
  report.project = inputs.project().name;
  report.method = method;
  if (!inputs.layers().empty()) report.crs = inputs.layers().front()->crs.label();
  auto missing = [&](std::initializer_list<Role> roles) -> std::optional<Role> {
    for (Role role : roles)
      if (!inputs.find(role)) return role;
    return std::nullopt;
  };
  auto skip = [&](const char* analysis, Role role) {
    report.skipped.push_back(std::string(analysis) + ": no layer with role " +
                             std::string(name_of(role)));
  };
  Layer no_zone;  // overlaps with it are empty: for projects without a reservoir
  no_zone.kind = GeometryKind::polygon;
  if (std::optional<Role> role = missing({Role::reservoir, Role::parcels})) {
    skip("reservoir displacement", *role);
  } else {
    report.displacement = reservoir_displacement(inputs, method, warnings);
  }
  const Layer& zone = report.displacement ? report.displacement->zone : no_zone;
  if (std::optional<Role> role = missing({Role::relocation_sites})) {
    skip("relocation sites", *role);
  } else {
    report.relocation = relocation_sites(inputs, zone, method, warnings);
  }
  if (std::optional<Role> role = missing({Role::wells, Role::parcels})) {
    skip("irrigation coverage", *role);
  } else {
    report.irrigation = irrigation_coverage(inputs, method, warnings);
  }
  if (std::optional<Role> role = missing({Role::greenhouse_zones})) {
    skip("greenhouse acreage", *role);
  } else {
    const Layer& water = report.displacement ? report.displacement->water : no_zone;
    report.greenhouse = greenhouse_acreage(inputs, water, method, warnings);
  }
  if (const Layer* roads = inputs.find(Role::roads); !roads) {
    skip("road lengths", Role::roads);
  } else if (roads->kind == GeometryKind::point || roads->kind == GeometryKind::polygon) {
    report.skipped.push_back("road lengths: the roads layer holds " +
                             std::string(kind_name(roads->kind)) + "s, not the roads' lines");
  } else {
    report.roads = road_lengths(inputs, method, warnings);
  }
  bool has_lines = inputs.find(Role::basic_farmland) || inputs.find(Role::ecological_redline) ||
                   inputs.find(Role::development_boundary);
  if (inputs.find(Role::parcels) || has_lines) {
    for (Role role : {Role::relocation_sites, Role::greenhouse_zones}) {
      if (const Layer* candidates = inputs.find(role)) {
        report.occupations.push_back(
            occupation(inputs, *candidates, inputs.field(*candidates, "name"), method, warnings));
      }
    }
  }
  if (inputs.find(Role::parcels) && !report.occupations.empty()) {
    report.ledger = farmland_ledger(inputs, report.occupations, method, warnings);
  }
  RuleCheck rules = check_rules_with_geometry(inputs, method, warnings);
  report.violations = std::move(rules.violations);
  report.broken_rules = std::move(rules.broken);
  Controls controls = check_controls(inputs, method, warnings);
  if (!controls.ran.empty()) {
    for (Violation& v : controls.violations()) report.violations.push_back(std::move(v));
    report.controls = std::move(controls);
  }
  return report;
}

}  // namespace landplan::plan
