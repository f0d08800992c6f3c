// Feature lengths as tables, per feature or grouped, in metres and kilometres.
#include "landplan/report/length_tables.hpp"

#include "landplan/report/area_tables.hpp"
#include "landplan/report/group_totals.hpp"

namespace landplan::report {
namespace {

void add_length_columns(Table& table) {
  table.add_column("length_m", 2);
  table.add_column("length_km", 3);
}

void add_length_cells(std::vector<Cell>& row, std::optional<double> metres) {
  row.push_back(metres ? Cell{*metres} : Cell{});
  row.push_back(metres ? Cell{*metres / 1000.0} : Cell{});
}

}  // namespace

Table feature_length_table(const Layer& layer, const std::vector<std::optional<double>>& lengths,
                           const Column* by) {
  Table table;
  table.add_column("fid", 0);
  if (by) table.add_column(by->name());
  add_length_columns(table);
  for (std::size_t f = 0; f < layer.size(); ++f) {
    std::vector<Cell> row{layer.fid(f)};
    if (by) row.push_back(by->to_string(f));
    add_length_cells(row, lengths[f]);
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table length_summary_table(const Layer& layer, const std::vector<std::optional<double>>& lengths,
                           const Column* by) {
  Table table;
  table.add_column("group");
  table.add_column("count", 0);
  add_length_columns(table);
  for (const GroupTotal& group : group_totals(layer, lengths, by)) {
    std::vector<Cell> row{group.group, group.count};
    add_length_cells(row, group.sum);
    table.rows.push_back(std::move(row));
  }
  return table;
}

void add_length_meta(Table& table, const Layer& layer, ops::LengthMethod method) {
  add_layer_measuring_meta(table, layer, method, Engine::local);
  table.meta["units"] = "m, km";
  if (layer.kind == GeometryKind::polygon) table.meta["measured"] = "perimeter (every ring)";
}

}  // namespace landplan::report
