// The control-line checks: which candidates meet which line, by how much, and where.
#include "landplan/plan/controls.hpp"

#include <functional>

#include "landplan/units.hpp"
#include "plan/control_line.hpp"
#include "plan/violation_layer.hpp"

namespace landplan::plan {

const ControlText& control_text(ControlCheck check) {
  // The texts quoted are 《土地管理法》(2019) 第三十五条; 中共中央办公厅 国务院办公厅《关于在国土
  // 空间规划中统筹划定落实三条控制线的指导意见》(2019); 自然资源部 农业农村部《关于设施农业用地
  // 管理有关问题的通知》(自然资规〔2019〕4号).
  static const ControlText kBasicFarmland{"安置点不得占用永久基本农田",
                                          "《土地管理法》第三十五条：永久基本农田经依法划定后，任何"
                                          "单位和个人不得擅自占用或者改变其用途",
                                          "违反：调整选址避让永久基本农田"};
  static const ControlText kRedline{"安置点不得占用生态保护红线",
                                    "《关于在国土空间规划中统筹划定落实三条控制线的指导意见》：生态"
                                    "保护红线内严格禁止开发性、生产性建设活动",
                                    "违反：调整选址避让生态保护红线"};
  static const ControlText kBoundary{"安置点位于城镇开发边界外",
                                     "《关于在国土空间规划中统筹划定落实三条控制线的指导意见》：城"
                                     "镇开发边界外不得进行城镇集中建设",
                                     "报告：边界外的村庄建设须符合村庄规划"};
  static const ControlText kGreenhouses{
      "设施农业占用永久基本农田",
      "自然资规〔2019〕4号：种植设施不破坏耕地耕作层的，可以使用永久基本农田，不需补划；破坏耕作层"
      "但难以"
      "避让的，允许使用但必须补划",
      "报告：须办理设施农业用地手续（不破坏耕作层，否则补划永久基本农田）"};
  switch (check) {
    case ControlCheck::construction_on_basic_farmland:
      return kBasicFarmland;
    case ControlCheck::construction_on_ecological_redline:
      return kRedline;
    case ControlCheck::construction_outside_development_boundary:
      return kBoundary;
    case ControlCheck::greenhouses_on_basic_farmland:
      break;
  }
  return kGreenhouses;
}

bool forbids(ControlCheck check) {
  return check == ControlCheck::construction_on_basic_farmland ||
         check == ControlCheck::construction_on_ecological_redline;
}

Role candidates_of(ControlCheck check) {
  // Of the roles, only the relocation sites are construction the plan adds: the reservoir is a
  // water project approved on its own terms, roads are existing lines.
  return check == ControlCheck::greenhouses_on_basic_farmland ? Role::greenhouse_zones
                                                              : Role::relocation_sites;
}

Role line_of(ControlCheck check) {
  switch (check) {
    case ControlCheck::construction_on_ecological_redline:
      return Role::ecological_redline;
    case ControlCheck::construction_outside_development_boundary:
      return Role::development_boundary;
    case ControlCheck::construction_on_basic_farmland:
    case ControlCheck::greenhouses_on_basic_farmland:
      break;
  }
  return Role::basic_farmland;
}

std::vector<Violation> Controls::violations() const {
  std::vector<Violation> violations;
  for (const ControlFinding& f : findings)
    if (forbids(f.check)) violations.push_back(f.finding);
  return violations;
}

namespace {

class ControlChecker {
 public:
  ControlChecker(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings)
      : inputs_(inputs), method_(method), warnings_(warnings) {}

  void check(ControlCheck check, const Layer& candidates, const Layer& line) {
    result_.ran.push_back(check);
    bool outside = check == ControlCheck::construction_outside_development_boundary;
    Rule rule{std::string(control_text(check).title),
              outside ? RuleKind::within : RuleKind::forbid_overlap,
              {candidates.name, line.name},
              0.0};
    ViolationLayer where(rule, GeometryKind::polygon, candidates);
    std::size_t before = result_.findings.size();
    ControlLineOverlap on_line = control_line_overlap(line, candidates, method_, warnings_);
    if (outside) {
      auto areas = ops::feature_areas(candidates, method_, warnings_);
      for (std::size_t f = 0; f < candidates.size(); ++f) {
        double m2 = areas[f].value_or(0.0) - on_line.inside_m2[f];
        if (m2 < kNegligibleM2) continue;
        Violation v = finding(rule, candidates, f, line, m2);
        where.add_outside(v, candidates, f, on_line.zone);
        result_.findings.push_back({check, v});
      }
    } else {
      for (std::size_t i = 0; i < on_line.inside.pieces.size(); ++i) {
        const ops::OverlapPiece& p = on_line.inside.pieces[i];
        if (p.area_m2 < kNegligibleM2) continue;
        Violation v = finding(rule, candidates, p.a, line, p.area_m2);
        where.add_feature_of(v, on_line.inside.geometry, i);
        result_.findings.push_back({check, v});
      }
    }
    if (result_.findings.size() == before) return;
    if (forbids(check)) {
      result_.broken.push_back({rule.name, where.take()});
    } else {
      result_.reported.push_back({rule.name, where.take()});
      result_.reported.back().where.name = name_of(check);
    }
  }

  Controls take() { return std::move(result_); }

 private:
  Violation finding(const Rule& rule, const Layer& candidates, std::size_t f, const Layer& line,
                    double m2) const {
    Violation v;
    v.rule = rule.name;
    v.kind = rule.kind;
    v.layer_a = candidates.name;
    v.fid_a = candidates.fid(f);
    v.name_a = inputs_.text(candidates, "name", f);
    v.layer_b = line.name;
    v.amount = Area::from_m2(m2).mu();
    v.unit = "mu";
    return v;
  }

  const PlanInputs& inputs_;
  ops::AreaMethod method_;
  Warnings& warnings_;
  Controls result_;
};

}  // namespace

namespace {

// Runs every check that is on, with the candidates `candidates_for` gives it (nullptr: skip).
Controls run_checks(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings,
                    const std::function<const Layer*(ControlCheck)>& candidates_for) {
  ControlChecker checker(inputs, method, warnings);
  for (ControlCheck check : control_checks()) {
    if (!inputs.project().control_on(check)) continue;
    const Layer* candidates = candidates_for(check);
    const Layer* line = inputs.find(line_of(check));
    if (candidates && line) checker.check(check, *candidates, *line);
  }
  return checker.take();
}

}  // namespace

Controls check_controls(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings) {
  return run_checks(inputs, method, warnings,
                    [&](ControlCheck check) { return inputs.find(candidates_of(check)); });
}

Controls check_controls_for(const PlanInputs& inputs, const Layer& candidate,
                            ops::AreaMethod method, Warnings& warnings) {
  return run_checks(inputs, method, warnings, [&](ControlCheck check) {
    return candidate.role == candidates_of(check) ? &candidate : nullptr;
  });
}

}  // namespace landplan::plan
