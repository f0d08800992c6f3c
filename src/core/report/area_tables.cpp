// Feature areas as tables, per feature or grouped.
#include "landplan/report/area_tables.hpp"

#include "landplan/error.hpp"
#include "landplan/report/group_totals.hpp"

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
  Table table;
  table.add_column("group");
  table.add_column("count", 0);
  units.add_columns(table);
  for (const GroupTotal& group : group_totals(layer, areas, by)) {
    std::vector<Cell> row{group.group, group.count};
    units.add_cells(row, group.sum);
    table.rows.push_back(std::move(row));
  }
  return table;
}

void add_measuring_meta(Table& table, ops::AreaMethod method, Engine engine, const Crs& crs) {
  table.meta["method"] = std::string(ops::method_name(method));
  table.meta["engine"] = std::string(name_of(engine));
  table.meta["crs"] = crs.label();
}

void add_layer_measuring_meta(Table& table, const Layer& layer, ops::AreaMethod method,
                              Engine engine) {
  add_measuring_meta(table, method, engine, layer.crs);
  if (method == ops::AreaMethod::ellipsoidal) {
    table.meta["ellipsoid_of"] = (layer.source_crs.empty() ? layer.crs : layer.source_crs)
                                     .geographic().label();
  }
  table.meta["layer"] = place(layer.source, layer.name);
}

void add_area_meta(Table& table, const Layer& layer, ops::AreaMethod method, Engine engine,
                   const AreaColumns& units) {
  add_layer_measuring_meta(table, layer, method, engine);
  table.meta["units"] = units.asked();
}

}  // namespace landplan::report
