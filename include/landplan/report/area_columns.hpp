// The area columns of a result table: area_m2, area_ha, area_mu always for machines (CSV,
// JSON); for people, the one unit --units asks for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "landplan/report/table.hpp"
#include "landplan/units.hpp"

namespace landplan::report {

class AreaColumns {
 public:
  // `units` is the --units value ("" = all three); throws InputError for an unknown unit.
  static AreaColumns for_format(const std::string& units, Format format);

  void add_columns(Table& table) const;
  // Appends one cell per column; an empty cell when the area is unknown.
  void add_cells(std::vector<Cell>& row, std::optional<double> m2) const;
  // The units asked for, as a table's meta names them: "m2, ha, mu", or the one --units gave.
  const std::string& asked() const { return asked_; }

 private:
  std::vector<AreaUnit> shown_;
  std::string asked_;
};

}  // namespace landplan::report
