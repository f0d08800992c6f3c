// `landplan overlap A B`: every intersecting pair with its area and shares, or a tabulation by
// fields (as ArcGIS Tabulate Intersection), optionally writing the pieces as a layer.
#include <filesystem>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/io/write.hpp"
#include "landplan/ops/engine.hpp"
#include "landplan/ops/overlay.hpp"
#include "landplan/report/overlap_tables.hpp"

namespace landplan::cli {
namespace {

struct OverlapOptions {
  std::string a, b, project, by_a, by_b, units, method, output, engine;
  bool summary = false;
  ReadFlags read;
  FormatFlags tables;
};

void write_pieces(const ops::Overlap& overlap, const Layer& a, const Layer& b,
                  const std::string& output, Warnings& warnings) {
  std::filesystem::path path(output);
  std::string extension = path.extension().string();
  if (!extension.empty()) extension = extension.substr(1);
  if (extension == "json") extension = "geojson";
  auto format = io::parse_output_format(extension);
  if (!format) {
    throw InputError("--output", "cannot tell the format of '" + output + "'",
                     "end the name in .gpkg, .shp, .geojson, .fgb or .csv");
  }
  Layer pieces = ops::overlap_layer(overlap, a, b);
  pieces.name = path.stem().string();
  io::WriteOptions options;
  options.format = *format;
  options.inputs = {a.source, b.source};
  std::filesystem::path dir = path.parent_path().empty() ? "." : path.parent_path();
  io::write_layers({pieces}, dir, options, warnings);
}

}  // namespace

Action add_overlap_command(CLI::App& app) {
  auto o = std::make_shared<OverlapOptions>();
  CLI::App* command = app.add_subcommand("overlap", "Tabulate where two polygon layers overlap");
  command->add_option("A", o->a, "SOURCE[:LAYER], or a layer of --project")->required();
  command->add_option("B", o->b, "SOURCE[:LAYER], or a layer of --project")->required();
  command->add_option("--project", o->project, "project.toml whose layers A and B may name");
  command->add_option("--by-a", o->by_a, "field of A to list and group by");
  command->add_option("--by-b", o->by_b, "field of B to list and group by");
  command->add_flag("--summary", o->summary, "one row per by-field group, then TOTAL");
  command->add_option("--units", o->units, "m2, ha, mu or km2: the unit a table shows");
  add_method_flag(*command, o->method);
  add_engine_flag(*command, o->engine);
  command->add_option("--output", o->output, "also write the pieces (.gpkg, .shp, .geojson…)");
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->tables);
  return [o] {
    report::Format format = tables_format(o->tables);
    ops::AreaMethod method = parse_method_flag(o->method);
    report::AreaColumns units = report::AreaColumns::for_format(o->units, format);
    auto engine = open_engine(o->engine, o->read);
    Warnings warnings(o->read.lenient);
    std::vector<Layer> layers = load_layers({o->a, o->b}, o->project, o->read, warnings);
    const Layer& a = layers[0];
    const Layer& b = layers[1];
    report::OverlapFields by = report::overlap_fields(a, o->by_a, b, o->by_b);
    ops::Overlap overlap =
        engine->overlap(a, b, {.method = method, .keep_geometry = !o->output.empty()}, warnings);
    report::Table table;
    if (o->summary) {
      auto areas_a = engine->feature_areas(a, method, warnings);  // A's warnings before B's
      auto areas_b = engine->feature_areas(b, method, warnings);
      table = report::overlap_summary_table(overlap, a, b, by, units, areas_a, areas_b);
    } else {
      table = report::overlap_pairs_table(overlap, a, b, by, units);
    }
    report::add_overlap_meta(table, a, b, method, engine->kind());
    if (!o->output.empty()) write_pieces(overlap, a, b, o->output, warnings);
    print_warnings(warnings);
    print_table(std::move(table), o->tables, warnings, o->summary ? "重叠汇总" : "重叠");
    return 0;
  };
}

}  // namespace landplan::cli
