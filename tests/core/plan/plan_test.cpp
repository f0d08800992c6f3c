// The planning analyses against hand-computed answers: the lens of two wells, displacement of
// a small village, site capacity, and every rule firing and not firing.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "landplan/plan/displacement.hpp"
#include "landplan/plan/irrigation.hpp"
#include "landplan/plan/relocation.hpp"
#include "landplan/plan/rules.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "landplan/planar.hpp"

using namespace landplan;
using namespace landplan::ops;
using namespace landplan::plan;

namespace {

constexpr double X = 409000, Y = 4696000;  // a place in EPSG:4549

std::vector<double> rect(double x0, double y0, double x1, double y1) {
  return {X + x0, Y + y0, X + x1, Y + y0, X + x1, Y + y1, X + x0, Y + y1, X + x0, Y + y0};
}

Layer make_layer(const std::string& name, GeometryKind kind) {
  Layer layer;
  layer.name = name;
  layer.role = parse_role(name);
  layer.kind = kind;
  layer.crs = layer.source_crs = Crs::from_user_input("EPSG:4549");
  return layer;
}

void add_polygon(Layer& layer, const std::vector<double>& ring) {
  layer.begin_feature(static_cast<std::int64_t>(layer.size() + 1));
  layer.add_ring(ring);
  layer.end_part();
  layer.end_feature();
}

void add_point(Layer& layer, double x, double y) {
  layer.begin_feature(static_cast<std::int64_t>(layer.size() + 1));
  layer.add_ring(std::vector<double>{X + x, Y + y});
  layer.end_part();
  layer.end_feature();
}

Column text_column(const std::string& name, const std::vector<std::string>& values) {
  Column c(name, FieldType::text);
  for (const auto& v : values) c.push(v);
  return c;
}

Column number_column(const std::string& name, const std::vector<double>& values) {
  Column c(name, FieldType::real);
  for (double v : values) c.push(v);
  return c;
}

LayerSpec spec(const std::string& key, std::map<std::string, std::string> fields = {}) {
  LayerSpec s;
  s.key = key;
  s.role = parse_role(key).value_or(Role::other);
  s.fields = std::move(fields);
  return s;
}

double polygon_area(const Layer& layer) {
  double sum = 0;
  for (std::size_t f = 0; f < layer.size(); ++f) sum += planar_area(layer, f);
  return sum;
}

// Area common to two circles of radius r whose centres are d apart.
double lens_area(double r, double d) {
  return 2 * r * r * std::acos(d / (2 * r)) - d / 2 * std::sqrt(4 * r * r - d * d);
}

}  // namespace

TEST(Irrigation, TwoOverlappingWellsCountTheLensOnceAndSplitItEvenly) {
  const double r = 300, d = 400;
  Layer wells = make_layer("wells", GeometryKind::point);
  add_point(wells, 0, 0);
  add_point(wells, d, 0);
  Layer service = ops::circles(wells, {r, r}, "service");
  Layer zone = coverage_zone(wells, {r, r});
  // The circles are 256-gons: compare the lens they imply with the circles' closed form.
  double one = planar_area(service, 0);
  double lens = 2 * one - polygon_area(zone);
  EXPECT_NEAR(lens / lens_area(r, d), 1.0, 2e-3);
  EXPECT_NEAR(one / (std::numbers::pi * r * r), 1.0, 2e-4);
  // Each well is credited its circle minus half the lens; together exactly the union.
  Layer shares = nearest_well_shares(wells, service, zone);
  ASSERT_EQ(shares.size(), 2u);
  EXPECT_NEAR(planar_area(shares, 0), one - lens / 2, 1e-6 * one);
  EXPECT_NEAR(planar_area(shares, 1), one - lens / 2, 1e-6 * one);
}

TEST(Irrigation, AFartherWellKeepsWhatOnlyItReaches) {
  // A small circle at 0 and a big one at 250: the Voronoi line is x = 125, but the small well
  // reaches only to x = 100, so the big well keeps everything else.
  Layer wells = make_layer("wells", GeometryKind::point);
  add_point(wells, 0, 0);
  add_point(wells, 250, 0);
  Layer service = ops::circles(wells, {100, 400}, "service");
  Layer zone = coverage_zone(wells, {100, 400});
  Layer shares = nearest_well_shares(wells, service, zone);
  EXPECT_NEAR(planar_area(shares, 0) + planar_area(shares, 1), polygon_area(zone), 1e-6 * polygon_area(zone));
  EXPECT_NEAR(planar_area(shares, 0), planar_area(service, 0), 1e-6 * planar_area(service, 0));
}

