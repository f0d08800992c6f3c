// Putting the plan's result layers on the map.
#include "viewer/plan_layers.hpp"

#include <algorithm>
#include <optional>

#include "landplan/error.hpp"
#include "landplan/io/read.hpp"

namespace landplan::viewer {
namespace {

struct ResultLook {
  std::string title;
  sf::Color colour;
  bool visible;
};

ResultLook look_of(const plan::ResultLayer& result) {
  using plan::ResultKind;
  switch (result.kind) {
    case ResultKind::reservoir_zone: return {"水库淹没范围（含安全距离）", {25, 118, 210}, false};
    case ResultKind::displaced_parcels: return {"淹没地块", {13, 71, 161}, false};
    case ResultKind::displaced_villages: return {"淹没居民点", {74, 20, 140}, false};
    case ResultKind::relocation_conflicts: return {"安置点冲突", {230, 81, 0}, true};
    case ResultKind::well_service_areas: return {"机井服务范围", {46, 125, 50}, false};
    case ResultKind::irrigation_coverage: return {"灌溉覆盖范围", {27, 94, 32}, false};
    // Hidden at first: in a township most farmland parcels are uncovered, and hatching them all
    // would hide the map; the layer list turns it on.
    case ResultKind::uncovered_farmland: return {"未覆盖耕地", {245, 124, 0}, false};
    // Reported, not forbidden: shown, in amber rather than the violations' red.
    case ResultKind::control_findings:
      return {"三区三线：" + *result.rule, {255, 160, 0}, true};
    case ResultKind::violations: break;
  }
  return {"违反规则：" + *result.rule, {211, 47, 47}, true};
}

}  // namespace

std::vector<const Layer*> project_layers(const MapModel& map) {
  std::vector<const Layer*> layers;
  for (const LayerSpec& spec : map.project.layers)
    if (const MapLayer* layer = map.find(spec.key)) layers.push_back(&layer->data);
  return layers;
}

plan::PlanResults plan_of(MapModel& map) {
  bool all = std::all_of(map.project.layers.begin(), map.project.layers.end(),
                         [&](const LayerSpec& spec) { return map.find(spec.key) != nullptr; });
  // The map's own layers when it shows them all: a county's cadastre is not copied.
  std::optional<plan::PlanInputs> inputs;
  if (all)
    inputs.emplace(map.project, project_layers(map));
  else
    inputs.emplace(map.project, io::read_project(map.project, {}, map.crs, map.warnings));
  // The map is for looking at the data, including data the plan cannot use yet (a parcels layer
  // without its land-use field): the plan's refusal becomes a warning, not a closed window.
  try {
    return plan::run_plan(*inputs, ops::AreaMethod::ellipsoidal, map.warnings);
  } catch (const InputError& error) {
    map.warnings.push_back(std::string(error.what()) +
                           " (the map shows the layers without the planning results)");
    return {};
  }
}

void add_plan_results(MapModel& map, const plan::PlanResults& results) {
  for (const plan::ResultLayer& result : results.layers()) {
    ResultLook look = look_of(result);
    MapLayer& layer = add_result_layer(map, *result.layer, std::move(look.title), look.colour);
    layer.visible = look.visible;
    // Wide enough for round ends: a shortest line of 0 m (features that meet) shows as a dot.
    if (layer.data.kind == GeometryKind::line) layer.style.width = 4.0f;
  }
}

}  // namespace landplan::viewer
