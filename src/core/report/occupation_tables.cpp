// Flattening occupations into rows, and the two tables of them.
#include "landplan/report/occupation_tables.hpp"

#include <array>
#include <map>

#include "landplan/plan/land_codes.hpp"
#include "landplan/units.hpp"

namespace landplan::report {
namespace {

// The report's words for `what` and, for slope grades, the 三调 slope ranges.
std::string what_in_chinese(const std::string& what) {
  static const std::map<std::string, std::string> kWords = {
      {"total", "总面积"},
      {"basic_farmland", "永久基本农田"},
      {"ecological_redline", "生态保护红线"},
      {"development_boundary", "城镇开发边界内"},
      {"farmland", "耕地"},
      {"slope_grade", "耕地坡度级别"},
      {"landuse_level1", "地类（一级）"},
      {"village", "坐落村"}};
  auto found = kWords.find(what);
  return found == kWords.end() ? what : found->second;
}

std::string code_in_words(const std::string& what, const std::string& code) {
  static const std::array<const char*, 5> kSlopes = {"≤2°", "2°–6°", "6°–15°", "15°–25°", ">25°"};
  if (what == "slope_grade" && code.size() == 1 && code[0] >= '1' && code[0] <= '5')
    return code + "级（" + kSlopes[code[0] - '1'] + "）";
  if (what == "farmland" || what == "landuse_level1") {
    if (const plan::LandCode* land = plan::LandCodes::sandiao().by_code(code))
      return code + " " + land->name;
  }
  return code;
}

}  // namespace

std::vector<OccupationRow> occupation_rows(const plan::Occupation& occupation) {
  std::vector<OccupationRow> rows;
  for (const plan::OccupiedLand& land : occupation.candidates) {
    auto add = [&](const char* what, const std::string& code, double m2) {
      if (m2 > 0.0) rows.push_back({land.fid, land.name, what, code, m2});
    };
    auto add_each = [&](const char* what, const auto& by) {
      for (const auto& [code, m2] : by) add(what, code, m2);
    };
    add("total", "", land.total_m2);
    add("basic_farmland", "", land.basic_farmland_m2.value_or(0.0));
    add("ecological_redline", "", land.ecological_redline_m2.value_or(0.0));
    add("development_boundary", "", land.development_boundary_m2.value_or(0.0));
    add_each("farmland", land.farmland_m2);
    add_each("slope_grade", land.slope_grade_m2);
    add_each("landuse_level1", land.level1_m2);
    add_each("village", land.village_m2);
  }
  return rows;
}

Table occupation_table(const plan::Occupation& occupation, const AreaColumns& units) {
  Table table;
  table.add_column("fid", 0);
  for (const char* c : {"name", "what", "code"}) table.add_column(c);
  units.add_columns(table);
  for (const OccupationRow& r : occupation_rows(occupation)) {
    std::vector<Cell> row{r.fid, r.name, r.what, r.code};
    units.add_cells(row, r.m2);
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table occupation_report_table(const plan::Occupation& occupation) {
  bool sites = occupation.role == Role::relocation_sites;
  bool zones = occupation.role == Role::greenhouse_zones;
  std::string candidate = sites ? "安置点" : zones ? "设施农业项目区" : occupation.layer;
  Table t;
  t.title = "占地情况：" + candidate + "（三区三线、耕地、地类、坐落村）";
  t.add_column(sites ? "安置点" : zones ? "项目区" : "名称");
  t.add_column("fid", 0);
  t.add_column("占用");
  t.add_column("编码/名称");
  t.add_column("面积(亩)", 2);
  t.add_column("面积(公顷)", 4);
  for (const OccupationRow& r : occupation_rows(occupation)) {
    t.rows.push_back({r.name, r.fid, what_in_chinese(r.what), code_in_words(r.what, r.code),
                      Area::from_m2(r.m2).mu(), Area::from_m2(r.m2).ha()});
  }
  return t;
}

}  // namespace landplan::report
