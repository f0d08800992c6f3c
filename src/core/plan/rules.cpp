// Checking [[rules]]: forbidden overlaps, minimum distances, containment and area limits.
#include "landplan/plan/rules.hpp"

#include "landplan/plan/irrigation.hpp"
#include "landplan/ops/overlay.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/ops/distance.hpp"
#include "landplan/spatial_index.hpp"
#include "landplan/units.hpp"

namespace landplan::plan {
namespace {

// Area left over by geometry noise where shapes share an edge: not a violation.
constexpr double kNegligibleM2 = 1e-3;

class RuleChecker {
 public:
  RuleChecker(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings)
      : inputs_(inputs), method_(method), warnings_(warnings) {}

  void check(const Rule& rule) {
    rule_ = &rule;
    const Layer& a = layer(rule.layers[0]);
    if (layers_of(rule.kind) == 1) return area_limit(a);
    const Layer& b = layer(rule.layers[1]);
    switch (rule.kind) {
      case RuleKind::forbid_overlap: return forbid_overlap(a, b);
      case RuleKind::min_distance: return min_distance(a, b);
      case RuleKind::within: return within(a, b);
      case RuleKind::min_area:
      case RuleKind::max_area: break;  // measured above
    }
  }

  std::vector<Violation> take() { return std::move(violations_); }

 private:
  const Layer& layer(const std::string& key) const {
    return inputs_.require(key, "rule '" + rule_->name + "'");
  }

  Violation violation(const Layer& a, std::size_t fa, const Layer* b, std::size_t fb) const {
    Violation v;
    v.rule = rule_->name;
    v.kind = rule_->kind;
    v.layer_a = a.name;
    v.fid_a = a.fid(fa);
    v.name_a = inputs_.text(a, "name", fa);
    if (b) {
      v.layer_b = b->name;
      v.fid_b = b->fid(fb);
      v.name_b = inputs_.text(*b, "name", fb);
    }
    v.limit = rule_->value;
    return v;
  }

  void forbid_overlap(const Layer& a, const Layer& b) {
    bool same = &a == &b;
    for (const ops::OverlapPiece& p : ops::overlap(a, b, {.method = method_}, warnings_).pieces) {
      if ((same && p.a >= p.b) || p.area_m2 < kNegligibleM2) continue;
      Violation v = violation(a, p.a, &b, p.b);
      v.amount = Area::from_m2(p.area_m2).mu();
      v.unit = "mu";
      violations_.push_back(v);
    }
  }

  void min_distance(const Layer& a, const Layer& b) {
    bool same = &a == &b;
    double limit = rule_->value;
    SpatialIndex index = SpatialIndex::of_layer(b);
    for (std::size_t fa = 0; fa < a.size(); ++fa) {
      if (a.is_null(fa)) continue;
      std::vector<std::uint32_t> candidates = index.query(a.box(fa).grown(limit));
      std::sort(candidates.begin(), candidates.end());
      for (std::uint32_t fb : candidates) {
        if (same && fb <= fa) continue;
        double distance = ops::feature_distance(a, fa, b, fb);
        if (distance >= limit) continue;
        Violation v = violation(a, fa, &b, fb);
        v.amount = distance;
        v.unit = "m";
        violations_.push_back(v);
      }
    }
  }

  void within(const Layer& a, const Layer& b) {
    Layer container = ops::dissolve(b, 0.0, b.name);
    std::vector<ops::CoveredArea> covered = ops::covered_areas(a, container, method_, warnings_);
    for (std::size_t fa = 0; fa < a.size(); ++fa) {
      double outside = covered[fa].area_m2 - covered[fa].covered_m2;
      if (a.is_null(fa) || outside < kNegligibleM2) continue;
      Violation v = violation(a, fa, &b, 0);
      v.fid_b = -1;
      v.name_b.clear();
      v.amount = Area::from_m2(outside).mu();
      v.unit = "mu";
      violations_.push_back(v);
    }
  }

  void area_limit(const Layer& a) {
    auto areas = ops::feature_areas(a, method_, warnings_);
    for (std::size_t fa = 0; fa < a.size(); ++fa) {
      if (!areas[fa]) continue;
      double mu = Area::from_m2(*areas[fa]).mu();
      bool broken = rule_->kind == RuleKind::min_area ? mu < rule_->value : mu > rule_->value;
      if (!broken) continue;
      Violation v = violation(a, fa, nullptr, 0);
      v.amount = mu;
      v.unit = "mu";
      violations_.push_back(v);
    }
  }

  const PlanInputs& inputs_;
  ops::AreaMethod method_;
  Warnings& warnings_;
  const Rule* rule_ = nullptr;
  std::vector<Violation> violations_;
};

}  // namespace

std::vector<Violation> check_rules(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings) {
  RuleChecker checker(inputs, method, warnings);
  for (const Rule& rule : inputs.project().rules) checker.check(rule);
  return checker.take();
}

}  // namespace landplan::plan
