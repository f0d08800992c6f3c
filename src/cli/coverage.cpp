// `landplan coverage AREAS COVER`: how much of each area feature a cover layer covers — points
// buffered by a radius, or polygons as they are — counting overlapping cover once.
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/numbers.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/ops/engine.hpp"
#include "landplan/report/coverage_table.hpp"

namespace landplan::cli {
namespace {

struct CoverageOptions {
  std::string areas, cover, project, radius_field, by, method, engine;
  double radius = 0.0;  // 0 = not given
  ReadFlags read;
  FormatFlags output;
};

}  // namespace

Action add_coverage_command(CLI::App& app) {
  auto o = std::make_shared<CoverageOptions>();
  CLI::App* command = app.add_subcommand("coverage", "How much of each area a cover layer covers");
  command->add_option("AREAS", o->areas, "SOURCE[:LAYER] of polygons, or a layer of --project")
      ->required();
  command->add_option("COVER", o->cover, "points (buffered) or polygons (unioned)")->required();
  command->add_option("--project", o->project, "project.toml whose layers AREAS and COVER may name");
  auto* field = command->add_option("--radius-field", o->radius_field, "field with each point's radius (m)");
  auto* radius = command->add_option("--radius", o->radius, "radius in metres for all points")
                     ->excludes(field);
  command->add_option("--by", o->by, "field of AREAS to list");
  add_method_flag(*command, o->method);
  add_engine_flag(*command, o->engine);
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->output);
  return [o, radius] {
    if (radius->count() > 0) checked_number(o->radius, {Allowed::positive, "metres"}, "--radius");
    tables_format(o->output);  // refuses a bad --format or --out before the work
    ops::AreaMethod method = parse_method_flag(o->method);
    auto engine = open_engine(o->engine, o->read);
    Warnings warnings(o->read.lenient);
    std::vector<Layer> layers = load_layers({o->areas, o->cover}, o->project, o->read, warnings);
    const Layer& areas = layers[0];
    const Layer& cover = layers[1];
    const Column* by = o->by.empty() ? nullptr : &areas.field(o->by);
    std::vector<ops::CoveredArea> covered =
        engine->coverage(areas, cover, {o->radius_field, o->radius}, method, warnings);
    report::Table table = report::coverage_table(areas, covered, by, method, engine->kind());
    print_warnings(warnings);
    print_table(std::move(table), o->output, warnings, "覆盖");
    return 0;
  };
}

}  // namespace landplan::cli
