// The 土地利用现状 table, long and wide, the wide one balanced as the bureau's tables are.
#include "landplan/report/landuse_tables.hpp"

#include <cmath>

#include "landplan/report/balanced.hpp"

namespace landplan::report {
namespace {

using plan::LandCode;
using plan::LandCodes;
using plan::LandUseGroup;
using plan::LandUseTable;

constexpr int kDecimals = 2;
constexpr const char* kUnknownName = "未知地类";

// A column of the table: a first-level class, or a code below one.
struct ClassColumn {
  std::string key;   // the code, or plan::kUnknownClass
  std::string name;  // as headed
  int level = 1;
  std::size_t parent = 0;  // for a code: index of its class's column
};

std::string name_of_key(const std::string& key) {
  if (key == plan::kUnknownClass) return kUnknownName;
  const LandCode* code = LandCodes::sandiao().by_code(key);
  return code ? code->name : key;
}

// The classes (and codes) present in the total, in the code table's order; unknown last.
std::vector<ClassColumn> class_columns(const LandUseGroup& total, int level) {
  std::vector<ClassColumn> columns;
  auto add_class = [&](const std::string& key) {
    std::size_t parent = columns.size();
    columns.push_back({key, name_of_key(key), 1, parent});
    if (level < 2) return;
    for (const LandCode& code : LandCodes::sandiao().rows()) {
      if (code.level1 != key || code.is_level1() || !total.code_m2.contains(code.code)) continue;
      columns.push_back({code.code, code.name, 2, parent});
    }
  };
  for (const LandCode* level1 : LandCodes::sandiao().level1_classes())
    if (total.level1_m2.contains(level1->code)) add_class(level1->code);
  if (total.level1_m2.contains(std::string(plan::kUnknownClass))) add_class(std::string(plan::kUnknownClass));
  return columns;
}

double m2_of(const LandUseGroup& group, const ClassColumn& column) {
  const auto& areas = column.level == 1 ? group.level1_m2 : group.code_m2;
  auto found = areas.find(column.key);
  return found == areas.end() ? 0.0 : found->second;
}

double in_unit(double m2, AreaUnit unit) { return Area::from_m2(m2).in(unit); }

// One group's figures rounded so that codes add up to their class and classes to `total`.
std::vector<double> balanced_row(const LandUseGroup& group, const std::vector<ClassColumn>& columns,
                                 double total, AreaUnit unit) {
  std::vector<std::size_t> classes;
  std::vector<double> class_values;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].level != 1) continue;
    classes.push_back(c);
    class_values.push_back(in_unit(m2_of(group, columns[c]), unit));
  }
  std::vector<double> rounded(columns.size(), 0.0);
  std::vector<double> class_rounded = round_to_total(class_values, total, kDecimals);
  for (std::size_t k = 0; k < classes.size(); ++k) {
    std::size_t parent = classes[k];
    rounded[parent] = class_rounded[k];
    std::vector<std::size_t> codes;
    std::vector<double> code_values;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (columns[c].level != 2 || columns[c].parent != parent) continue;
      codes.push_back(c);
      code_values.push_back(in_unit(m2_of(group, columns[c]), unit));
    }
    // A class's codes need not cover it (a parcel coded with the class itself, "09"): round them
    // against their own sum then, not the class's.
    double code_sum = 0.0;
    for (double v : code_values) code_sum += v;
    double class_exact = class_values[k];
    double target = std::abs(code_sum - class_exact) < 1e-9 * std::max(1.0, class_exact)
                        ? class_rounded[k]
                        : code_sum;
    std::vector<double> code_rounded = round_to_total(code_values, target, kDecimals);
    for (std::size_t j = 0; j < codes.size(); ++j) rounded[codes[j]] = code_rounded[j];
  }
  return rounded;
}

// Whole units of the last decimal place, so that sums of rounded figures stay exact.
std::int64_t units_of(double value) { return std::llround(value * std::pow(10.0, kDecimals)); }
double from_units(std::int64_t units) { return static_cast<double>(units) / std::pow(10.0, kDecimals); }

}  // namespace

Table landuse_long_table(const LandUseTable& landuse, int level) {
  Table table;
  for (const char* name : {"group", "level", "code", "name"}) table.add_column(name, 0);
  for (const char* name : {"area_m2", "area_ha", "area_mu"}) table.add_column(name);
  std::vector<ClassColumn> columns = class_columns(landuse.total, level);
  std::vector<const LandUseGroup*> groups;
  for (const LandUseGroup& group : landuse.groups) groups.push_back(&group);
  groups.push_back(&landuse.total);
  for (const LandUseGroup* group : groups) {
    for (const ClassColumn& column : columns) {
      double m2 = m2_of(*group, column);
      if (m2 == 0.0) continue;
      Area area = Area::from_m2(m2);
      table.rows.push_back({group->name, std::int64_t{column.level}, column.key, column.name,
                            area.m2(), area.ha(), area.mu()});
    }
  }
  return table;
}

Table landuse_wide_table(const LandUseTable& landuse, int level, AreaUnit unit) {
  Table table;
  table.add_column("单位", 0);
  table.add_column("合计", kDecimals);
  std::vector<ClassColumn> columns = class_columns(landuse.total, level);
  for (const ClassColumn& column : columns) {
    std::string key = column.key == plan::kUnknownClass ? "" : column.key + " ";
    table.add_column(key + column.name, kDecimals);
  }
  double grand_total = std::round(in_unit(landuse.total.total_m2, unit) * 100.0) / 100.0;
  std::vector<double> group_totals;
  for (const LandUseGroup& group : landuse.groups) group_totals.push_back(in_unit(group.total_m2, unit));
  std::vector<double> rounded_totals = round_to_total(group_totals, grand_total, kDecimals);

  std::vector<std::int64_t> column_units(columns.size(), 0);
  for (std::size_t g = 0; g < landuse.groups.size(); ++g) {
    std::vector<double> row = balanced_row(landuse.groups[g], columns, rounded_totals[g], unit);
    std::vector<Cell> cells{landuse.groups[g].name, rounded_totals[g]};
    for (std::size_t c = 0; c < columns.size(); ++c) {
      cells.push_back(row[c]);
      column_units[c] += units_of(row[c]);
    }
    table.rows.push_back(std::move(cells));
  }
  // The 合计 row adds up the rows above it; with no groups it is the total balanced alone.
  std::vector<Cell> total_row{landuse.total.name, grand_total};
  if (landuse.groups.empty()) {
    for (double v : balanced_row(landuse.total, columns, grand_total, unit)) total_row.push_back(v);
  } else {
    for (std::int64_t units : column_units) total_row.push_back(from_units(units));
  }
  table.rows.push_back(std::move(total_row));
  return table;
}

}  // namespace landplan::report
