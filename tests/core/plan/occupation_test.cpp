// What a square site occupies of two control-line polygons and 三调 parcels, against areas
// computed by hand (planar) and by pyproj's Geod (ellipsoidal); the 田坎 deduction split, unknown
// codes and the refusal of a control line that is not polygons.
#include "landplan/plan/occupation.hpp"

#include <gtest/gtest.h>

#include "core/plan/plan_fixtures.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using namespace landplan::plan;
using ops::AreaMethod;

namespace {

Occupation occupy(const std::vector<Layer>& layers, AreaMethod method, Warnings& warnings) {
  Project project = test::project_of(layers);
  PlanInputs inputs(project, layers);
  const Layer& sites = *inputs.find(Role::relocation_sites);
  return occupation(inputs, sites, inputs.field(sites, "name"), method, warnings);
}

using Areas = std::map<std::string, double>;
using Villages = std::vector<std::pair<std::string, double>>;

void expect_areas(const Areas& got, const Areas& expected, double relative) {
  ASSERT_EQ(got.size(), expected.size());
  for (const auto& [key, m2] : expected) {
    ASSERT_TRUE(got.contains(key)) << key;
    EXPECT_NEAR(got.at(key), m2, relative * m2) << key;
  }
}

void expect_villages(const Villages& got, const Villages& expected) {
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].first, expected[i].first);
    EXPECT_NEAR(got[i].second, expected[i].second, 1e-12 * expected[i].second);
  }
}

}  // namespace

TEST(Occupation, SquareSiteByHandInThePlane) {
  Warnings warnings;
  Occupation o = occupy(test::square_site_layers(), AreaMethod::planar, warnings);
  ASSERT_EQ(o.candidates.size(), 2u);
  const OccupiedLand& site = o.candidates[0];
  EXPECT_EQ(site.name, "甲点");
  EXPECT_NEAR(site.total_m2, 10000, 1e-9);
  // The two 永久基本农田 polygons overlap by 500 m² inside the site: counted once.
  EXPECT_NEAR(*site.basic_farmland_m2, 2400 + 1500 - 500, 1e-9);
  EXPECT_NEAR(*site.ecological_redline_m2, 400, 1e-9);
  EXPECT_NEAR(*site.development_boundary_m2, 7000, 1e-9);
  // 耕地 without its 田坎: 0103 5,000 × 0.9, 0101 2,000 × 0.85; 0102 has KCXS 0.
  expect_areas(site.farmland_m2, {{"0101", 1700}, {"0102", 2000}, {"0103", 4500}}, 1e-12);
  expect_areas(site.slope_grade_m2, {{"1", 2000}, {"2", 4500}, {"3", 1700}}, 1e-12);
  // The 田坎 (500 + 300) under class 12, the homestead under 07; together the whole site.
  expect_areas(site.level1_m2, {{"01", 8200}, {"07", 1000}, {"12", 800}}, 1e-12);
  expect_villages(site.village_m2, {{"甲", 5000}, {"乙", 5000}});  // in the parcels' order
  EXPECT_NEAR(site.farmland_total_m2(), 8200, 1e-9);

  const OccupiedLand& small = o.candidates[1];
  EXPECT_NEAR(small.total_m2, 100, 1e-9);
  EXPECT_EQ(*small.basic_farmland_m2, 0.0);  // the project has the line; the site misses it
  EXPECT_TRUE(small.farmland_m2.empty());
  expect_areas(small.level1_m2, {{"unknown", 50}}, 1e-12);
  expect_villages(small.village_m2, {{"丙", 50}});
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("land-use code '9999' is not in the 三调 code table (1 parcels) — "
                             "counted as unknown"),
            std::string::npos)
      << warnings[0];
}

