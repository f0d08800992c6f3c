// The control-line checks on the square-site world: a relocation site on 永久基本农田 and
// 生态保护红线 is a violation, one outside the 城镇开发边界 and a greenhouse zone on 永久基本农田
// are reported; each check runs only with its layers and can be switched off.
#include "landplan/plan/controls.hpp"

#include <gtest/gtest.h>

#include "core/plan/plan_fixtures.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/units.hpp"

using namespace landplan;
using namespace landplan::plan;
using ops::AreaMethod;

namespace {

double mu(double m2) {
  return Area::from_m2(m2).mu();
}

double area_of(const Layer& layer) {
  Warnings warnings;
  double m2 = 0;
  for (auto a : ops::feature_areas(layer, AreaMethod::planar, warnings)) m2 += a.value_or(0);
  return m2;
}

Controls check(const std::vector<Layer>& layers, const std::set<ControlCheck>& off = {}) {
  Project project = test::project_of(layers);
  project.controls_off = off;
  PlanInputs inputs(project, layers);
  Warnings warnings;
  return check_controls(inputs, AreaMethod::planar, warnings);
}

}  // namespace

TEST(Controls, SiteOnBasicFarmlandAndRedlineIsAViolationOutsideTheBoundaryReported) {
  Controls c = check(test::square_site_layers());
  ASSERT_EQ(c.ran.size(), 3u);       // no greenhouse zones: their check does not run
  ASSERT_EQ(c.findings.size(), 4u);  // 甲点 on each line; 乙点 (far from all) outside the boundary
  const Violation& farmland = c.findings[0].finding;
  EXPECT_EQ(c.findings[0].check, ControlCheck::construction_on_basic_farmland);
  EXPECT_EQ(farmland.rule, "安置点不得占用永久基本农田");
  EXPECT_EQ(farmland.layer_a, "relocation_sites");
  EXPECT_EQ(farmland.fid_a, 1);
  EXPECT_EQ(farmland.name_a, "甲点");
  EXPECT_EQ(farmland.layer_b, "basic_farmland");
  EXPECT_EQ(farmland.fid_b, -1);  // the line's polygons merged: no one feature to name
  EXPECT_NEAR(farmland.amount, mu(3400), 1e-12);  // 5.1 mu, the overlap of the two counted once
  EXPECT_EQ(farmland.unit, "mu");
  EXPECT_NEAR(c.findings[1].finding.amount, mu(400), 1e-12);
  EXPECT_EQ(c.findings[2].check, ControlCheck::construction_outside_development_boundary);
  EXPECT_NEAR(c.findings[2].finding.amount, mu(3000), 1e-12);
  EXPECT_EQ(c.findings[3].finding.fid_a, 2);
  EXPECT_NEAR(c.findings[3].finding.amount, mu(100), 1e-12);

  std::vector<Violation> violations = c.violations();
  ASSERT_EQ(violations.size(), 2u);  // the boundary findings are reported only
  // Where: the merged 永久基本农田 inside the site; the parts of the sites outside the boundary.
  ASSERT_EQ(c.broken.size(), 2u);
  EXPECT_EQ(c.broken[0].where.name, "violations:安置点不得占用永久基本农田");
  EXPECT_NEAR(area_of(c.broken[0].where), 3400, 1e-9);
  ASSERT_EQ(c.reported.size(), 1u);
  EXPECT_EQ(c.reported[0].where.name, "construction_outside_development_boundary");
  EXPECT_EQ(c.reported[0].where.size(), 2u);
  EXPECT_NEAR(area_of(c.reported[0].where), 3000 + 100, 1e-9);
}

TEST(Controls, GreenhouseZoneOnBasicFarmlandIsReportedNotForbidden) {
  std::vector<Layer> layers = test::square_site_layers();
  layers[0] =
      test::plan_layer("greenhouse_zones", {test::square_wkt(0, 0, 50)}, {{"名称", {"大棚区"}}});
  Controls c = check(layers);
  ASSERT_EQ(c.ran, std::vector<ControlCheck>{ControlCheck::greenhouses_on_basic_farmland});
  ASSERT_EQ(c.findings.size(), 1u);
  // 永久基本农田 in (0,0)–(50,50): the first polygon's 40 × 50 and the second's 10 × 50 beside it.
  EXPECT_NEAR(c.findings[0].finding.amount, mu(2500), 1e-12);
  EXPECT_EQ(c.findings[0].finding.name_a, "大棚区");
  EXPECT_TRUE(c.violations().empty());
  EXPECT_TRUE(c.broken.empty());
  ASSERT_EQ(c.reported.size(), 1u);
  EXPECT_NE(
      control_text(ControlCheck::greenhouses_on_basic_farmland).basis.find("自然资规〔2019〕4号"),
      std::string::npos);
}

TEST(Controls, SwitchedOffChecksDoNotRun) {
  Controls c =
      check(test::square_site_layers(), {ControlCheck::construction_on_basic_farmland,
                                         ControlCheck::construction_outside_development_boundary});
  ASSERT_EQ(c.ran, std::vector<ControlCheck>{ControlCheck::construction_on_ecological_redline});
  ASSERT_EQ(c.findings.size(), 1u);
  EXPECT_EQ(c.findings[0].finding.rule, "安置点不得占用生态保护红线");
}

TEST(Controls, NoControlLinesNoChecks) {
  std::vector<Layer> layers = test::square_site_layers();
  layers.resize(1);
  Controls c = check(layers);
  EXPECT_TRUE(c.ran.empty());
  EXPECT_TRUE(c.findings.empty());
}
