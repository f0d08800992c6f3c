// Shared flags and loading for the landplan subcommands.
#include "common.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>

#include "landplan/io/postgis.hpp"
#include "landplan/io/read.hpp"
#include "landplan/io/write_text.hpp"
#include "landplan/project.hpp"
#include "landplan/report/xlsx.hpp"
#include "landplan/secrets.hpp"
#include "landplan/text.hpp"

namespace landplan::cli {

namespace {

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
  command.add_option("--assume-crs", flags.assume_crs,
                     "CRS of sources that declare none, or GCJ-02 (AMap, Tencent maps, 奥维: "
                     "converted to WGS 84)");
  command.add_option("--source-encoding", flags.source_encoding,
                     "text encoding of shapefiles without .cpg and of CSV, e.g. GBK");
  add_lenient_flag(command, flags.lenient);
}

void add_lenient_flag(CLI::App& command, bool& lenient) {
  command.add_flag("--lenient", lenient,
                   "go on when the data is known to be wrong or incomplete (a CRS that does not "
                   "fit, a damaged file), with warnings; the results may be wrong");
}

Crs working_crs_flag(const ReadFlags& flags) {
  return flags.crs ? Crs::from_user_input(*flags.crs, "--crs") : Crs{};
}

io::ReadOptions read_options(const ReadFlags& flags) {
  io::ReadOptions options;
  options.source_encoding = flags.source_encoding;
  options.geometry = flags.geometry;
  if (flags.assume_crs) io::set_assumed_crs(options, *flags.assume_crs, "--assume-crs");
  return options;
}

std::string one_of(const std::vector<std::string>& choices) {
  std::string text;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  }
  return text;
}

void add_choice_option(CLI::App& command, const std::string& flag, std::string& value,
                       const std::vector<std::string>& choices) {
  CLI::Validator member(
      [choices](std::string& given) -> std::string {
        if (std::find(choices.begin(), choices.end(), given) != choices.end()) return "";
        return "'" + given + "' is not one of " + one_of(choices);
      },
      "", "choice");
  command.add_option(flag, value, one_of(choices))->default_val(choices.front())->check(member);
}

void add_format_flags(CLI::App& command, FormatFlags& flags, const std::string& out_help,
                      const std::string& overwrite_help, const std::vector<std::string>& documents) {
  std::vector<std::string> formats = {"table", "md", "csv", "json", "xlsx"};
  formats.insert(formats.end(), documents.begin(), documents.end());
  add_choice_option(command, "--format", flags.format, formats);
  flags.out_has_other_use = !out_help.empty();
  command.add_option("--out", flags.out,
                     out_help.empty() ? "the workbook FILE.xlsx of --format xlsx" : out_help);
  command.add_flag("--overwrite", flags.overwrite,
                   overwrite_help.empty() ? "replace an existing --out workbook" : overwrite_help);
}

bool writes_workbook(const FormatFlags& flags) {
  return flags.format == "xlsx";
}

report::Format tables_format(const FormatFlags& flags) {
  if (writes_workbook(flags)) {
    check_format_out(flags);
    return report::Format::table;
  }
  if (!flags.out.empty() && !flags.out_has_other_use) {
    throw InputError("--out", "is the workbook of --format xlsx",
                     "add --format xlsx, or leave out --out");
  }
  return report::parse_format(flags.format).value();  // --format admits only formats it knows
}

void check_format_out(const FormatFlags& flags) {
  const std::string& format = flags.format;
  std::string what = format == "xlsx" ? "the workbook" : "the report";
  if (flags.out.empty()) {
    throw InputError("--format " + format, "needs a file to write " + what + " to",
                     "add --out FILE." + format);
  }
  std::string extension = upper_ascii(std::filesystem::path(flags.out).extension().string());
  if (extension != "." + upper_ascii(format) && !(format == "html" && extension == ".HTM")) {
    throw InputError("--out", "'" + flags.out + "' does not end in ." + format,
                     "name " + what + " FILE." + format + " (it is opened by its extension)");
  }
  io::refuse_existing(flags.out, flags.overwrite);
}

bool is_project_file(const std::string& source) {
  return source.ends_with(".toml");
}

void add_method_flag(CLI::App& command, std::string& method) {
  command.add_option("--method", method, "ellipsoidal (default) or planar")
      ->default_val("ellipsoidal");
}

ops::AreaMethod parse_method_flag(const std::string& method) {
  auto parsed = ops::parse_area_method(method);
  if (!parsed) {
    throw InputError("--method", "'" + method + "' is not a method", "use ellipsoidal or planar");
  }
  return *parsed;
}

