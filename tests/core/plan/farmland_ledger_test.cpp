// The 耕地 ledger by hand: the square site's 8,200 m² of 耕地 and a greenhouse zone's 2,250 m²
// against a supplement of two overlapping 100 m squares (15,000 m², their overlap once).
#include "landplan/plan/farmland_ledger.hpp"

#include <gtest/gtest.h>

#include "core/plan/plan_fixtures.hpp"

using namespace landplan;
using namespace landplan::plan;
using ops::AreaMethod;

namespace {

FarmlandLedger ledger_of(std::vector<Layer> layers) {
  // 大棚区 (0,0)–(50,50) lies on the 0103 parcel: 2,500 m² × (1 − 0.1) = 2,250 m² of 耕地.
  layers.push_back(
      test::plan_layer("greenhouse_zones", {test::square_wkt(0, 0, 50)}, {{"名称", {"大棚区"}}}));
  Project project = test::project_of(layers);
  PlanInputs inputs(project, layers);
  Warnings warnings;
  std::vector<Occupation> occupations;
  for (Role role : {Role::relocation_sites, Role::greenhouse_zones}) {
    const Layer& layer = *inputs.find(role);
    occupations.push_back(
        occupation(inputs, layer, inputs.field(layer, "name"), AreaMethod::planar, warnings));
  }
  return farmland_ledger(inputs, occupations, AreaMethod::planar, warnings);
}

}  // namespace

TEST(FarmlandLedger, OccupiedAgainstSupplementedByHand) {
  std::vector<Layer> layers = test::square_site_layers();
  layers.push_back(test::plan_layer(
      "farmland_supplement", {test::square_wkt(1000, 0, 100), test::square_wkt(1050, 0, 100)}));
  FarmlandLedger ledger = ledger_of(layers);
  ASSERT_EQ(ledger.entries.size(), 3u);  // 甲点, 乙点 (no 耕地), 大棚区
  EXPECT_NEAR(ledger.entries[0].m2, 8200, 1e-9);
  EXPECT_NEAR(ledger.entries[0].by_code_m2.at("0103"), 4500, 1e-9);
  EXPECT_NEAR(ledger.entries[0].by_grade_m2.at("3"), 1700, 1e-9);
  EXPECT_EQ(ledger.entries[1].m2, 0.0);
  EXPECT_EQ(ledger.entries[2].name, "大棚区");
  EXPECT_EQ(ledger.entries[2].role, Role::greenhouse_zones);
  EXPECT_NEAR(ledger.entries[2].by_grade_m2.at("2"), 2250, 1e-9);
  EXPECT_NEAR(ledger.occupied_m2, 8200 + 2250, 1e-9);
  EXPECT_EQ(ledger.supplement_layer, "farmland_supplement");
  EXPECT_NEAR(*ledger.supplemented_m2, 10000 + 10000 - 5000, 1e-9);
  EXPECT_NEAR(ledger.balance_m2(), 15000 - 10450, 1e-9);  // a surplus of 4,550 m²
}

TEST(FarmlandLedger, WithoutASupplementLayerAllIsDeficit) {
  FarmlandLedger ledger = ledger_of(test::square_site_layers());
  EXPECT_FALSE(ledger.supplemented_m2);
  EXPECT_NEAR(ledger.balance_m2(), -10450, 1e-9);
}
