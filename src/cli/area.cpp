// `landplan area SOURCE`: each feature's area (or a summary by a field) in m², ha and mu.
#include <algorithm>
#include <map>
#include <memory>

#include "area_columns.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/ops/postgis_engine.hpp"
#include "landplan/units.hpp"

namespace landplan::cli {
namespace {

struct AreaOptions {
  std::string source, layer, by, units, method, format, engine;
  bool summary = false;
  ReadFlags read;
};

report::Table per_feature(const Layer& layer, const std::vector<std::optional<double>>& areas,
                          const Column* by, const AreaColumns& units) {
  report::Table table;
  table.add_column("fid", 0);
  if (by) table.add_column(by->name());
  units.add_columns(table);
  for (std::size_t f = 0; f < layer.size(); ++f) {
    std::vector<report::Cell> row{layer.fid(f)};
    if (by) row.push_back(by->to_string(f));
    units.add_cells(row, areas[f]);
    table.rows.push_back(std::move(row));
  }
  return table;
}

report::Table summary(const Layer& layer, const std::vector<std::optional<double>>& areas,
                      const Column* by, const AreaColumns& units) {
  struct Group {
    std::int64_t count = 0;
    double m2 = 0.0;
  };
  std::map<std::string, Group> groups;
  Group total;
  for (std::size_t f = 0; f < layer.size(); ++f) {
    double m2 = areas[f].value_or(0.0);
    if (by) {
      Group& g = groups[by->to_string(f)];
      ++g.count;
      g.m2 += m2;
    }
    ++total.count;
    total.m2 += m2;
  }
  std::vector<std::pair<std::string, Group>> ordered(groups.begin(), groups.end());
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto& a, const auto& b) { return a.second.m2 > b.second.m2; });
  ordered.emplace_back("TOTAL", total);
  report::Table table;
  table.add_column("group");
  table.add_column("count", 0);
  units.add_columns(table);
  for (const auto& [name, group] : ordered) {
    std::vector<report::Cell> row{name, group.count};
    units.add_cells(row, group.m2);
    table.rows.push_back(std::move(row));
  }
  return table;
}

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
  add_format_flag(*command, o->format);
  return [o] {
    report::Format format = parse_format_flag(o->format);
    ops::AreaMethod method = parse_method_flag(o->method);
    AreaColumns units = AreaColumns::for_format(o->units, format);
    o->read.geometry = o->engine != "postgis";
    Warnings warnings(o->read.lenient);
    Layer layer = load_layer(o->source, o->layer, o->read, warnings);
    if (layer.size() == 0) {
      throw InputError(place(layer.source, layer.name), "has no features",
                       "check that the right layer was chosen");
    }
    const Column* by = o->by.empty() ? nullptr : &layer.field(o->by);
    auto areas = o->engine == "postgis" ? ops::postgis::feature_areas(layer, method)
                                        : ops::feature_areas(layer, method, warnings);
    report::Table table = o->summary ? summary(layer, areas, by, units)
                                     : per_feature(layer, areas, by, units);
    table.meta["method"] = std::string(ops::method_name(method));
    table.meta["engine"] = o->engine;
    table.meta["crs"] = layer.crs.label();
    if (method == ops::AreaMethod::ellipsoidal) {
      table.meta["ellipsoid_of"] = (layer.source_crs.empty() ? layer.crs : layer.source_crs)
                                       .geographic().label();
    }
    table.meta["layer"] = place(layer.source, layer.name);
    table.meta["units"] = o->units.empty() ? "m2, ha, mu" : o->units;
    print_warnings(warnings);
    print_table(table, format);
    return 0;
  };
}

}  // namespace landplan::cli
