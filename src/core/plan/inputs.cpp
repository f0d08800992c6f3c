// Looking up a project's layers, fields and planning figures.
#include "landplan/plan/inputs.hpp"

#include <algorithm>

#include "landplan/error.hpp"
#include "landplan/ops/geoprocess.hpp"

namespace landplan::plan {

PlanInputs::PlanInputs(const Project& project, std::vector<Layer> layers)
    : project_(project), owned_(std::move(layers)) {
  for (const Layer& layer : owned_) layers_.push_back(&layer);
}

PlanInputs::PlanInputs(const Project& project, std::vector<const Layer*> borrowed)
    : project_(project), layers_(std::move(borrowed)) {}

const Layer* PlanInputs::find(std::string_view key_or_role) const {
  for (const Layer* layer : layers_)
    if (layer->name == key_or_role) return layer;
  for (const Layer* layer : layers_)
    if (layer->role && name_of(*layer->role) == key_or_role) return layer;
  return nullptr;
}

const Layer& PlanInputs::require(std::string_view role, std::string_view needed_for) const {
  if (const Layer* layer = find(role)) return *layer;
  throw InputError(project_.file.string(),
                   "has no layer with role '" + std::string(role) + "', needed for " +
                       std::string(needed_for),
                   "add a [layers.<name>] with role = \"" + std::string(role) + "\"");
}

namespace {

const LayerSpec* spec_in(const Project* project, const Layer& layer) {
  if (!project) return nullptr;
  // A layer derived from a project layer (a subset, a clip) keeps its role, and so its fields.
  const LayerSpec* spec = project->find_layer(layer.name);
  if (!spec && layer.role) spec = project->find_layer(std::string(name_of(*layer.role)));
  return spec;
}

}  // namespace

const LayerSpec* PlanInputs::spec_of(const Layer& layer) const {
  return spec_in(&project_, layer);
}

const Column* PlanInputs::field(const Layer& layer, std::string_view meaning,
                                std::string_view fallback) const {
  return layer_field(&project_, layer, meaning, fallback);
}

const Column* layer_field(const Project* project, const Layer& layer, std::string_view meaning,
                          std::string_view fallback) {
  const LayerSpec* spec = spec_in(project, layer);
  if (spec) {
    auto mapped = spec->fields.find(std::string(meaning));
    if (mapped != spec->fields.end()) {
      if (const Column* column = layer.column(mapped->second)) return column;
    }
  }
  if (const Column* column = layer.column(meaning)) return column;
  if (!fallback.empty()) {
    if (const Column* column = layer.column(fallback)) return column;
  }
  auto fields = spec ? spec->fields : std::map<std::string, std::string>{};
  if (meaning == "landuse") {
    LandSchema schema = land_schema(layer, fields);
    return schema.name ? schema.name : schema.code;
  }
  if (meaning == "village") return land_schema(layer, fields).village;
  if (meaning == "name") {
    if (const Column* column = layer.column("名称")) return column;
    if (const Column* column = column_any_case(layer, "MC")) return column;
    return layer.column("地块名称");  // a coordinate-exchange TXT's plots
  }
  return nullptr;
}

LandSchema PlanInputs::land_schema(const Layer& layer) const {
  const LayerSpec* spec = spec_of(layer);
  return plan::land_schema(layer, spec ? spec->fields : std::map<std::string, std::string>{});
}

std::function<bool(std::size_t)> PlanInputs::class_test(
    const Layer& layer, const std::string& list_key,
    std::function<bool(const LandCode&)> by_default) const {
  LandSchema schema = land_schema(layer);
  auto listed = project_.planning_lists.find(list_key);
  if (listed == project_.planning_lists.end()) {
    return [schema, by_default](std::size_t f) {
      const LandCode* code = schema.land_code(f);
      return code && by_default(*code);
    };
  }
  // Listed classes match the text as written, or the code a listed name or code stands for.
  std::vector<std::string> texts = listed->second;
  std::vector<const LandCode*> codes;
  for (const std::string& text : texts)
    if (const LandCode* code = LandCodes::sandiao().find(text)) codes.push_back(code);
  return [schema, texts, codes](std::size_t f) {
    if (std::find(texts.begin(), texts.end(), schema.land_text(f)) != texts.end()) return true;
    const LandCode* code = schema.land_code(f);
    return code && std::find(codes.begin(), codes.end(), code) != codes.end();
  };
}

std::function<bool(std::size_t)> PlanInputs::farmland_test(const Layer& layer) const {
  return class_test(layer, "farmland_classes", [](const LandCode& c) { return c.is_farmland(); });
}

std::function<bool(std::size_t)> PlanInputs::residential_test(const Layer& layer) const {
  return class_test(layer, "residential_class", [](const LandCode& c) { return c.code == "0702"; });
}

std::string PlanInputs::text(const Layer& layer, std::string_view meaning,
                             std::size_t feature) const {
  const Column* column = field(layer, meaning);
  return column ? column->to_string(feature) : "";
}

double PlanInputs::planning(const std::string& key, double fallback) const {
  auto found = project_.planning.find(key);
  return found == project_.planning.end() ? fallback : found->second;
}

std::vector<std::string> PlanInputs::planning_list(const std::string& key,
                                                   std::vector<std::string> fallback) const {
  auto found = project_.planning_lists.find(key);
  return found == project_.planning_lists.end() ? fallback : found->second;
}

double PlanInputs::target(const std::string& key) const {
  auto found = project_.targets.find(key);
  return found == project_.targets.end() ? 0.0 : found->second;
}

Layer farmland_parcels(const PlanInputs& inputs, std::string_view needed_for) {
  const Layer& parcels = inputs.require(Role::parcels, needed_for);
  if (!inputs.land_schema(parcels).is_landuse()) {
    throw InputError(place(parcels.source, parcels.name), "has no land-use field",
                     "map it in project.toml: fields = { landuse = \"地类\" }");
  }
  return ops::subset(parcels, inputs.farmland_test(parcels), "farmland");
}

}  // namespace landplan::plan
