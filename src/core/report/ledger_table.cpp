// Laying out the 耕地 ledger: sites and zones down, 耕地 by type and slope grade across.
#include "landplan/report/ledger_table.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "landplan/plan/land_codes.hpp"
#include "landplan/units.hpp"

namespace landplan::report {
namespace {

double mu(double m2) {
  return Area::from_m2(m2).mu();
}

std::string kind_of(const plan::LedgerEntry& entry) {
  if (entry.role == Role::relocation_sites) return "安置点";
  if (entry.role == Role::greenhouse_zones) return "设施农业";
  return entry.layer;
}

std::string code_heading(const std::string& code) {
  const plan::LandCode* land = plan::LandCodes::sandiao().by_code(code);
  return (land ? land->name + code : code) + "(亩)";
}

}  // namespace

Table ledger_table(const plan::FarmlandLedger& ledger) {
  std::set<std::string> codes, grades;
  for (const plan::LedgerEntry& e : ledger.entries) {
    for (const auto& [code, m2] : e.by_code_m2) codes.insert(code);
    for (const auto& [grade, m2] : e.by_grade_m2) grades.insert(grade);
  }
  Table t;
  t.title = "耕地占补平衡台账";
  t.add_column("类型");
  t.add_column("名称");
  t.add_column("fid", 0);
  t.add_column("占用耕地(亩)", 2);
  for (const std::string& code : codes) t.add_column(code_heading(code), 2);
  for (const std::string& grade : grades) t.add_column("坡度" + grade + "级(亩)", 2);
  auto by = [](const std::map<std::string, double>& m2, const std::string& key) -> Cell {
    auto found = m2.find(key);
    return found == m2.end() ? Cell{} : Cell{mu(found->second)};
  };
  std::map<std::string, double> code_totals, grade_totals;
  for (const plan::LedgerEntry& e : ledger.entries) {
    std::vector<Cell> row{kind_of(e), e.name, e.fid, mu(e.m2)};
    for (const std::string& code : codes) row.push_back(by(e.by_code_m2, code));
    for (const std::string& grade : grades) row.push_back(by(e.by_grade_m2, grade));
    for (const auto& [code, m2] : e.by_code_m2) code_totals[code] += m2;
    for (const auto& [grade, m2] : e.by_grade_m2) grade_totals[grade] += m2;
    t.rows.push_back(std::move(row));
  }
  auto summary = [&](std::string label, std::optional<double> m2) {
    std::vector<Cell> row{std::move(label), Cell{}, Cell{}, m2 ? Cell{mu(*m2)} : Cell{}};
    row.resize(t.columns.size());
    return row;
  };
  std::vector<Cell> total = summary("合计", ledger.occupied_m2);
  std::size_t column = 4;
  for (const std::string& code : codes) total[column++] = by(code_totals, code);
  for (const std::string& grade : grades) total[column++] = by(grade_totals, grade);
  t.rows.push_back(std::move(total));
  t.rows.push_back(summary("补充耕地", ledger.supplemented_m2));
  double balance = ledger.balance_m2();
  t.rows.push_back(summary(balance >= 0 ? "结余" : "缺口", std::abs(balance)));
  t.meta["占补平衡"] =
      ledger.supplemented_m2
          ? fmt::format("占用耕地 {:.2f} 亩，补充耕地 {:.2f} 亩（{}），{} {:.2f} 亩",
                        mu(ledger.occupied_m2), mu(*ledger.supplemented_m2),
                        ledger.supplement_layer, balance >= 0 ? "结余" : "缺口",
                        mu(std::abs(balance)))
          : fmt::format(
                "占用耕地 {:.2f} 亩；项目没有补充耕地图层（role farmland_supplement），缺口 {:.2f} "
                "亩",
                mu(ledger.occupied_m2), mu(ledger.occupied_m2));
  t.meta["依据"] =
      "建设占用耕地：《土地管理法》第三十条，占多少、垦多少（占补平衡）；设施农业占用一般耕地不需占"
      "补平衡"
      "（自然资规〔2019〕4号），但须按自然资发〔2021〕166号补充同等数量、质量的耕地（进出平衡）";
  return t;
}

}  // namespace landplan::report
