// Coverage as a table, with its totals.
#include "landplan/report/coverage_table.hpp"

#include <string>

#include "landplan/report/area_tables.hpp"
#include "landplan/units.hpp"

namespace landplan::report {

Table coverage_table(const Layer& areas, const std::vector<ops::CoveredArea>& covered,
                     const Column* by, ops::AreaMethod method, Engine engine) {
  Table table;
  table.add_column("fid", 0);
  if (by) table.add_column(by->name());
  table.add_column("area_m2", 2);
  table.add_column("covered_m2", 2);
  table.add_column("covered_mu", 2);
  table.add_column("covered_pct", 2);
  double area_total = 0, covered_total = 0;
  for (std::size_t f = 0; f < areas.size(); ++f) {
    std::vector<Cell> row{areas.fid(f)};
    if (by) row.push_back(by->to_string(f));
    row.insert(row.end(), {covered[f].area_m2, covered[f].covered_m2,
                           Area::from_m2(covered[f].covered_m2).mu(), covered[f].covered_pct()});
    table.rows.push_back(std::move(row));
    area_total += covered[f].area_m2;
    covered_total += covered[f].covered_m2;
  }
  add_measuring_meta(table, method, engine, areas.crs);
  table.meta["covered_total_mu"] = std::to_string(Area::from_m2(covered_total).mu());
  table.meta["area_total_mu"] = std::to_string(Area::from_m2(area_total).mu());
  return table;
}

}  // namespace landplan::report