TEST(Irrigation, CoverageCountsOverlapsOnceAndSumsPerVillage) {
  // Farmland: two 1000×1000 parcels of two villages; one well of radius 300 in each parcel's
  // interior, and a third overlapping the first.
  Layer parcels = make_layer("parcels", GeometryKind::polygon);
  add_polygon(parcels, rect(0, 0, 1000, 1000));
  add_polygon(parcels, rect(1000, 0, 2000, 1000));
  parcels.columns.push_back(text_column("地类", {"水浇地", "旱地"}));
  parcels.columns.push_back(text_column("村名", {"甲", "乙"}));
  Layer wells = make_layer("wells", GeometryKind::point);
  add_point(wells, 500, 500);
  add_point(wells, 1500, 500);
  add_point(wells, 700, 500);
  Project project;
  project.layers = {spec("parcels", {{"landuse", "地类"}, {"village", "村名"}}), spec("wells")};
  project.planning["default_well_radius_m"] = 300;
  PlanInputs inputs(project, {parcels, wells});
  Warnings warnings;
  Irrigation result = irrigation_coverage(inputs, AreaMethod::planar, warnings);
  double circle = planar_area(ops::circles(wells, {300, 300, 300}, "service"), 0);
  ASSERT_EQ(result.villages.size(), 2u);
  const VillageIrrigation& jia = result.villages[0].village == "甲" ? result.villages[0] : result.villages[1];
  const VillageIrrigation& yi = result.villages[0].village == "甲" ? result.villages[1] : result.villages[0];
  EXPECT_NEAR(yi.covered_m2, circle, 1e-6 * circle);  // one whole circle
  // 甲: two circles 200 m apart, their lens counted once.
  EXPECT_NEAR(jia.covered_m2 / (2 * circle - lens_area(300, 200)), 1.0, 2e-4);
  EXPECT_NEAR(result.covered_m2, jia.covered_m2 + yi.covered_m2, 1e-6);
  double credited = 0;
  for (const WellService& w : result.wells) credited += w.farmland_m2;
  EXPECT_NEAR(credited, result.covered_m2, 1e-6 * result.covered_m2);
  EXPECT_EQ(result.uncovered_parcels.size(), 2u);  // neither parcel is fully covered
}

namespace {

// A 3×1 row of 100 m parcels: 旱地 (village 甲), 农村宅基地 with 12 households (甲), 水浇地
// (乙); the reservoir covers x 150–400, so with a 10 m safety zone it reaches back to x = 140.
PlanInputs small_township(Project& project) {
  Layer parcels = make_layer("parcels", GeometryKind::polygon);
  add_polygon(parcels, rect(0, 0, 100, 100));
  add_polygon(parcels, rect(100, 0, 200, 100));
  add_polygon(parcels, rect(200, 0, 300, 100));
  parcels.columns.push_back(text_column("地类", {"旱地", "农村宅基地", "水浇地"}));
  parcels.columns.push_back(text_column("村名", {"甲", "甲", "乙"}));
  parcels.columns.push_back(number_column("户数", {0, 12, 0}));
  Layer reservoir = make_layer("reservoir", GeometryKind::polygon);
  add_polygon(reservoir, rect(150, -50, 400, 150));
  project.layers = {spec("parcels", {{"landuse", "地类"}, {"village", "村名"}, {"households", "户数"}}),
                    spec("reservoir")};
  project.planning["reservoir_safety_m"] = 10;
  return PlanInputs(project, {parcels, reservoir});
}

}  // namespace

TEST(Displacement, LandByVillageAndLandUseAndHouseholds) {
  Project project;
  PlanInputs inputs = small_township(project);
  Warnings warnings;
  Displacement d = reservoir_displacement(inputs, AreaMethod::planar, warnings);
  ASSERT_EQ(d.villages.size(), 2u);
  const VillageLoss& jia = d.villages[0].village == "甲" ? d.villages[0] : d.villages[1];
  const VillageLoss& yi = d.villages[0].village == "甲" ? d.villages[1] : d.villages[0];
  // 甲 loses x 140–200 of the homestead parcel: 60 × 100 m²; 乙 its whole parcel.
  EXPECT_NEAR(jia.total_m2, 6000, 1e-6);
  EXPECT_NEAR(jia.m2_by_landuse.at("农村宅基地"), 6000, 1e-6);
  EXPECT_EQ(jia.households, 12);
  EXPECT_EQ(jia.homestead_parcels, 1);
  EXPECT_NEAR(yi.total_m2, 10000, 1e-6);
  EXPECT_NEAR(yi.farmland_m2, 10000, 1e-6);
  EXPECT_EQ(d.households, 12);
  EXPECT_EQ(d.affected_parcels.size(), 2u);  // the 旱地 parcel at x 0–100 stays dry
}

