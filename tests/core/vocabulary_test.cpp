// Roles, rule kinds, engines and control checks: every name parses back to its value, unknown text
// to nothing.
#include "landplan/vocabulary.hpp"

#include <gtest/gtest.h>

namespace landplan {
namespace {

TEST(Vocabulary, EveryNameParsesBackToItsValue) {
  for (Role r : {Role::parcels, Role::reservoir, Role::villages, Role::relocation_sites,
                 Role::greenhouse_zones, Role::wells, Role::roads, Role::basic_farmland,
                 Role::ecological_redline, Role::development_boundary, Role::village_boundaries,
                 Role::admin_boundary, Role::farmland_supplement, Role::other})
    EXPECT_EQ(parse_role(name_of(r)), r) << name_of(r);
  for (RuleKind k : {RuleKind::forbid_overlap, RuleKind::min_distance, RuleKind::within,
                     RuleKind::min_area, RuleKind::max_area})
    EXPECT_EQ(parse_rule_kind(name_of(k)), k) << name_of(k);
  for (Engine e : {Engine::local, Engine::postgis}) EXPECT_EQ(parse_engine(name_of(e)), e);
  for (ControlCheck c : control_checks()) EXPECT_EQ(parse_control_check(name_of(c)), c);
  EXPECT_EQ(control_checks().size(), 4u);
  EXPECT_EQ(name_of(Role::greenhouse_zones), "greenhouse_zones");
}

TEST(Vocabulary, UnknownNamesParseToNothing) {
  EXPECT_EQ(parse_role("Parcels"), std::nullopt);  // names are case-sensitive
  EXPECT_EQ(parse_role(""), std::nullopt);
  EXPECT_EQ(parse_rule_kind("max_distance"), std::nullopt);
  EXPECT_EQ(parse_engine("spatialite"), std::nullopt);
}

TEST(Vocabulary, NameListsForRemedies) {
  EXPECT_EQ(role_names(),
            "parcels, reservoir, villages, relocation_sites, greenhouse_zones, wells, roads, "
            "basic_farmland, ecological_redline, development_boundary, village_boundaries, "
            "admin_boundary, farmland_supplement or other");
  EXPECT_EQ(engine_names(), "local or postgis");
  EXPECT_EQ(layers_of(RuleKind::min_area), 1);
  EXPECT_EQ(layers_of(RuleKind::within), 2);
}

}  // namespace
}  // namespace landplan
