// Feature areas as tables, per feature or grouped.
#include "landplan/report/area_tables.hpp"

#include <algorithm>
#include <map>

#include "landplan/error.hpp"

namespace landplan::report {

Table feature_area_table(const Layer& layer, const std::vector<std::optional<double>>& areas,
                         const Column* by, const AreaColumns& units) {
  Table table;
  table.add_column("fid", 0);
  if (by) table.add_column(by->name());
  units.add_columns(table);
  for (std::size_t f = 0; f < layer.size(); ++f) {
    std::vector<Cell> row{layer.fid(f)};
    if (by) row.push_back(by->to_string(f));
    units.add_cells(row, areas[f]);
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table area_summary_table(const Layer& layer, const std::vector<std::optional<double>>& areas,
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
  Table table;
  table.add_column("group");
  table.add_column("count", 0);
  units.add_columns(table);
  for (const auto& [name, group] : ordered) {
    std::vector<Cell> row{name, group.count};
    units.add_cells(row, group.m2);
    table.rows.push_back(std::move(row));
  }
  return table;
}

void add_measuring_meta(Table& table, ops::AreaMethod method, Engine engine, const Crs& crs) {
  table.meta["method"] = std::string(ops::method_name(method));
  table.meta["engine"] = std::string(name_of(engine));
  table.meta["crs"] = crs.label();
}

void add_area_meta(Table& table, const Layer& layer, ops::AreaMethod method, Engine engine,
                   const AreaColumns& units) {
  add_measuring_meta(table, method, engine, layer.crs);
  if (method == ops::AreaMethod::ellipsoidal) {
    table.meta["ellipsoid_of"] = (layer.source_crs.empty() ? layer.crs : layer.source_crs)
                                     .geographic().label();
  }
  table.meta["layer"] = place(layer.source, layer.name);
  table.meta["units"] = units.asked();
}

}  // namespace landplan::report
