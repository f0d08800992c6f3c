// Shared flags and loading for the landplan subcommands.
#include "common.hpp"

#include <filesystem>
#include <iostream>
#include <optional>

#include "landplan/io/postgis.hpp"
#include "landplan/io/read.hpp"
#include "landplan/project.hpp"
#include "landplan/secrets.hpp"

namespace landplan::cli {

namespace {

io::ReadOptions read_options(const ReadFlags& flags) {
  io::ReadOptions options;
  options.source_encoding = flags.source_encoding;
  options.geometry = flags.geometry;
  if (!flags.assume_crs.empty()) {
    options.assume_crs = Crs::from_user_input(flags.assume_crs, "--assume-crs");
  }
  return options;
}

// "parcels.shp", "town.gpkg:parcels", "PG:dbname=x:schema.table" or
// "postgresql://h:5432/x:schema.table" → dataset and layer.
std::pair<std::string, std::string> split_reference(const std::string& ref) {
  if (std::filesystem::exists(ref)) return {ref, ""};
  std::size_t colon = ref.rfind(':');
  if (colon != std::string::npos && colon > 0) {
    std::string dataset = ref.substr(0, colon);
    // In a URI a colon before the path is the port's or the password's, not a layer's.
    std::size_t scheme = dataset.find("://");
    bool in_authority =
        scheme != std::string::npos && dataset.find('/', scheme + 3) == std::string::npos;
    if (std::filesystem::exists(dataset) || (io::is_postgis_source(dataset) && !in_authority)) {
      return {dataset, ref.substr(colon + 1)};
    }
  }
  return {ref, ""};  // reading it will say what is wrong
}

std::string layer_keys(const Project& project) {
  std::string keys;
  for (const LayerSpec& spec : project.layers) keys += (keys.empty() ? "" : ", ") + spec.key;
  return keys;
}

}  // namespace

void add_read_flags(CLI::App& command, ReadFlags& flags) {
  command.add_option("--crs", flags.crs, "working CRS (default: project, else automatic GK/UTM)");
  command.add_option("--assume-crs", flags.assume_crs, "CRS of sources that declare none");
  command.add_option("--source-encoding", flags.source_encoding,
                     "text encoding of shapefiles without .cpg, e.g. GBK");
}

void add_format_flag(CLI::App& command, std::string& format, bool markdown) {
  command.add_option("--format", format, markdown ? "table, md, csv or json" : "table, csv or json")
      ->default_val("table");
}

report::Format parse_format_flag(const std::string& format) {
  auto parsed = report::parse_format(format);
  if (!parsed) throw InputError("--format", "'" + format + "' is not a format", "use table, csv or json");
  return *parsed;
}

bool is_project_file(const std::string& source) { return source.ends_with(".toml"); }

void add_method_flag(CLI::App& command, std::string& method) {
  command.add_option("--method", method, "ellipsoidal (default) or planar")
      ->default_val("ellipsoidal");
}

plan::AreaMethod parse_method_flag(const std::string& method) {
  auto parsed = plan::parse_area_method(method);
  if (!parsed) {
    throw InputError("--method", "'" + method + "' is not a method", "use ellipsoidal or planar");
  }
  return *parsed;
}

void add_engine_flag(CLI::App& command, std::string& engine) {
  command
      .add_option("--engine", engine,
                  "local (default), or postgis: compute in the database holding the layers")
      ->default_val("local")
      ->check(CLI::IsMember({"local", "postgis"}));
}

const Column& field_of(const Layer& layer, const std::string& field) {
  if (const Column* column = layer.column(field)) return *column;
  std::string names;
  for (const Column& c : layer.columns) names += (names.empty() ? "" : ", ") + c.name();
  throw InputError(place(layer.source, layer.name), "has no field '" + field + "'",
                   "the fields are: " + names);
}

Layer load_layer(const std::string& source, const std::string& layer_name, const ReadFlags& flags,
                 Warnings& warnings) {
  Crs working = flags.crs.empty() ? Crs{} : Crs::from_user_input(flags.crs, "--crs");
  if (is_project_file(source)) {
    Project project = load_project(source, warnings);
    std::string keys = layer_keys(project);
    if (layer_name.empty()) {
      throw InputError(source, "is a project with several layers",
                       "choose one with --layer (" + keys + ")");
    }
    const LayerSpec* spec = project.find_layer(layer_name);
    if (!spec) {
      throw InputError(source, "has no layer '" + layer_name + "'", "the layers are: " + keys);
    }
    auto layers = io::read_project(project, {spec->key}, working, warnings, flags.geometry);
    return std::move(layers.front());
  }
  io::ReadOptions options = read_options(flags);
  options.layer = layer_name;
  return io::read_layer(source, options, working, warnings);
}


std::vector<Layer> load_layers(const std::vector<std::string>& refs, const std::string& project,
                               const ReadFlags& flags, Warnings& warnings) {
  std::optional<Project> loaded;
  if (!project.empty()) loaded = load_project(project, warnings);
  std::vector<Layer> layers;
  for (const std::string& ref : refs) {
    const LayerSpec* spec = loaded ? loaded->find_layer(ref) : nullptr;
    if (spec) {
      layers.push_back(io::read_project_layer(*loaded, *spec, warnings, flags.geometry));
      continue;
    }
    auto [dataset, layer_name] = split_reference(ref);
    if (loaded && !std::filesystem::exists(dataset) && !dataset.starts_with("PG:")) {
      throw InputError(ref, "is neither a layer of " + project + " nor a file",
                       "use one of: " + layer_keys(*loaded));
    }
    io::ReadOptions options = read_options(flags);
    options.layer = layer_name;
    layers.push_back(io::read_native(dataset, options, warnings));
  }
  std::vector<const Layer*> all;
  for (const Layer& layer : layers) all.push_back(&layer);
  Crs override_crs = flags.crs.empty() ? Crs{} : Crs::from_user_input(flags.crs, "--crs");
  Crs working = io::working_crs(override_crs, loaded ? &*loaded : nullptr, all);
  for (Layer& layer : layers) io::reproject(layer, working, warnings);
  return layers;
}

void print_warnings(const Warnings& warnings) {
  for (const std::string& line : warnings) {
    std::cerr << "landplan: warning: " << mask_passwords(line) << "\n";
  }
}

void print_table(const report::Table& table, report::Format format) {
  std::cout << report::render(table, format);
  std::cout.flush();
}

}  // namespace landplan::cli
