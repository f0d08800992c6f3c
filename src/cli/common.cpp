// Shared flags and loading for the landplan subcommands.
#include "common.hpp"

#include <iostream>

#include "landplan/io/read.hpp"
#include "landplan/project.hpp"

namespace landplan::cli {

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

Layer load_layer(const std::string& source, const std::string& layer_name, const ReadFlags& flags,
                 Warnings& warnings) {
  Crs working = flags.crs.empty() ? Crs{} : Crs::from_user_input(flags.crs, "--crs");
  if (is_project_file(source)) {
    Project project = load_project(source, warnings);
    std::string keys;
    for (const LayerSpec& spec : project.layers) keys += (keys.empty() ? "" : ", ") + spec.key;
    if (layer_name.empty()) {
      throw InputError(source, "is a project with several layers",
                       "choose one with --layer (" + keys + ")");
    }
    const LayerSpec* spec = project.find_layer(layer_name);
    if (!spec) {
      throw InputError(source, "has no layer '" + layer_name + "'", "the layers are: " + keys);
    }
    auto layers = io::read_project(project, {spec->key}, working, warnings);
    return std::move(layers.front());
  }
  io::ReadOptions options;
  options.layer = layer_name;
  options.source_encoding = flags.source_encoding;
  if (!flags.assume_crs.empty()) {
    options.assume_crs = Crs::from_user_input(flags.assume_crs, "--assume-crs");
  }
  return io::read_layer(source, options, working, warnings);
}

void print_warnings(const Warnings& warnings) {
  for (const std::string& line : warnings) std::cerr << "landplan: warning: " << line << "\n";
}

void print_table(const report::Table& table, report::Format format) {
  std::cout << report::render(table, format);
  std::cout.flush();
}

}  // namespace landplan::cli
