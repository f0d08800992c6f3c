// Arranging the plan's tables and maps into the report's sections.
#include "landplan/report/plan_document.hpp"

#include <fmt/format.h>

#include "landplan/report/plan_tables.hpp"
#include "landplan/units.hpp"

namespace landplan::report {
namespace {

std::string mu(double m2) {
  return cell_text(Area::from_m2(m2).mu(), 2);
}

// The sentences a 工作汇报 takes its figures from, for what the project has.
std::vector<std::string> headline(const plan::PlanResults& plan) {
  std::vector<std::string> lines;
  if (plan.displacement) {
    const plan::Displacement& d = *plan.displacement;
    lines.push_back(fmt::format("水库淹没影响土地 {} 亩（含安全距离 {} 米），其中耕地 {} 亩；"
                                "淹没宅基地 {} 宗，需搬迁 {} 户。",
                                mu(d.total_m2), d.safety_m, mu(d.farmland_m2),
                                d.homestead_parcels, d.households));
  }
  if (plan.relocation) {
    std::size_t fit = 0;
    for (const plan::SiteCheck& site : plan.relocation->sites) fit += site.fits() ? 1 : 0;
    lines.push_back(fmt::format("移民安置点 {} 处，其中 {} 处容量满足安置户数。",
                                plan.relocation->sites.size(), fit));
  }
  if (plan.irrigation) {
    const plan::Irrigation& i = *plan.irrigation;
    std::string target = i.target_mu > 0 ? fmt::format("（目标 {} 亩）", cell_text(i.target_mu, 0)) : "";
    lines.push_back(fmt::format("新打机井 {} 眼，灌溉覆盖耕地 {} 亩{}。", i.wells.size(),
                                mu(i.covered_m2), target));
  }
  if (plan.greenhouse) {
    const plan::Greenhouse& g = *plan.greenhouse;
    std::string target = g.target_mu > 0 ? fmt::format("（目标 {} 亩）", cell_text(g.target_mu, 0)) : "";
    lines.push_back(fmt::format("设施农业（大棚）项目区 {} 个，合计 {} 亩{}。", g.zones.size(),
                                mu(g.total_m2), target));
  }
  lines.push_back(plan.violations.empty()
                      ? "规划规则检查：全部通过。"
                      : fmt::format("规划规则检查：{} 处违反规则，见“规划规则检查”一节。",
                                    plan.violations.size()));
  return lines;
}

std::string method(const plan::PlanResults& plan) {
  std::string how = plan.method == ops::AreaMethod::ellipsoidal
                        ? "面积为各图层自身椭球面上的椭球面积（大地线多边形面积，与 PostGIS "
                          "geography 一致）"
                        : "面积为平面面积（工作坐标系内的投影面积）";
  return how + "；1 亩 = 10000/15 平方米，1 公顷 = 15 亩。图件坐标系：" + plan.crs + "。";
}

Figure map_of(std::string caption, FigureView view = {}, std::vector<std::string> shown = {}) {
  Figure figure;
  figure.caption = std::move(caption);
  figure.view = std::move(view);
  figure.shown = std::move(shown);
  return figure;
}

std::vector<Figure> figures_of(const PlanPart& part, const plan::PlanResults& plan) {
  std::vector<Figure> figures;
  switch (part.kind) {
    case PlanPart::Kind::displacement: {
      const plan::Displacement& d = *plan.displacement;
      figures.push_back(map_of(fmt::format("水库淹没影响范围（含安全距离 {} 米）", d.safety_m),
                                {d.zone.extent(), {}, {}},
                                {d.zone.name, d.affected_parcels.name, d.affected_villages.name}));
      break;
    }
    case PlanPart::Kind::relocation:
      for (const plan::SiteCheck& site : plan.relocation->sites) {
        std::string of = site.village.empty() ? "" : "（安置" + site.village + "）";
        figures.push_back(map_of("安置点：" + site.name + of,
                                 {{}, Role::relocation_sites, site.fid},
                                 {plan.relocation->conflicts.name}));
      }
      break;
    case PlanPart::Kind::irrigation:
      figures.push_back(map_of("机井灌溉覆盖范围", {plan.irrigation->coverage.extent(), {}, {}},
                               {plan.irrigation->coverage.name}));
      break;
    case PlanPart::Kind::greenhouse:
      figures.push_back(map_of("设施农业项目区", {{}, Role::greenhouse_zones, {}}));
      break;
    case PlanPart::Kind::roads:
      figures.push_back(map_of("道路", {{}, Role::roads, {}}));
      break;
    case PlanPart::Kind::land: break;
    case PlanPart::Kind::rules:
      // Broken rules are drawn on every map; a map of their own when there are any.
      if (!plan.violations.empty()) figures.push_back(map_of("违反规划规则的位置"));
      break;
  }
  return figures;
}

}  // namespace

Document plan_document(const plan::PlanResults& plan, const std::string& title,
                       const Heading& meta) {
  Document document{title, meta, document_date(), {}};
  Section overview{"概况", headline(plan), {}, {map_of("项目区总图")}};
  overview.paragraphs.push_back(method(plan));
  for (const std::string& skipped : plan.skipped) {
    overview.paragraphs.push_back("未分析：" + skipped + "。");
  }
  document.sections.push_back(std::move(overview));
  for (PlanPart& part : plan_parts(plan)) {
    std::vector<Figure> figures = figures_of(part, plan);
    document.sections.push_back({part.heading, {}, std::move(part.tables), std::move(figures)});
  }
  return document;
}

}  // namespace landplan::report
