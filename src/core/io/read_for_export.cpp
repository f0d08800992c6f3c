// The layers an export asks for, from a project or a dataset, each geometry kind kept.
#include "landplan/io/read_for_export.hpp"

#include <algorithm>

#include "io/gdal_source.hpp"
#include "io/read_by_kind.hpp"

namespace landplan::io {
namespace {

const char* plural(GeometryKind kind) {
  switch (kind) {
    case GeometryKind::point:
      return "points";
    case GeometryKind::line:
      return "lines";
    case GeometryKind::polygon:
      return "polygons";
    case GeometryKind::none:
      break;
  }
  return "no geometry";
}

// The layer as one Layer, or as one per geometry kind (with a warning saying so), named `name`
// (or name_point, name_line, name_polygon); "" keeps the source's layer name.
std::vector<Layer> read_kinds(const std::string& source, const ReadOptions& options,
                              const std::string& name, Warnings& warnings) {
  std::vector<GeometryKind> kinds = detail::geometry_kinds(source, options);
  if (kinds.size() <= 1) {
    Layer layer = read_native(source, options, warnings);
    if (!name.empty()) layer.name = name;
    return {std::move(layer)};
  }
  std::vector<Layer> layers = detail::read_by_kind(source, options, kinds, warnings);
  std::string base =
      name.empty() ? layers.front().name.substr(0, layers.front().name.rfind('_')) : name;
  std::string held, names;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    layers[i].name = base + "_" + std::string(kind_name(kinds[i]));
    held += std::string(i == 0 ? "" : i + 1 == kinds.size() ? " and " : ", ") + plural(kinds[i]);
    names += (i == 0 ? "" : ", ") + layers[i].name;
  }
  warnings.push_back(place(source, options.layer.empty() ? base : options.layer) + ": holds " +
                     held + " — exported as one layer per kind: " + names);
  return layers;
}

ReadOptions options_of(const Project& project, const LayerSpec& spec) {
  ReadOptions options;
  options.layer = spec.layer;
  options.source_encoding = spec.source_encoding;
  if (!spec.assume_crs.empty()) {
    set_assumed_crs(options, spec.assume_crs,
                    place(project.file.string(), "layers." + spec.key + ".assume_crs"));
  }
  return options;
}

void reproject_all(std::vector<Layer>& layers, const Crs& crs, const Project* project,
                   Warnings& warnings) {
  std::vector<const Layer*> all;
  for (const Layer& layer : layers) all.push_back(&layer);
  Crs working = working_crs(crs, project, all);
  for (Layer& layer : layers) reproject(layer, working, warnings);
}

std::string keys_of(const Project& project) {
  std::string keys;
  for (const LayerSpec& spec : project.layers) keys += (keys.empty() ? "" : ", ") + spec.key;
  return keys;
}

}  // namespace

std::vector<Layer> read_project_for_export(const Project& project,
                                           const std::vector<std::string>& names, const Crs& crs,
                                           Warnings& warnings) {
  std::vector<std::string> wanted;
  for (const std::string& name : names) {
    const LayerSpec* spec = project.find_layer(name);
    if (!spec) {
      throw InputError(project.file.string(), "has no layer '" + name + "'",
                       "the layers are: " + keys_of(project));
    }
    wanted.push_back(spec->key);
  }
  std::vector<Layer> layers;
  for (const LayerSpec& spec : project.layers) {
    if (!names.empty() && std::find(wanted.begin(), wanted.end(), spec.key) == wanted.end()) {
      continue;
    }
    for (Layer& layer : read_kinds(spec.source, options_of(project, spec), spec.key, warnings)) {
      layer.role = spec.role;
      layers.push_back(std::move(layer));
    }
  }
  reproject_all(layers, crs, &project, warnings);
  return layers;
}

std::vector<Layer> read_dataset_for_export(const std::string& source,
                                           const std::vector<std::string>& names,
                                           const ReadOptions& options, const Crs& crs,
                                           Warnings& warnings) {
  std::vector<Layer> layers;
  for (const std::string& name : names.empty() ? layer_names(source) : names) {
    ReadOptions one = options;
    one.layer = name;
    for (Layer& layer : read_kinds(source, one, "", warnings)) layers.push_back(std::move(layer));
  }
  reproject_all(layers, crs, nullptr, warnings);
  return layers;
}

}  // namespace landplan::io
