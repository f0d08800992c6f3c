// Area columns by unit and output format.
#include "landplan/report/area_columns.hpp"

#include "landplan/error.hpp"

namespace landplan::report {
namespace {

std::string column_name(AreaUnit unit) { return "area_" + std::string(unit_symbol(unit)); }

int decimals(AreaUnit unit) { return unit == AreaUnit::ha ? 4 : unit == AreaUnit::km2 ? 6 : 2; }

}  // namespace

AreaColumns AreaColumns::for_format(const std::string& units, Format format) {
  AreaColumns columns;
  columns.shown_ = {AreaUnit::m2, AreaUnit::ha, AreaUnit::mu};
  columns.asked_ = units.empty() ? "m2, ha, mu" : units;
  if (units.empty()) return columns;
  auto unit = parse_area_unit(units);
  if (!unit) throw InputError("--units", "'" + units + "' is not a unit", "use m2, ha, mu or km2");
  // Machines get the fixed columns whatever the unit; --units chooses what people see.
  if (format == Format::table || format == Format::markdown) columns.shown_ = {*unit};
  return columns;
}

void AreaColumns::add_columns(Table& table) const {
  for (AreaUnit unit : shown_) table.add_column(column_name(unit), decimals(unit));
}

void AreaColumns::add_cells(std::vector<Cell>& row, std::optional<double> m2) const {
  for (AreaUnit unit : shown_) {
    row.push_back(m2 ? Cell{Area::from_m2(*m2).in(unit)} : Cell{});
  }
}

}  // namespace landplan::report
