// `landplan length SOURCE`: each line's length (or a summary by a field) in metres and km.
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/ops/length.hpp"
#include "landplan/report/length_tables.hpp"

namespace landplan::cli {
namespace {

struct LengthOptions {
  std::string source, layer, by, method;
  bool summary = false;
  ReadFlags read;
  FormatFlags output;
};

}  // namespace

Action add_length_command(CLI::App& app) {
  auto o = std::make_shared<LengthOptions>();
  CLI::App* command = app.add_subcommand(
      "length",
      "Measure line lengths in m and km, along geodesics unless --method planar; a polygon's "
      "length is its perimeter (outer and inner rings), a point layer is refused");
  command->add_option("SOURCE", o->source, "GDAL dataset or project.toml")->required();
  command->add_option("--layer", o->layer, "layer of the dataset, or project layer");
  command->add_option("--by", o->by, "field to list (and group by, with --summary)");
  command->add_flag("--summary", o->summary, "one row per --by group, then TOTAL");
  add_method_flag(*command, o->method);
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->output);
  return [o] {
    tables_format(o->output);  // a bad --format/--out is refused before any reading
    ops::LengthMethod method = parse_method_flag(o->method);
    Warnings warnings(o->read.lenient);
    Layer layer = load_features(o->source, o->layer, o->read, warnings);
    const Column* by = o->by.empty() ? nullptr : &layer.field(o->by);
    auto lengths = ops::feature_lengths(layer, method, warnings);
    report::Table table = o->summary ? report::length_summary_table(layer, lengths, by)
                                     : report::feature_length_table(layer, lengths, by);
    report::add_length_meta(table, layer, method);
    print_warnings(warnings);
    print_table(std::move(table), o->output, warnings, o->summary ? "长度汇总" : "长度");
    return 0;
  };
}

}  // namespace landplan::cli
