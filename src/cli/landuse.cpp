// `landplan landuse SOURCE`: the 土地利用现状 table of a land-use layer (三调 DLTB) by village.
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/plan/landuse.hpp"
#include "landplan/project.hpp"
#include "landplan/report/area_tables.hpp"
#include "landplan/report/landuse_tables.hpp"

namespace landplan::cli {
namespace {

struct LanduseOptions {
  std::string source, layer, by, level, areas, method;
  ReadFlags read;
  FormatFlags output;
};

// The layer's `fields` mapping when SOURCE is a project, so a mapped land-use field counts.
std::map<std::string, std::string> project_fields(const LanduseOptions& o) {
  if (!is_project_file(o.source)) return {};
  Warnings already_shown;  // load_layer has reported the project's warnings
  Project project = load_project(o.source, already_shown);
  const LayerSpec* spec = project.find_layer(o.layer);
  return spec ? spec->fields : std::map<std::string, std::string>{};
}

}  // namespace

Action add_landuse_command(CLI::App& app) {
  auto o = std::make_shared<LanduseOptions>();
  CLI::App* command =
      app.add_subcommand("landuse", "The 土地利用现状 table: area by village and land-use class");
  command->add_option("SOURCE", o->source, "land-use layer (三调 DLTB): GDAL dataset or project.toml")
      ->required();
  command->add_option("--layer", o->layer, "layer of the dataset, or project layer");
  command->add_option("--by", o->by, "field to group by (default: ZLDWMC, else QSDWMC)");
  add_choice_option(*command, "--level", o->level, {"1", "2"});
  add_choice_option(*command, "--areas", o->areas, {"fields", "computed"});
  add_method_flag(*command, o->method);
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->output);
  return [o, command] {
    report::Format format = tables_format(o->output);
    ops::AreaMethod method = parse_method_flag(o->method);
    int level = std::stoi(o->level);
    // The database's figures need no geometry: the attributes are read first, and the geometry
    // only when something is to be measured (on 1M parcels this read takes a third of the memory).
    Warnings warnings(o->read.lenient);
    ReadFlags attributes_only = o->read;
    attributes_only.geometry = false;
    Layer layer = load_layer(o->source, o->layer, attributes_only, warnings);
    std::map<std::string, std::string> fields = project_fields(*o);
    plan::LandSchema schema = plan::land_schema(layer, fields);
    const std::string where = place(layer.source, layer.name);
    if (!schema.is_landuse()) {
      throw InputError(where, "has no land-use field (DLBM or DLMC)",
                       "give a 三调 land-use layer, or map its field in project.toml: fields = { landuse = \"地类\" }");
    }
    bool has_figures = schema.tbmj || schema.tbdlmj;
    plan::AreaSource areas = plan::AreaSource::computed;
    if (command->count("--areas") == 0) {
      if (has_figures) areas = plan::AreaSource::fields;
    } else if (o->areas == "fields") {
      if (!has_figures) {
        throw InputError(where, "has no TBMJ or TBDLMJ field for --areas fields",
                         "use --areas computed to measure the parcels");
      }
      areas = plan::AreaSource::fields;
    }
    if (areas == plan::AreaSource::computed || !plan::every_parcel_has_figures(layer, schema)) {
      warnings = Warnings(o->read.lenient);  // the same read again says the same
      layer = load_layer(o->source, o->layer, o->read, warnings);
      schema = plan::land_schema(layer, fields);
    }
    const Column* by = o->by.empty() ? schema.village : &layer.field(o->by, "--by");
    plan::LandUseTable landuse = plan::landuse_table(layer, schema, by, areas, method, warnings);
    print_warnings(warnings);
    auto add_meta = [&](report::Table& table) {
      report::add_measuring_meta(table, method, Engine::local, layer.crs);
      table.meta["layer"] = where;
      table.meta["areas"] = areas == plan::AreaSource::fields ? "fields (TBDLMJ, KCMJ → 1203 田坎)"
                                                              : "computed";
      table.meta["by"] = by ? by->name() : "";
    };
    if (format == report::Format::csv || format == report::Format::json) {
      report::Table table = report::landuse_long_table(landuse, level);
      add_meta(table);
      print_table(std::move(table), o->output, warnings, "");
      return 0;
    }
    std::vector<report::Table> tables;
    for (auto [unit, title] : {std::pair{AreaUnit::ha, "土地利用现状表（公顷）"},
                               std::pair{AreaUnit::mu, "土地利用现状表（亩）"}}) {
      report::Table table = report::landuse_wide_table(landuse, level, unit);
      table.title = title;
      add_meta(table);
      tables.push_back(std::move(table));
    }
    print_tables(tables, o->output, {}, warnings);
    return 0;
  };
}

}  // namespace landplan::cli
