// Checking [[rules]]: forbidden overlaps, minimum distances, containment and area limits.
#include "landplan/plan/rules.hpp"

#include "landplan/plan/irrigation.hpp"
#include "landplan/ops/overlay.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/ops/distance.hpp"
#include "landplan/spatial_index.hpp"
#include "landplan/units.hpp"
#include "plan/violation_layer.hpp"

namespace landplan::plan {
namespace {

// The geometry kind of a rule's violations (rules.hpp, BrokenRule).
GeometryKind drawn_as(RuleKind kind, const Layer& a) {
  switch (kind) {
    case RuleKind::forbid_overlap: return GeometryKind::polygon;
    case RuleKind::min_distance: return GeometryKind::line;
    case RuleKind::within:
    case RuleKind::min_area:
    case RuleKind::max_area: break;
  }
  return a.kind;
}

// A feature not yet in its layer (a site being drawn) standing in for that layer.
struct StandIn {
  const Layer* candidate = nullptr;
  const Layer* layer = nullptr;  // the project layer it would join
};

class RuleChecker {
 public:
  RuleChecker(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings,
              StandIn stand_in = {})
      : inputs_(inputs), method_(method), warnings_(warnings), stand_in_(stand_in) {}

  void check(const Rule& rule) {
    rule_ = &rule;
    std::size_t before = result_.violations.size();
    const Layer* a = &layer(rule.layers[0]);
    const Layer* b = layers_of(rule.kind) == 2 ? &layer(rule.layers[1]) : nullptr;
    if (stand_in_.candidate && !stand_in(a, b)) return;
    ViolationLayer where(rule, drawn_as(rule.kind, *a), *a);
    check_layers(*a, b, where);
    if (result_.violations.size() > before) result_.broken.push_back({rule.name, where.take()});
  }

  RuleCheck take() { return std::move(result_); }

 private:
  // Puts the candidate in its layer's place on the rule's first side, or on the second where it
  // is not on the first; a rule of the layer with itself compares the candidate with the layer's
  // features. False for a rule the candidate has no part in, and for `within` with the layer as
  // the container: a site added to a container takes nothing from what it must hold.
  bool stand_in(const Layer*& a, const Layer*& b) const {
    if (a == stand_in_.layer) {
      a = stand_in_.candidate;
      return true;
    }
    if (b != stand_in_.layer || rule_->kind == RuleKind::within) return false;
    b = stand_in_.candidate;
    return true;
  }

  void check_layers(const Layer& a, const Layer* other, ViolationLayer& where) {
    if (!other) {
      area_limit(a, where);
    } else {
      const Layer& b = *other;
      switch (rule_->kind) {
        case RuleKind::forbid_overlap: forbid_overlap(a, b, where); break;
        case RuleKind::min_distance: min_distance(a, b, where); break;
        case RuleKind::within: within(a, b, where); break;
        case RuleKind::min_area:
        case RuleKind::max_area: break;  // measured above
      }
    }
  }

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

  void forbid_overlap(const Layer& a, const Layer& b, ViolationLayer& where) {
    bool same = &a == &b;
    ops::Overlap overlap =
        ops::overlap(a, b, {.method = method_, .keep_geometry = true}, warnings_);
    for (std::size_t i = 0; i < overlap.pieces.size(); ++i) {
      const ops::OverlapPiece& p = overlap.pieces[i];
      if ((same && p.a >= p.b) || p.area_m2 < kNegligibleM2) continue;
      Violation v = violation(a, p.a, &b, p.b);
      v.amount = Area::from_m2(p.area_m2).mu();
      v.unit = "mu";
      where.add_feature_of(v, overlap.geometry, i);
      result_.violations.push_back(v);
    }
  }

  void min_distance(const Layer& a, const Layer& b, ViolationLayer& where) {
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
        where.add_shortest_line(v, a, fa, b, fb);
        result_.violations.push_back(v);
      }
    }
  }

  void within(const Layer& a, const Layer& b, ViolationLayer& where) {
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
      where.add_outside(v, a, fa, container);
      result_.violations.push_back(v);
    }
  }

  void area_limit(const Layer& a, ViolationLayer& where) {
    auto areas = ops::feature_areas(a, method_, warnings_);
    for (std::size_t fa = 0; fa < a.size(); ++fa) {
      if (!areas[fa]) continue;
      double mu = Area::from_m2(*areas[fa]).mu();
      bool broken = rule_->kind == RuleKind::min_area ? mu < rule_->value : mu > rule_->value;
      if (!broken) continue;
      Violation v = violation(a, fa, nullptr, 0);
      v.amount = mu;
      v.unit = "mu";
      where.add_feature_of(v, a, fa);
      result_.violations.push_back(v);
    }
  }

  const PlanInputs& inputs_;
  ops::AreaMethod method_;
  Warnings& warnings_;
  StandIn stand_in_;
  const Rule* rule_ = nullptr;
  RuleCheck result_;
};

}  // namespace

RuleCheck check_rules_with_geometry(const PlanInputs& inputs, ops::AreaMethod method,
                                    Warnings& warnings) {
  RuleChecker checker(inputs, method, warnings);
  for (const Rule& rule : inputs.project().rules) checker.check(rule);
  return checker.take();
}

RuleCheck check_rules_for(const PlanInputs& inputs, const Layer& candidate,
                          std::string_view as_layer, ops::AreaMethod method, Warnings& warnings) {
  const Layer& layer = inputs.require(as_layer, "checking a candidate's rules");
  RuleChecker checker(inputs, method, warnings, {&candidate, &layer});
  for (const Rule& rule : inputs.project().rules) checker.check(rule);
  return checker.take();
}

std::vector<Violation> check_rules(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings) {
  return check_rules_with_geometry(inputs, method, warnings).violations;
}

}  // namespace landplan::plan
