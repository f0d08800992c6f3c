// Resolving a layer's colours against the project's [styles.*] tables, and its name field.
#include "landplan/plan/layer_looks.hpp"

#include "landplan/plan/inputs.hpp"
#include "landplan/plan/land_schema.hpp"

namespace landplan::plan {

const std::map<std::string, std::string>* colour_table(const Project& project,
                                                       const LayerSpec& spec, const Layer& layer) {
  auto find = [&project](const std::string& name) -> const std::map<std::string, std::string>* {
    auto it = project.category_colours.find(name);
    return it == project.category_colours.end() ? nullptr : &it->second;
  };
  for (const auto& [meaning, field] : spec.fields)
    if (field == spec.style.by)
      if (auto* table = find(meaning)) return table;
  // A 三调 layer needs no `fields` for its land use: by = "DLMC" (or DLBM) means landuse too.
  LandSchema schema = land_schema(layer, spec.fields);
  for (const Column* land : {schema.name, schema.code})
    if (land && land->name() == spec.style.by)
      if (auto* table = find("landuse")) return table;
  if (auto* table = find(spec.style.by)) return table;
  return find(spec.key);
}

Categories categorise(const Project& project, const LayerSpec& spec, const Layer& layer) {
  Categories categories;
  const Column* column = spec.style.by.empty() ? nullptr : layer.column(spec.style.by);
  if (!column) return categories;  // `check` reports fields that do not exist
  const auto* table = colour_table(project, spec, layer);
  std::map<std::string, std::int32_t> index;
  categories.feature_category.assign(layer.size(), -1);
  for (std::size_t f = 0; f < layer.size(); ++f) {
    if (column->is_null(f)) continue;
    std::string value = column->to_string(f);
    auto [it, added] = index.emplace(value, static_cast<std::int32_t>(categories.values.size()));
    if (added) {
      std::optional<Rgba> colour;
      if (table) {
        if (auto found = table->find(value); found != table->end())
          colour = parse_colour(found->second);
      }
      categories.colours.push_back(colour.value_or(palette_colour(categories.values.size())));
      categories.values.push_back(value);
    }
    categories.feature_category[f] = it->second;
  }
  return categories;
}

std::map<std::string, io::LayerLook> export_looks(const Project* project,
                                                  const std::vector<Layer>& layers) {
  std::map<std::string, io::LayerLook> looks;
  for (const Layer& layer : layers) {
    io::LayerLook& look = looks[layer.name];
    if (const Column* name = layer_field(project, layer, "name")) look.name_field = name->name();
    const LayerSpec* spec = project ? project->find_layer(layer.name) : nullptr;
    if (!spec || spec->key != layer.name) continue;  // a result layer, or a role's other name
    const Style& style = spec->style;
    look.fill = parse_colour(style.fill);
    look.outline = parse_colour(style.outline);
    look.opacity = style.opacity;
    look.width = style.width;
    Categories categories = categorise(*project, *spec, layer);
    look.category_colours = std::move(categories.colours);
    look.feature_category = std::move(categories.feature_category);
  }
  return looks;
}

}  // namespace landplan::plan