void add_engine_flag(CLI::App& command, std::string& engine) {
  command
      .add_option("--engine", engine,
                  "local (default), or postgis: compute in the database holding the layers")
      ->default_val(std::string(name_of(landplan::Engine::local)))
      ->check(CLI::IsMember(engine_choices()));
}

std::unique_ptr<ops::Engine> open_engine(const std::string& engine, ReadFlags& read) {
  // The value is there: --engine admits only engine_choices().
  std::unique_ptr<ops::Engine> opened = ops::make_engine(parse_engine(engine).value());
  read.geometry = opened->needs_geometry();
  return opened;
}

Layer load_layer(const std::string& source, const std::string& layer_name, const ReadFlags& flags,
                 Warnings& warnings) {
  Crs working = working_crs_flag(flags);
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

Layer load_features(const std::string& source, const std::string& layer_name,
                    const ReadFlags& flags, Warnings& warnings) {
  Layer layer = load_layer(source, layer_name, flags, warnings);
  if (layer.size() == 0) {
    throw InputError(place(layer.source, layer.name), "has no features",
                     "check that the right layer was chosen");
  }
  return layer;
}

std::vector<Layer> load_layers(const std::vector<std::string>& refs, const std::string& project,
                               const ReadFlags& flags, Warnings& warnings) {
  std::optional<Project> loaded;
  if (!project.empty()) loaded = load_project(project, warnings);
  return load_layers(refs, loaded ? &*loaded : nullptr, flags, warnings);
}

std::vector<Layer> load_layers(const std::vector<std::string>& refs, const Project* loaded,
                               const ReadFlags& flags, Warnings& warnings) {
  std::vector<Layer> layers;
  for (const std::string& ref : refs) {
    const LayerSpec* spec = loaded ? loaded->find_layer(ref) : nullptr;
    if (spec) {
      layers.push_back(io::read_project_layer(*loaded, *spec, warnings, flags.geometry));
      continue;
    }
    auto [dataset, layer_name] = split_reference(ref);
    if (loaded && !std::filesystem::exists(dataset) && !dataset.starts_with("PG:")) {
      throw InputError(ref, "is neither a layer of " + loaded->file.string() + " nor a file",
                       "use one of: " + layer_keys(*loaded));
    }
    io::ReadOptions options = read_options(flags);
    options.layer = layer_name;
    layers.push_back(io::read_native(dataset, options, warnings));
  }
  std::vector<const Layer*> all;
  for (const Layer& layer : layers) all.push_back(&layer);
  Crs override_crs = working_crs_flag(flags);
  Crs working = io::working_crs(override_crs, loaded, all);
  for (Layer& layer : layers) io::reproject(layer, working, warnings);
  return layers;
}

std::vector<std::string> warning_lines(const Warnings& warnings) {
  std::vector<std::string> lines;
  for (const std::string& line : warnings) lines.push_back(mask_passwords(line));
  if (warnings.faults_passed()) {
    lines.push_back("--lenient: the input has the faults above — results built on it may be wrong");
  }
  return lines;
}

void print_warnings(const Warnings& warnings) {
  for (const std::string& line : warning_lines(warnings)) {
    std::cerr << "landplan: warning: " << line << "\n";
  }
}

void print_table(const report::Table& table, report::Format format) {
  std::cout << report::render(table, format);
  std::cout.flush();
}

namespace {

// Staged and renamed like every output: a killed run leaves the old workbook or the new one.
void write_workbook(const std::vector<report::Table>& tables, const FormatFlags& flags,
                    report::Heading meta, const Warnings& warnings) {
  for (const std::string& line : warning_lines(warnings)) meta.emplace_back("警告", line);
  io::write_file(flags.out, flags.overwrite, "--out", [&](const std::filesystem::path& staged) {
    report::write_xlsx(tables, meta, staged);
  });
  std::cerr << "landplan: wrote " << flags.out << " (" << tables.size()
            << (tables.size() == 1 ? " table" : " tables") << ")\n";
}

}  // namespace

void print_table(report::Table table, const FormatFlags& flags, const Warnings& warnings,
                 const std::string& sheet) {
  if (!writes_workbook(flags)) {
    print_table(table, tables_format(flags));
    return;
  }
  if (table.title.empty()) table.title = sheet;
  write_workbook({table}, flags, {}, warnings);
}

void print_tables(const std::vector<report::Table>& tables, const FormatFlags& flags,
                  const report::Heading& meta, const Warnings& warnings) {
  if (writes_workbook(flags)) {
    write_workbook(tables, flags, meta, warnings);
    return;
  }
  std::cout << report::render_all(tables, tables_format(flags), meta);
  std::cout.flush();
}

}  // namespace landplan::cli
