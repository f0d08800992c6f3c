// `landplan area SOURCE`: each feature's area (or a summary by a field) in m², ha and mu.
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/ops/engine.hpp"
#include "landplan/report/area_tables.hpp"

namespace landplan::cli {
namespace {

struct AreaOptions {
  std::string source, layer, by, units, method, engine;
  bool summary = false;
  ReadFlags read;
  FormatFlags output;
};

}  // namespace

Action add_area_command(CLI::App& app) {
  auto o = std::make_shared<AreaOptions>();
  CLI::App* command = app.add_subcommand("area", "Measure polygon areas in m², ha and mu");
  command->add_option("SOURCE", o->source, "GDAL dataset or project.toml")->required();
  command->add_option("--layer", o->layer, "layer of the dataset, or project layer");
  command->add_option("--by", o->by, "field to list (and group by, with --summary)");
  command->add_flag("--summary", o->summary, "one row per --by group, then TOTAL");
  command->add_option("--units", o->units, "m2, ha, mu or km2: the unit a table shows");
  add_method_flag(*command, o->method);
  add_engine_flag(*command, o->engine);
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->output);
  return [o] {
    report::Format format = tables_format(o->output);
    ops::AreaMethod method = parse_method_flag(o->method);
    report::AreaColumns units = report::AreaColumns::for_format(o->units, format);
    auto engine = open_engine(o->engine, o->read);
    Warnings warnings(o->read.lenient);
    Layer layer = load_features(o->source, o->layer, o->read, warnings);
    const Column* by = o->by.empty() ? nullptr : &layer.field(o->by);
    auto areas = engine->feature_areas(layer, method, warnings);
    report::Table table = o->summary ? report::area_summary_table(layer, areas, by, units)
                                     : report::feature_area_table(layer, areas, by, units);
    report::add_area_meta(table, layer, method, engine->kind(), units);
    print_warnings(warnings);
    print_table(std::move(table), o->output, warnings, o->summary ? "面积汇总" : "面积");
    return 0;
  };
}

}  // namespace landplan::cli
