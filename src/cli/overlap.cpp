// `landplan overlap A B`: every intersecting pair with its area and shares, or a tabulation by
// fields (as ArcGIS Tabulate Intersection), optionally writing the pieces as a layer.
#include <functional>
#include <map>
#include <memory>

#include "area_columns.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "landplan/io/write.hpp"
#include "landplan/ops/overlay.hpp"
#include "landplan/ops/postgis_engine.hpp"

namespace landplan::cli {
namespace {

struct OverlapOptions {
  std::string a, b, project, by_a, by_b, units, method, format, output, engine;
  bool summary = false;
  ReadFlags read;
};

// Column names of the by-fields: their own, suffixed _a/_b when both sides use the same name.
std::pair<std::string, std::string> by_names(const std::string& by_a, const std::string& by_b) {
  if (!by_a.empty() && by_a == by_b) return {by_a + "_a", by_b + "_b"};
  return {by_a, by_b};
}

report::Table pairs_table(const ops::Overlap& overlap, const Layer& a, const Layer& b,
                          const Column* by_a, const Column* by_b, const AreaColumns& units,
                          const std::pair<std::string, std::string>& names) {
  report::Table table;
  table.add_column("fid_a", 0);
  table.add_column("fid_b", 0);
  if (by_a) table.add_column(names.first);
  if (by_b) table.add_column(names.second);
  units.add_columns(table);
  table.add_column("pct_of_a", 2);
  table.add_column("pct_of_b", 2);
  for (const ops::OverlapPiece& p : overlap.pieces) {
    std::vector<report::Cell> row{a.fid(p.a), b.fid(p.b)};
    if (by_a) row.push_back(by_a->to_string(p.a));
    if (by_b) row.push_back(by_b->to_string(p.b));
    units.add_cells(row, p.area_m2);
    row.push_back(p.pct_of_a);
    row.push_back(p.pct_of_b);
    table.rows.push_back(std::move(row));
  }
  return table;
}

using FeatureAreas = std::vector<std::optional<double>>;

// Tabulate-intersection: one row per (by-a value, by-b value) with the overlap area and its share
// of all A (and B) area carrying that value.
report::Table summary_table(const ops::Overlap& overlap, const Layer& a, const Layer& b,
                            const Column* by_a, const Column* by_b, const AreaColumns& units,
                            const std::pair<std::string, std::string>& names,
                            const std::function<FeatureAreas(const Layer&)>& areas_of) {
  auto group_totals = [&](const Layer& layer, const Column* by) {
    std::map<std::string, double> totals;
    auto areas = areas_of(layer);
    for (std::size_t f = 0; f < layer.size(); ++f)
      totals[by ? by->to_string(f) : ""] += areas[f].value_or(0.0);
    return totals;
  };
  auto total_a = group_totals(a, by_a), total_b = group_totals(b, by_b);
  struct Group {
    std::int64_t count = 0;
    double m2 = 0;
  };
  std::map<std::pair<std::string, std::string>, Group> groups;
  Group all;
  for (const ops::OverlapPiece& p : overlap.pieces) {
    Group& g = groups[{by_a ? by_a->to_string(p.a) : "", by_b ? by_b->to_string(p.b) : ""}];
    ++g.count;
    g.m2 += p.area_m2;
    ++all.count;
    all.m2 += p.area_m2;
  }
  report::Table table;
  if (by_a) table.add_column(names.first);
  if (by_b) table.add_column(names.second);
  table.add_column("count", 0);
  units.add_columns(table);
  table.add_column("pct_of_a", 2);
  table.add_column("pct_of_b", 2);
  auto share = [](double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; };
  for (const auto& [key, g] : groups) {
    std::vector<report::Cell> row;
    if (by_a) row.push_back(key.first);
    if (by_b) row.push_back(key.second);
    row.push_back(g.count);
    units.add_cells(row, g.m2);
    row.push_back(share(g.m2, total_a[key.first]));
    row.push_back(share(g.m2, total_b[key.second]));
    table.rows.push_back(std::move(row));
  }
  double sum_a = 0, sum_b = 0;
  for (const auto& [k, v] : total_a) sum_a += v;
  for (const auto& [k, v] : total_b) sum_b += v;
  std::vector<report::Cell> total;
  if (by_a) total.push_back(std::string("TOTAL"));
  if (by_b) total.push_back(by_a ? report::Cell{} : report::Cell{std::string("TOTAL")});
  total.push_back(all.count);
  units.add_cells(total, all.m2);
  total.push_back(share(all.m2, sum_a));
  total.push_back(share(all.m2, sum_b));
  table.rows.push_back(std::move(total));
  return table;
}

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
  add_format_flag(*command, o->format);
  return [o] {
    report::Format format = parse_format_flag(o->format);
    ops::AreaMethod method = parse_method_flag(o->method);
    AreaColumns units = AreaColumns::for_format(o->units, format);
    o->read.geometry = o->engine != "postgis";
    Warnings warnings(o->read.lenient);
    std::vector<Layer> layers = load_layers({o->a, o->b}, o->project, o->read, warnings);
    const Layer& a = layers[0];
    const Layer& b = layers[1];
    const Column* by_a = o->by_a.empty() ? nullptr : &a.field(o->by_a);
    const Column* by_b = o->by_b.empty() ? nullptr : &b.field(o->by_b);
    bool in_database = o->engine == "postgis";
    if (in_database && !o->output.empty()) {
      throw InputError("--output", "the postgis engine keeps the pieces in the database",
                       "use --engine local to write them to a file");
    }
    ops::Overlap overlap =
        in_database
            ? ops::postgis::overlap(a, b, method)
            : ops::overlap(a, b, {.method = method, .keep_geometry = !o->output.empty()}, warnings);
    auto areas_of = [&](const Layer& layer) {
      return in_database ? ops::postgis::feature_areas(layer, method)
                         : ops::feature_areas(layer, method, warnings);
    };
    auto names = by_names(o->by_a, o->by_b);
    report::Table table =
        o->summary ? summary_table(overlap, a, b, by_a, by_b, units, names, areas_of)
                   : pairs_table(overlap, a, b, by_a, by_b, units, names);
    table.meta["method"] = std::string(ops::method_name(method));
    table.meta["engine"] = o->engine;
    table.meta["crs"] = a.crs.label();
    table.meta["a"] = place(a.source, a.name);
    table.meta["b"] = place(b.source, b.name);
    if (!o->output.empty()) write_pieces(overlap, a, b, o->output, warnings);
    print_warnings(warnings);
    print_table(table, format);
    return 0;
  };
}

}  // namespace landplan::cli
