// Turning the plan's results into titled tables, one per question a planner asks.
#include "landplan/report/plan_tables.hpp"

#include <fmt/format.h>

#include <map>

#include "landplan/report/control_tables.hpp"
#include "landplan/report/ledger_table.hpp"
#include "landplan/report/occupation_tables.hpp"
#include "landplan/report/road_tables.hpp"
#include "landplan/units.hpp"

namespace landplan::report {
namespace {

double mu(double m2) { return Area::from_m2(m2).mu(); }
double ha(double m2) { return Area::from_m2(m2).ha(); }
double percent(double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

Table displacement_villages(const plan::Displacement& d) {
  Table t;
  t.title = fmt::format("水库淹没影响（含安全距离 {} 米）", d.safety_m);
  t.add_column("村名");
  t.add_column("淹没土地(亩)", 2);
  t.add_column("其中耕地(亩)", 2);
  t.add_column("宅基地(宗)", 0);
  t.add_column("搬迁户数", 0);
  t.add_column("村庄建设区淹没(亩)", 2);
  t.add_column("占村庄(%)", 1);
  for (const plan::VillageLoss& v : d.villages) {
    t.rows.push_back({v.village, mu(v.total_m2), mu(v.farmland_m2), v.homestead_parcels,
                      v.households, mu(v.settlement_m2), v.settlement_pct});
  }
  t.rows.push_back({std::string("合计"), mu(d.total_m2), mu(d.farmland_m2), d.homestead_parcels,
                    d.households, Cell{}, Cell{}});
  return t;
}

Table displacement_landuse(const plan::Displacement& d) {
  Table t;
  t.title = "淹没土地按村、地类";
  t.add_column("村名");
  t.add_column("地类");
  t.add_column("面积(亩)", 2);
  t.add_column("面积(公顷)", 4);
  for (const plan::VillageLoss& v : d.villages)
    for (const auto& [landuse, m2] : v.m2_by_landuse)
      t.rows.push_back({v.village, landuse, mu(m2), ha(m2)});
  return t;
}

Table relocation(const plan::Relocation& r) {
  Table t;
  t.title = fmt::format("移民安置点（每户用地 {} 平方米）", r.household_area_m2);
  for (const char* c : {"安置点", "安置村"}) t.add_column(c);
  t.add_column("面积(亩)", 2);
  t.add_column("可容纳户数", 0);
  t.add_column("安置户数", 0);
  t.add_column("容量");
  t.add_column("压占水库(亩)", 2);
  t.add_column("占设施农业(亩)", 2);
  t.add_column("占耕地(亩)", 2);
  t.add_column("与他点重叠(亩)", 2);
  t.add_column("距原村(米)", 0);
  for (const plan::SiteCheck& s : r.sites) {
    t.rows.push_back({s.name, s.village, mu(s.area_m2), s.capacity, s.assigned,
                      std::string(s.fits() ? "满足" : "不足"), mu(s.reservoir_m2),
                      mu(s.greenhouse_m2), mu(s.farmland_m2), mu(s.other_sites_m2),
                      s.distance_to_village_m ? Cell{*s.distance_to_village_m} : Cell{}});
  }
  return t;
}

Table irrigation_villages(const plan::Irrigation& i) {
  Table t;
  t.title = "机井灌溉覆盖（按村，重叠部分只计一次）";
  t.add_column("村名");
  t.add_column("耕地(亩)", 2);
  t.add_column("覆盖(亩)", 2);
  t.add_column("未覆盖(亩)", 2);
  t.add_column("覆盖率(%)", 1);
  for (const plan::VillageIrrigation& v : i.villages) {
    t.rows.push_back({v.village, mu(v.farmland_m2), mu(v.covered_m2),
                      mu(v.farmland_m2 - v.covered_m2), percent(v.covered_m2, v.farmland_m2)});
  }
  t.rows.push_back({std::string("合计"), mu(i.farmland_m2), mu(i.covered_m2),
                    mu(i.farmland_m2 - i.covered_m2), percent(i.covered_m2, i.farmland_m2)});
  if (i.target_mu > 0) {
    t.meta["目标"] = fmt::format("灌溉 {:.0f} 亩，实际覆盖 {:.2f} 亩，完成 {:.1f}%", i.target_mu,
                               mu(i.covered_m2), percent(mu(i.covered_m2), i.target_mu));
  }
  return t;
}

Table irrigation_wells(const plan::Irrigation& i) {
  Table t;
  t.title = "各机井服务耕地（每块耕地计入最近的机井）";
  t.add_column("机井");
  t.add_column("村名");
  t.add_column("半径(米)", 0);
  t.add_column("服务耕地(亩)", 2);
  double total = 0;
  for (const plan::WellService& w : i.wells) {
    t.rows.push_back({w.name.empty() ? std::to_string(w.fid) : w.name, w.village, w.radius_m,
                      mu(w.farmland_m2)});
    total += w.farmland_m2;
  }
  t.rows.push_back({std::string("合计"), Cell{}, Cell{}, mu(total)});
  return t;
}

Table greenhouse(const plan::Greenhouse& g) {
  Table t;
  t.title = "设施农业（大棚）项目区面积";
  t.add_column("项目区");
  t.add_column("村名");
  t.add_column("面积(亩)", 2);
  t.add_column("面积(公顷)", 4);
  t.add_column("规划(亩)", 2);
  t.add_column("完成(%)", 1);
  t.add_column("压占水库(亩)", 2);
  t.add_column("区间重叠(亩)", 2);
  for (const plan::GreenhouseZone& z : g.zones) {
    t.rows.push_back({z.name, z.village, mu(z.area_m2), ha(z.area_m2),
                      z.planned_mu ? Cell{*z.planned_mu} : Cell{},
                      z.planned_mu ? Cell{percent(mu(z.area_m2), *z.planned_mu)} : Cell{},
                      mu(z.reservoir_m2), mu(z.other_zones_m2)});
  }
  t.rows.push_back({std::string("合计"), Cell{}, mu(g.total_m2), ha(g.total_m2),
                    g.target_mu > 0 ? Cell{g.target_mu} : Cell{},
                    g.target_mu > 0 ? Cell{percent(mu(g.total_m2), g.target_mu)} : Cell{}, Cell{},
                    Cell{}});
  if (g.target_mu > 0) {
    t.meta["目标"] = fmt::format("计划 {:.0f} 亩，建成 {:.2f} 亩，完成 {:.1f}%", g.target_mu,
                               mu(g.total_m2), percent(mu(g.total_m2), g.target_mu));
  }
  return t;
}

Table greenhouse_villages(const plan::Greenhouse& g) {
  Table t;
  t.title = "设施农业面积按村";
  t.add_column("村名");
  t.add_column("项目区(个)", 0);
  t.add_column("面积(亩)", 2);
  t.add_column("面积(公顷)", 4);
  std::map<std::string, std::pair<std::int64_t, double>> by_village;
  for (const plan::GreenhouseZone& z : g.zones) {
    auto& [count, m2] = by_village[z.village];
    ++count;
    m2 += z.area_m2;
  }
  for (const auto& [village, totals] : by_village)
    t.rows.push_back({village, totals.first, mu(totals.second), ha(totals.second)});
  return t;
}

}  // namespace

Table violations_table(const std::vector<plan::Violation>& violations) {
  Table t;
  t.title = violations.empty() ? "规划规则检查：全部通过" : "规划规则检查：违反规则";
  for (const char* c : {"rule", "kind", "layer_a"}) t.add_column(c);
  t.add_column("fid_a", 0);
  t.add_column("name_a");
  t.add_column("layer_b");
  t.add_column("fid_b", 0);
  t.add_column("name_b");
  t.add_column("amount", 2);
  t.add_column("unit");
  t.add_column("limit", 2);
  for (const plan::Violation& v : violations) {
    t.rows.push_back({v.rule, std::string(name_of(v.kind)), v.layer_a, v.fid_a, v.name_a, v.layer_b,
                      v.fid_b >= 0 ? Cell{v.fid_b} : Cell{}, v.name_b, v.amount, v.unit,
                      v.limit != 0 ? Cell{v.limit} : Cell{}});
  }
  return t;
}

std::vector<PlanPart> plan_parts(const plan::PlanResults& plan) {
  std::vector<PlanPart> parts;
  if (plan.displacement) {
    parts.push_back({PlanPart::Kind::displacement, "水库淹没影响",
                     {displacement_villages(*plan.displacement),
                      displacement_landuse(*plan.displacement)}});
  }
  if (plan.relocation) {
    parts.push_back({PlanPart::Kind::relocation, "移民安置点", {relocation(*plan.relocation)}});
  }
  if (plan.irrigation) {
    parts.push_back({PlanPart::Kind::irrigation, "机井灌溉",
                     {irrigation_villages(*plan.irrigation), irrigation_wells(*plan.irrigation)}});
  }
  if (plan.greenhouse) {
    parts.push_back({PlanPart::Kind::greenhouse, "设施农业",
                     {greenhouse(*plan.greenhouse), greenhouse_villages(*plan.greenhouse)}});
  }
  if (plan.roads) {
    parts.push_back({PlanPart::Kind::roads, "道路里程", road_tables(*plan.roads, plan.method)});
  }
  if (!plan.occupations.empty() || plan.ledger || plan.controls) {
    PlanPart land{PlanPart::Kind::land, "用地占用与三区三线", {}};
    for (const plan::Occupation& occupation : plan.occupations)
      land.tables.push_back(occupation_report_table(occupation));
    if (plan.ledger) land.tables.push_back(ledger_table(*plan.ledger));
    if (plan.controls) land.tables.push_back(controls_table(*plan.controls));
    parts.push_back(std::move(land));
  }
  parts.push_back({PlanPart::Kind::rules, "规划规则检查", {violations_table(plan.violations)}});
  return parts;
}

std::vector<Table> plan_tables(const plan::PlanResults& plan) {
  std::vector<Table> tables;
  for (PlanPart& part : plan_parts(plan)) {
    for (Table& table : part.tables) tables.push_back(std::move(table));
  }
  return tables;
}

}  // namespace landplan::report