TEST(Occupation, SquareSiteEllipsoidalMatchesPyprojGeod) {
  // References: each piece's corners transformed from EPSG:4549 (offsets from (409000,
  // 4696000)) to EPSG:4490 with pyproj 3.4.1 Transformer (always_xy), then
  // CRS("EPSG:4490").get_geod().polygon_area_perimeter — /usr/bin/python3, by the writer of
  // this test. The 永久基本农田 piece is the L-shaped (0,0),(60,0),(60,50),(40,50),(40,60),(0,60).
  Warnings warnings;
  Occupation o = occupy(test::square_site_layers(), AreaMethod::ellipsoidal, warnings);
  const OccupiedLand& site = o.candidates[0];
  constexpr double kRel = 1e-6;
  EXPECT_NEAR(site.total_m2, 9997.965638554655, kRel * 1e4);
  EXPECT_NEAR(*site.basic_farmland_m2, 3399.308012073743, kRel * 3400);
  EXPECT_NEAR(*site.ecological_redline_m2, 399.91869694320485, kRel * 400);
  EXPECT_NEAR(*site.development_boundary_m2, 6998.575477667153, kRel * 7000);
  const double p1 = 4998.9822604181245, p2 = 1999.593351575546, p3 = 1999.593350787647,
               p4 = 999.7966758410912;
  expect_areas(site.farmland_m2, {{"0101", 0.85 * p3}, {"0102", p2}, {"0103", 0.9 * p1}}, kRel);
  expect_areas(site.level1_m2,
               {{"01", 0.9 * p1 + p2 + 0.85 * p3}, {"07", p4}, {"12", 0.1 * p1 + 0.15 * p3}}, kRel);
  ASSERT_EQ(site.village_m2.size(), 2u);
  EXPECT_NEAR(site.village_m2[0].second, p1, kRel * p1);
  EXPECT_NEAR(site.village_m2[1].second, p2 + p3 + p4, kRel * 5000);
  EXPECT_NEAR(o.candidates[1].total_m2, 99.97972537984606, kRel * 100);
  EXPECT_NEAR(o.candidates[1].village_m2.at(0).second, 49.98986202350352, kRel * 50);
}

TEST(Occupation, WithoutTheLayersNothingButTheTotal) {
  std::vector<Layer> layers = test::square_site_layers();
  layers.resize(1);  // the sites alone
  Warnings warnings;
  Occupation o = occupy(layers, AreaMethod::planar, warnings);
  EXPECT_NEAR(o.candidates[0].total_m2, 10000, 1e-9);
  EXPECT_FALSE(o.candidates[0].basic_farmland_m2);  // no such line: not 0, unknown
  EXPECT_TRUE(o.candidates[0].level1_m2.empty());
  EXPECT_TRUE(warnings.empty());
}

TEST(Occupation, DeductionOutOfRangeDeductsNothingWithAWarning) {
  std::vector<Layer> layers = test::square_site_layers();
  layers[4].columns[1] = Column("KCXS", FieldType::real);
  for (double ratio : {1.5, 0.0, 0.15, 0.0, 0.0}) layers[4].columns[1].push(ratio);
  Warnings warnings;
  Occupation o = occupy(layers, AreaMethod::planar, warnings);
  EXPECT_NEAR(o.candidates[0].farmland_m2.at("0103"), 5000, 1e-9);  // 1.5 is no ratio
  EXPECT_NEAR(o.candidates[0].level1_m2.at("12"), 300, 1e-9);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[1].find("1 parcels have a deduction ratio that is not in [0, 1) (fid 1)"),
            std::string::npos)
      << warnings[1];
}

TEST(Occupation, FarmlandWithoutASlopeGradeCountsAsUnknown) {
  std::vector<Layer> layers = test::square_site_layers();
  layers[4].columns[2] = Column("GDPDJB", FieldType::text);
  for (const char* grade : {"2", "7", "3", "", ""}) layers[4].columns[2].push(std::string(grade));
  Warnings warnings;
  Occupation o = occupy(layers, AreaMethod::planar, warnings);
  expect_areas(o.candidates[0].slope_grade_m2, {{"2", 4500}, {"3", 1700}, {"unknown", 2000}},
               1e-12);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[1].find("1 耕地 parcels have no slope grade 1–5 in GDPDJB (fid 2)"),
            std::string::npos)
      << warnings[1];
}

TEST(Occupation, AControlLineThatIsNotPolygonsIsRefused) {
  std::vector<Layer> layers = test::square_site_layers();
  layers[1] = test::plan_layer("basic_farmland", {"LINESTRING(0 0,100 100)"});
  Warnings warnings;
  EXPECT_EQ(test::input_error_of([&] { occupy(layers, AreaMethod::planar, warnings); }),
            ":basic_farmland: is a line layer, but a basic_farmland control line must be "
            "polygons — give the role to the line's polygon layer (YJJBNTBHTB, STBHHX or CZKFBJ)");
}
