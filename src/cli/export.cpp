// `landplan export SOURCE --to DIR`: project or dataset layers as files for other GIS software —
// shapefiles that open right in ArcGIS and QGIS (UTF-8 or GBK), GeoPackage, GeoJSON, FlatGeobuf,
// CSV, the Ministry's coordinate-exchange TXT, or KML/KMZ for field staff — with ellipsoidal
// areas in m², ha and mu on request.
#include <filesystem>
#include <memory>
#include <optional>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/gauss_kruger.hpp"
#include "landplan/io/postgis.hpp"
#include "landplan/io/read.hpp"
#include "landplan/io/read_for_export.hpp"
#include "landplan/io/write.hpp"
#include "landplan/io/write_postgis.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/plan/inputs.hpp"
#include "landplan/plan/layer_looks.hpp"
#include "landplan/plan/results.hpp"
#include "landplan/project.hpp"
#include "landplan/report/area_fields.hpp"
#include "landplan/units.hpp"

namespace landplan::cli {
namespace {
namespace fs = std::filesystem;

struct ExportOptions {
  std::string source, to, format, encoding, zone_prefix;
  std::vector<std::string> layers;
  bool results = false, areas = false, overwrite = false;
  ReadFlags read;
};

bool is_kml(const ExportOptions& o) {
  return o.format == "kml" || o.format == "kmz";
}

// KML is WGS 84 longitude/latitude by specification.
Crs output_crs(const ExportOptions& o) {
  if (is_kml(o)) return Crs::from_user_input("EPSG:4326");
  return working_crs_flag(o.read);
}

// The KML document's file name and title: the project's name (三座店镇.kml), else the source's
// file name (town.geojson → town.kml), with _results for the planning results.
std::string document_name(const ExportOptions& o, const std::optional<Project>& project) {
  std::string name =
      project && !project->name.empty() ? project->name : fs::path(o.source).stem().string();
  if (io::is_postgis_source(o.source) || name.empty()) name = "landplan";
  return o.results ? name + "_results" : name;
}

// The planning results of the project (displaced parcels, coverage, conflicts…) as layers.
// They are computed in the project's working CRS, where metres are metres, and only then taken to
// the output CRS (which may be in degrees, e.g. EPSG:4326 for a web map).
std::vector<Layer> result_layers(const Project& project, const Crs& crs, Warnings& warnings) {
  plan::PlanInputs inputs(project, io::read_project(project, {}, Crs{}, warnings));
  plan::PlanResults report = plan::run_plan(inputs, ops::AreaMethod::ellipsoidal, warnings);
  std::vector<Layer> layers;
  for (const Layer* layer : report.result_layers()) {
    layers.push_back(*layer);
    if (!crs.empty()) io::reproject(layers.back(), crs, warnings);
  }
  if (layers.empty()) {
    std::string skipped;
    for (const std::string& s : report.skipped) skipped += (skipped.empty() ? "" : "; ") + s;
    throw InputError(project.file.string(),
                     "gives no result layers" + (skipped.empty() ? "" : " (" + skipped + ")"),
                     "give the project the roles its analyses need, or export its layers");
  }
  return layers;
}

std::vector<Layer> read_layers(const ExportOptions& o, const std::optional<Project>& project,
                               Warnings& warnings) {
  if (project) {
    if (o.results) return result_layers(*project, output_crs(o), warnings);
    return io::read_project_for_export(*project, o.layers, output_crs(o), warnings);
  }
  if (o.results) {
    throw InputError(o.source, "is not a project.toml",
                     "--results needs a project: its analyses read the layers' roles and rules");
  }
  return io::read_dataset_for_export(o.source, o.layers, read_options(o.read), output_crs(o),
                                     warnings);
}

// The files this export reads, which it must never replace.
std::vector<fs::path> input_files(const ExportOptions& o, const std::optional<Project>& project,
                                  const std::vector<Layer>& layers) {
  std::vector<std::string> sources = {o.source};
  if (project) {
    for (const LayerSpec& spec : project->layers) sources.push_back(spec.source);
  }
  for (const Layer& layer : layers) sources.push_back(layer.source);
  std::vector<fs::path> files;
  std::error_code ec;
  for (const std::string& source : sources) {
    if (fs::exists(source, ec)) files.emplace_back(source);
  }
  return files;
}

// Measures each polygon layer (adding the area fields when asked); returns the total mu per
// layer, nullopt for layers of points or lines.
std::vector<std::optional<double>> measure(std::vector<Layer>& layers, bool add_fields,
                                           Warnings& warnings) {
  std::vector<std::optional<double>> totals;
  for (Layer& layer : layers) {
    if (layer.kind != GeometryKind::polygon) {
      totals.emplace_back();
      continue;
    }
    auto areas = ops::feature_areas(layer, ops::AreaMethod::ellipsoidal, warnings);
    Area total;
    for (const auto& m2 : areas) total += Area::from_m2(m2.value_or(0.0));
    totals.push_back(total.mu());
    if (add_fields) report::add_area_fields(layer, areas, warnings);
  }
  return totals;
}

// The text encoding asked for, else the format's own: GBK for the coordinate-exchange TXT (what
// approval systems read), UTF-8 for the rest.
std::string encoding_of(const ExportOptions& o) {
  if (!o.encoding.empty()) return o.encoding;
  return o.format == "jzd" ? "GBK" : "UTF-8";
}

// The coordinate-exchange TXT records plots: point and line layers are left out, with a
// warning, so that a whole project exports its polygon layers; none left is exit 2.
void keep_plot_layers(std::vector<Layer>& layers, const ExportOptions& o, Warnings& warnings) {
  std::vector<Layer> plots;
  for (Layer& layer : layers) {
    if (layer.kind == GeometryKind::polygon) {
      plots.push_back(std::move(layer));
    } else {
      warnings.push_back(
          place(layer.source, layer.name) + ": " + std::string(kind_name(layer.kind)) +
          "s left out: the coordinate-exchange TXT (--format jzd) records plots (面)");
    }
  }
  if (plots.empty()) {
    throw InputError(o.source, "holds no polygon layers to write as plots (--format jzd)",
                     "export polygon layers, or choose another --format");
  }
  layers = std::move(plots);
}

// Each layer's name field (the project's `fields.name`, else 名称, MC or 地块名称), where
// 地块名称 comes from.
std::map<std::string, std::string> name_fields(const std::vector<Layer>& layers,
                                               const std::optional<Project>& project) {
  Project none;
  plan::PlanInputs inputs(project ? *project : none, std::vector<Layer>{});
  std::map<std::string, std::string> fields;
  for (const Layer& layer : layers) {
    if (const Column* name = inputs.field(layer, "name")) fields[layer.name] = name->name();
  }
  return fields;
}

bool to_database(const ExportOptions& o) {
  return o.format == "postgis" || io::is_postgis_source(o.to);
}

report::Table summary(const ExportOptions& o, const std::vector<io::WrittenLayer>& written,
                      const std::vector<std::optional<double>>& mu, const Crs& crs) {
  bool database = to_database(o);
  report::Table table;
  table.add_column(database ? "table" : "file");
  table.add_column("features", 0);
  table.add_column("area_mu", 2);
  for (std::size_t i = 0; i < written.size(); ++i) {
    // A file in the output folder, or a table as "schema.table".
    std::string file = database ? written[i].file.string()
                                : (fs::path(o.to) / written[i].file.filename()).string();
    if (is_kml(o)) file += ":" + written[i].layer;  // the folders of one document
    table.rows.push_back({file, static_cast<std::int64_t>(written[i].features),
                          mu[i] ? report::Cell{*mu[i]} : report::Cell{}});
  }
  table.meta["crs"] = crs.label();
  if (auto gk = gauss_kruger_of(crs); gk && o.format == "jzd") {
    table.meta["crs"] = gk->with_prefix(o.zone_prefix != "no").id();  // the file's, as read back
  }
  table.meta["area_method"] = "ellipsoidal";
  table.meta["format"] = database ? "postgis" : o.format;
  if (is_kml(o)) {
    table.meta["datum"] =
        "CGCS2000 taken as WGS 84 without a datum shift (they differ by centimetres)";
  }
  if (o.format == "shp" || o.format == "shpzip" || o.format == "csv" || o.format == "jzd") {
    table.meta["encoding"] = encoding_of(o);
  }
  return table;
}

// The write options the flags ask for; throws InputError for flags that cannot go together,
// before anything is read.
io::WriteOptions write_options(const ExportOptions& o) {
  io::WriteOptions options;
  options.overwrite = o.overwrite;
  if (o.areas) {
    for (const auto& field : report::kAreaFields) {
      options.fixed_decimals[std::string(field.name)] = field.decimals;
    }
  }
  if (to_database(o)) {
    if (!io::is_postgis_source(o.to)) {
      throw InputError("--to", "'" + o.to + "' is not a PostgreSQL connection",
                       "give --to \"PG:dbname=… host=… user=…\" (the password in PGPASSWORD or "
                       "~/.pgpass)");
    }
    io::connection_info(o.to);  // refuses a password in the text
    return options;
  }
  auto format = io::parse_output_format(o.format);  // the flag admits only formats known here
  auto encoding = io::parse_text_encoding(encoding_of(o));
  if (!encoding) {
    throw InputError("--encoding", "'" + o.encoding + "' is not supported",
                     "use UTF-8 (the default) or GBK");
  }
  if (!o.zone_prefix.empty() && o.format != "jzd") {
    throw InputError("--zone-prefix", "applies to --format jzd only", "drop it");
  }
  options.zone_prefix = o.zone_prefix != "no";
  options.format = format.value();
  options.encoding = *encoding;
  io::check_options(options);
  if (is_kml(o) && o.read.crs) {
    throw InputError("--crs", "KML is always WGS 84 longitude/latitude",
                     "drop --crs for --format " + o.format);
  }
  return options;
}

int run_export(const ExportOptions& o) {
  io::WriteOptions options = write_options(o);  // before the reading, which may take a while
  Warnings warnings(o.read.lenient);
  std::optional<Project> project;
  if (is_project_file(o.source)) project = load_project(o.source, warnings);
  std::vector<Layer> layers = read_layers(o, project, warnings);
  if (layers.empty()) throw InputError(o.source, "holds no layers to export", "check the source");
  if (o.format == "jzd") {
    keep_plot_layers(layers, o, warnings);
    options.name_fields = name_fields(layers, project);
  }
  std::vector<std::optional<double>> mu = measure(layers, o.areas, warnings);
  std::vector<io::WrittenLayer> written;
  if (to_database(o)) {
    written = io::write_postgis(layers, o.to, options, warnings);
  } else {
    options.inputs = input_files(o, project, layers);
    if (is_kml(o)) {
      options.one_dataset = document_name(o, project);
      options.title = options.one_dataset;
      options.looks = plan::export_looks(project ? &*project : nullptr, layers);
    }
    written = io::write_layers(layers, o.to, options, warnings);
  }
  print_warnings(warnings);
  print_table(summary(o, written, mu, layers.front().crs), report::Format::table);
  return 0;
}

}  // namespace

Action add_export_command(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand(
      "export",
      "Write layers as shapefiles (UTF-8 or GBK), GeoPackage, GeoJSON, FlatGeobuf, CSV, "
      "coordinate-exchange TXT (jzd), KML/KMZ or PostGIS");
  command->add_option("SOURCE", o->source, "project.toml or GDAL dataset")->required();
  command->add_option("--to", o->to, "output folder (created if missing), or PG:… for postgis")
      ->required();
  CLI::Option* layers = command
                            ->add_option("--layers,--layer", o->layers,
                                         "layers to export, comma-separated "
                                         "(project keys or roles; default all)")
                            ->delimiter(',');
  command
      ->add_flag("--results", o->results,
                 "export the planning results (displaced parcels, coverage, conflicts…)")
      ->excludes(layers);
  add_choice_option(
      *command, "--format", o->format,
      {"shp", "shpzip", "gpkg", "geojson", "fgb", "csv", "jzd", "kml", "kmz", "postgis"});
  command->add_option("--encoding", o->encoding,
                      "text of shp/shpzip/csv (default UTF-8) or jzd (default GBK): UTF-8 or GBK");
  command
      ->add_option("--zone-prefix", o->zone_prefix,
                   "jzd: Y with the zone number in front (yes, the default) or without (no)")
      ->check(CLI::IsMember({"yes", "no"}));
  command->add_flag("--areas", o->areas, "add area_m2, area_ha, area_mu (ellipsoidal)");
  command->add_flag("--overwrite", o->overwrite, "replace files of an earlier export");
  add_read_flags(*command, o->read);
  return [o] { return run_export(*o); };
}

}  // namespace landplan::cli
