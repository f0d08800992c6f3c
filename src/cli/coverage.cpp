// `landplan coverage AREAS COVER`: how much of each area feature a cover layer covers — points
// buffered by a radius, or polygons as they are — counting overlapping cover once.
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/numbers.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/ops/postgis_engine.hpp"
#include "landplan/units.hpp"

namespace landplan::cli {
namespace {

struct CoverageOptions {
  std::string areas, cover, project, radius_field, by, method, format, engine;
  double radius = 0.0;  // 0 = not given
  ReadFlags read;
};

std::vector<double> radii_of(const Layer& cover, const CoverageOptions& o, Warnings& warnings) {
  if (cover.kind != GeometryKind::point) return std::vector<double>(cover.size(), o.radius);
  if (o.radius_field.empty() && o.radius <= 0) {
    throw InputError(place(cover.source, cover.name), "is a point layer",
                     "give --radius-field FIELD or --radius METRES for its service circles");
  }
  const Column* field = o.radius_field.empty() ? nullptr : &cover.field(o.radius_field);
  return ops::service_radii(cover, field, o.radius, warnings);
}

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
  add_format_flag(*command, o->format);
  return [o, radius] {
    if (radius->count() > 0) checked_number(o->radius, {Allowed::positive, "metres"}, "--radius");
    report::Format format = parse_format_flag(o->format);
    ops::AreaMethod method = parse_method_flag(o->method);
    o->read.geometry = o->engine != "postgis";
    Warnings warnings(o->read.lenient);
    std::vector<Layer> layers = load_layers({o->areas, o->cover}, o->project, o->read, warnings);
    const Layer& areas = layers[0];
    const Layer& cover = layers[1];
    const Column* by = o->by.empty() ? nullptr : &areas.field(o->by);
    std::vector<double> radii = radii_of(cover, *o, warnings);
    std::vector<ops::CoveredArea> covered;
    if (o->engine == "postgis") {
      covered = ops::postgis::covered(areas, cover, {o->radius_field, o->radius}, method);
    } else {
      Layer zone = ops::coverage_zone(cover, radii);
      covered = cover.kind == GeometryKind::point
                    ? ops::covered_by_circles(areas, cover, radii, zone, method, warnings)
                    : ops::covered_areas(areas, zone, method, warnings);
    }
    report::Table table;
    table.add_column("fid", 0);
    if (by) table.add_column(by->name());
    table.add_column("area_m2", 2);
    table.add_column("covered_m2", 2);
    table.add_column("covered_mu", 2);
    table.add_column("covered_pct", 2);
    double area_total = 0, covered_total = 0;
    for (std::size_t f = 0; f < areas.size(); ++f) {
      std::vector<report::Cell> row{areas.fid(f)};
      if (by) row.push_back(by->to_string(f));
      row.insert(row.end(), {covered[f].area_m2, covered[f].covered_m2,
                             Area::from_m2(covered[f].covered_m2).mu(), covered[f].covered_pct()});
      table.rows.push_back(std::move(row));
      area_total += covered[f].area_m2;
      covered_total += covered[f].covered_m2;
    }
    table.meta["method"] = std::string(ops::method_name(method));
    table.meta["engine"] = o->engine;
    table.meta["crs"] = areas.crs.label();
    table.meta["covered_total_mu"] = std::to_string(Area::from_m2(covered_total).mu());
    table.meta["area_total_mu"] = std::to_string(Area::from_m2(area_total).mu());
    print_warnings(warnings);
    print_table(table, format);
    return 0;
  };
}

}  // namespace landplan::cli