TEST(Relocation, CapacityAndConflicts) {
  Project project;
  PlanInputs base = small_township(project);
  Layer sites = make_layer("relocation_sites", GeometryKind::polygon);
  add_polygon(sites, rect(-200, 0, -100, 100));  // 10,000 m² on nothing
  add_polygon(sites, rect(250, 0, 300, 60));     // 3,000 m² in the reservoir and on 水浇地
  sites.columns.push_back(text_column("名称", {"东点", "西点"}));
  sites.columns.push_back(number_column("户数", {33, 11}));
  project.layers.push_back(spec("relocation_sites", {{"name", "名称"}, {"households", "户数"}}));
  project.planning["household_area_m2"] = 300;
  std::vector<Layer> layers = base.layers();
  layers.push_back(sites);
  PlanInputs inputs(project, layers);
  Warnings warnings;
  Displacement d = reservoir_displacement(inputs, AreaMethod::planar, warnings);
  Relocation r = relocation_sites(inputs, d.zone, AreaMethod::planar, warnings);
  ASSERT_EQ(r.sites.size(), 2u);
  EXPECT_EQ(r.sites[0].capacity, 33);  // ⌊10000 / 300⌋
  EXPECT_TRUE(r.sites[0].fits());
  EXPECT_FALSE(r.sites[0].conflicts());
  EXPECT_EQ(r.sites[1].capacity, 10);  // ⌊3000 / 300⌋ < 11 households
  EXPECT_FALSE(r.sites[1].fits());
  EXPECT_NEAR(r.sites[1].reservoir_m2, 3000, 1e-6);
  EXPECT_NEAR(r.sites[1].farmland_m2, 3000, 1e-6);
  EXPECT_EQ(r.conflicts.size(), 2u);
}

namespace {

struct RuleCase {
  std::string kind;
  std::vector<std::string> layers;
  double value;
  std::size_t expected;  // violations
};

std::vector<Violation> check(const RuleCase& c) {
  // a: squares at x 0–10 (area 100 m² = 0.15 mu) and x 100–130 (900 m² = 1.35 mu);
  // b: a square at x 5–20 (overlaps a's first) and one at x 140–150 (10 m from a's second).
  Layer a = make_layer("a", GeometryKind::polygon);
  add_polygon(a, rect(0, 0, 10, 10));
  add_polygon(a, rect(100, 0, 130, 30));
  Layer b = make_layer("b", GeometryKind::polygon);
  add_polygon(b, rect(5, 0, 20, 10));
  add_polygon(b, rect(140, 0, 150, 10));
  Project project;
  project.layers = {spec("a"), spec("b")};
  project.rules = {Rule{"r", *parse_rule_kind(c.kind), c.layers, c.value}};
  PlanInputs inputs(project, {a, b});
  Warnings warnings;
  return check_rules(inputs, AreaMethod::planar, warnings);
}

}  // namespace

TEST(Rules, EachRuleFiresAndDoesNotFire) {
  std::vector<RuleCase> cases = {
      {"forbid_overlap", {"a", "b"}, 0, 1},
      {"forbid_overlap", {"b", "b"}, 0, 0},
      {"min_distance", {"a", "b"}, 11, 2},  // the overlap (0 m) and the 10 m gap
      {"min_distance", {"a", "b"}, 5, 1},
      {"within", {"a", "b"}, 0, 2},  // half of the first outside, all of the second
      {"min_area", {"a"}, 1.0, 1},   // 0.15 mu < 1
      {"min_area", {"a"}, 0.1, 0},
      {"max_area", {"a"}, 1.0, 1},  // 1.35 mu > 1
      {"max_area", {"a"}, 2.0, 0},
  };
  for (const RuleCase& c : cases) {
    EXPECT_EQ(check(c).size(), c.expected) << c.kind << " " << c.value;
  }
  auto overlap = check(cases[0]);
  EXPECT_NEAR(overlap[0].amount, 50.0 * 15 / 10000, 1e-12);  // 5 × 10 m² in mu
  auto near = check(cases[3]);
  EXPECT_EQ(near[0].fid_a, 1);
  auto within = check(cases[4]);
  EXPECT_NEAR(within[0].amount, 50.0 * 15 / 10000, 1e-12);
  auto small = check(cases[5]);
  EXPECT_NEAR(small[0].amount, 0.15, 1e-12);
}
