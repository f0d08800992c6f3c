// The area columns of a result table: area_m2, area_ha, area_mu always for machines (CSV,
// JSON); for people, the one unit --units asks for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "landplan/report/table.hpp"
#include "landplan/units.hpp"

namespace landplan::cli {

class AreaColumns {
 public:
  // `units` is the --units value ("" = all three); throws InputError for an unknown unit.
  static AreaColumns for_format(const std::string& units, report::Format format);

  void add_columns(report::Table& table) const;
  // Appends one cell per column; an empty cell when the area is unknown.
  void add_cells(std::vector<report::Cell>& row, std::optional<double> m2) const;

 private:
  std::vector<AreaUnit> shown_;
};

}  // namespace landplan::cli
