// Looking up a project's layers, fields and planning figures.
#include "landplan/plan/inputs.hpp"

#include <algorithm>

#include "landplan/error.hpp"
#include "landplan/ops/geoprocess.hpp"

namespace landplan::plan {

PlanInputs::PlanInputs(const Project& project, std::vector<Layer> layers)
    : project_(project), layers_(std::move(layers)) {}

const Layer* PlanInputs::find(std::string_view key_or_role) const {
  for (const Layer& layer : layers_)
    if (layer.name == key_or_role) return &layer;
  for (const Layer& layer : layers_)
    if (layer.role && name_of(*layer.role) == key_or_role) return &layer;
  return nullptr;
}

const Layer& PlanInputs::require(std::string_view role, std::string_view needed_for) const {
  if (const Layer* layer = find(role)) return *layer;
  throw InputError(project_.file.string(),
                   "has no layer with role '" + std::string(role) + "', needed for " +
                       std::string(needed_for),
                   "add a [layers.<name>] with role = \"" + std::string(role) + "\"");
}

const Column* PlanInputs::field(const Layer& layer, std::string_view meaning,
                                std::string_view fallback) const {
  // A layer derived from a project layer (a subset, a clip) keeps its role, and so its fields.
  const LayerSpec* spec = project_.find_layer(layer.name);
  if (!spec && layer.role) spec = project_.find_layer(std::string(name_of(*layer.role)));
  if (spec) {
    auto mapped = spec->fields.find(std::string(meaning));
    if (mapped != spec->fields.end()) {
      if (const Column* column = layer.column(mapped->second)) return column;
    }
  }
  if (const Column* column = layer.column(meaning)) return column;
  return fallback.empty() ? nullptr : layer.column(fallback);
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
  auto classes = inputs.planning_list("farmland_classes", {"水田", "水浇地", "旱地"});
  const Column* landuse = inputs.field(parcels, "landuse");
  if (!landuse) {
    throw InputError(place(parcels.source, parcels.name), "has no land-use field",
                     "map it in project.toml: fields = { landuse = \"地类\" }");
  }
  return ops::subset(parcels, [&](std::size_t f) {
    return std::find(classes.begin(), classes.end(), landuse->to_string(f)) != classes.end();
  }, "farmland");
}

}  // namespace landplan::plan
