// Overlaps as tables: the pairs, or their tabulation by fields.
#include "landplan/report/overlap_tables.hpp"

#include <map>

#include "landplan/error.hpp"
#include "landplan/report/area_tables.hpp"

namespace landplan::report {

OverlapFields overlap_fields(const Layer& a, const std::string& by_a, const Layer& b,
                             const std::string& by_b) {
  OverlapFields fields{by_a.empty() ? nullptr : &a.field(by_a),
                       by_b.empty() ? nullptr : &b.field(by_b), by_a, by_b};
  if (!by_a.empty() && by_a == by_b) {
    fields.name_a += "_a";
    fields.name_b += "_b";
  }
  return fields;
}

Table overlap_pairs_table(const ops::Overlap& overlap, const Layer& a, const Layer& b,
                          const OverlapFields& by, const AreaColumns& units) {
  Table table;
  table.add_column("fid_a", 0);
  table.add_column("fid_b", 0);
  if (by.a) table.add_column(by.name_a);
  if (by.b) table.add_column(by.name_b);
  units.add_columns(table);
  table.add_column("pct_of_a", 2);
  table.add_column("pct_of_b", 2);
  for (const ops::OverlapPiece& p : overlap.pieces) {
    std::vector<Cell> row{a.fid(p.a), b.fid(p.b)};
    if (by.a) row.push_back(by.a->to_string(p.a));
    if (by.b) row.push_back(by.b->to_string(p.b));
    units.add_cells(row, p.area_m2);
    row.push_back(p.pct_of_a);
    row.push_back(p.pct_of_b);
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table overlap_summary_table(const ops::Overlap& overlap, const Layer& a, const Layer& b,
                            const OverlapFields& by, const AreaColumns& units,
                            const std::vector<std::optional<double>>& areas_a,
                            const std::vector<std::optional<double>>& areas_b) {
  auto group_totals = [&](const Layer& layer, const Column* field,
                          const std::vector<std::optional<double>>& areas) {
    std::map<std::string, double> totals;
    for (std::size_t f = 0; f < layer.size(); ++f)
      totals[field ? field->to_string(f) : ""] += areas[f].value_or(0.0);
    return totals;
  };
  auto total_a = group_totals(a, by.a, areas_a), total_b = group_totals(b, by.b, areas_b);
  struct Group {
    std::int64_t count = 0;
    double m2 = 0;
  };
  std::map<std::pair<std::string, std::string>, Group> groups;
  Group all;
  for (const ops::OverlapPiece& p : overlap.pieces) {
    Group& g = groups[{by.a ? by.a->to_string(p.a) : "", by.b ? by.b->to_string(p.b) : ""}];
    ++g.count;
    g.m2 += p.area_m2;
    ++all.count;
    all.m2 += p.area_m2;
  }
  Table table;
  if (by.a) table.add_column(by.name_a);
  if (by.b) table.add_column(by.name_b);
  table.add_column("count", 0);
  units.add_columns(table);
  table.add_column("pct_of_a", 2);
  table.add_column("pct_of_b", 2);
  auto share = [](double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; };
  for (const auto& [key, g] : groups) {
    std::vector<Cell> row;
    if (by.a) row.push_back(key.first);
    if (by.b) row.push_back(key.second);
    row.push_back(g.count);
    units.add_cells(row, g.m2);
    row.push_back(share(g.m2, total_a[key.first]));
    row.push_back(share(g.m2, total_b[key.second]));
    table.rows.push_back(std::move(row));
  }
  double sum_a = 0, sum_b = 0;
  for (const auto& [k, v] : total_a) sum_a += v;
  for (const auto& [k, v] : total_b) sum_b += v;
  std::vector<Cell> total;
  if (by.a) total.push_back(std::string("TOTAL"));
  if (by.b) total.push_back(by.a ? Cell{} : Cell{std::string("TOTAL")});
  total.push_back(all.count);
  units.add_cells(total, all.m2);
  total.push_back(share(all.m2, sum_a));
  total.push_back(share(all.m2, sum_b));
  table.rows.push_back(std::move(total));
  return table;
}

void add_overlap_meta(Table& table, const Layer& a, const Layer& b, ops::AreaMethod method,
                      Engine engine) {
  add_measuring_meta(table, method, engine, a.crs);
  table.meta["a"] = place(a.source, a.name);
  table.meta["b"] = place(b.source, b.name);
}

}  // namespace landplan::report
