// The Gauss-Kruger zone checks: x whose zone number contradicts the declared code, 3-/6-degree
// mix-ups, and the datums beyond CGCS2000 — each with the code the x fit, worked out by hand from
// EPSG's numbering (tests/core/gauss_kruger_test.cpp checks that numbering against PROJ).
#include "io/crs_fit.hpp"

#include <gtest/gtest.h>

#include "landplan/io/read.hpp"
#include "support/fixtures.hpp"
#include "support/layer_from_wkt.hpp"

using namespace landplan;
using landplan::io::detail::crs_contradiction;
using landplan::test::layer_from_wkt;
using landplan::test::square_wkt;

namespace {

// A 100 m square at (x, y) declared in `crs`.
Layer square_in(const std::string& crs, double x, double y = 4500000) {
  return layer_from_wkt({square_wkt(x, y, 100)}, {.crs = crs});
}

std::string problem_of(const Layer& layer) {
  auto misfit = crs_contradiction(layer, false);
  return misfit ? misfit->problem : "(fits)";
}

TEST(CrsFit, AZoneNumberOtherThanTheCodesOwnIsAFault) {
  // EPSG:4528 is zone 40; x in zone 39 fits EPSG:4513 + 39 − 25 = 4527.
  Layer layer = square_in("EPSG:4528", 39500000);
  auto misfit = crs_contradiction(layer, false);
  ASSERT_TRUE(misfit);
  EXPECT_TRUE(misfit->certain);
  EXPECT_EQ(misfit->problem,
            "x from 39500000 carries the zone number 39, which EPSG:4528 (zone 40) contradicts: "
            "the data looks like EPSG:4527");
  EXPECT_EQ(misfit->remedy, "the source declares EPSG:4528: correct its .prj or SRID to EPSG:4527");
}

TEST(CrsFit, ASixDegreeZoneNumberUnderAThreeDegreeCodeIsAFault) {
  // 6-degree zone 20 with the zone number: EPSG:4491 + 20 − 13 = 4498.
  EXPECT_EQ(problem_of(square_in("EPSG:4549", 20500000)),
            "x from 20500000 carries the 6-degree zone number 20, which EPSG:4549 (3-degree, no "
            "zone number) does not: the data looks like EPSG:4498");
  EXPECT_EQ(problem_of(square_in("EPSG:4528", 20500000)),
            "x from 20500000 carries the 6-degree zone number 20, which EPSG:4528 (3-degree, zone "
            "40 in the x) does not: the data looks like EPSG:4498");
}

TEST(CrsFit, AThreeDegreeZoneNumberUnderASixDegreeCodeIsAFault) {
  EXPECT_EQ(problem_of(square_in("EPSG:4498", 39500000)),
            "x from 39500000 carries the 3-degree zone number 39, which EPSG:4498 (6-degree, zone "
            "20 in the x) does not: the data looks like EPSG:4527");
}

TEST(CrsFit, XianAndBeijingZonesAreCheckedToo) {
  // Xian 1980 3-degree zone 40: 2349 + 15 = 2364 with the zone number, 2370 + 15 = 2385 without.
  EXPECT_EQ(problem_of(square_in("EPSG:2364", 500000)),
            "x from 500000 carries no zone number, which EPSG:2364 (zone 40 in the x) expects: "
            "the data looks like EPSG:2385");
  // Beijing 1954 3-degree CM 120E (2422 + 15 = 2437) over x of zone 40: 2401 + 15 = 2416.
  EXPECT_EQ(problem_of(square_in("EPSG:2437", 40500000)),
            "x from 40500000 carries the zone number 40, which EPSG:2437 (no zone number) does "
            "not: the data looks like EPSG:2416");
  // Beijing 1954 6-degree zone 20 (21413 + 7 = 21420) without the zone number: 21453 + 7.
  EXPECT_EQ(problem_of(square_in("EPSG:21420", 500000)),
            "x from 500000 carries no zone number, which EPSG:21420 (zone 20 in the x) expects: "
            "the data looks like EPSG:21460");
}

TEST(CrsFit, MetresUnderXianLonLatNameTheXianZone) {
  std::string problem = problem_of(square_in("EPSG:4610", 40500000));
  EXPECT_TRUE(
      problem.ends_with(" are metres, not the degrees of EPSG:4610: the data looks like "
                        "EPSG:2364 (Xian 1980 3-degree Gauss-Kruger zone 40)"))
      << problem;
}

TEST(CrsFit, DataThatFitsItsCodeIsLeftAlone) {
  EXPECT_EQ(problem_of(square_in("EPSG:4528", 40500000)), "(fits)");
  EXPECT_EQ(problem_of(square_in("EPSG:4549", 500000)), "(fits)");
  EXPECT_EQ(problem_of(square_in("EPSG:4498", 20500000)), "(fits)");
  EXPECT_EQ(problem_of(square_in("EPSG:4549", 640000)), "(fits)");  // 1.65° out at 40.7°N
}

TEST(CrsFit, XReachingBeyondAThreeDegreeZoneOnlySuggestsSixDegrees) {
  // EPSG:4548 is 3-degree CM 117E; at y = 4,500,000 (40.7°N) a degree of longitude is 84 km, so
  // x 250 km from the meridian is 2.96°: within a 6-degree zone, CM 117E = 4502 + 7 = 4509.
  auto misfit = crs_contradiction(square_in("EPSG:4548", 750000), false);
  ASSERT_TRUE(misfit);
  EXPECT_FALSE(misfit->certain);
  EXPECT_TRUE(misfit->problem.ends_with(
      " reach 250 km from the central meridian of EPSG:4548, beyond a 3-degree zone (±1.5°), "
      "within a 6-degree one: the data looks like EPSG:4509 (CGCS2000 Gauss-Kruger CM 117E)"))
      << misfit->problem;
  // CM 120E is no 6-degree meridian: nothing to name.
  EXPECT_EQ(problem_of(square_in("EPSG:4549", 750000)), "(fits)");
}

// Through the reader: the certain misfits stop it, the suggestive one is a warning.
TEST(CrsFit, TheReaderStopsOnFaultsAndWarnsOfSuggestions) {
  landplan::test::TempDir d;
  auto write = [&](const std::string& name, const std::string& crs, double x) {
    landplan::test::LayerSpecForTest spec;
    spec.crs = crs;
    spec.features = {{square_wkt(x, 4500000, 100), {}}};
    landplan::test::write_dataset(d.file(name), spec);
    return d.file(name);
  };
  Warnings warnings;
  std::string zone39 = write("zone39.gpkg", "EPSG:4528", 39500000);
  EXPECT_NE(landplan::test::input_error_of([&] {
              io::read_native(zone39, {}, warnings);
            }).find("carries the zone number 39, which EPSG:4528 (zone 40) contradicts"),
            std::string::npos);
  std::string wide = write("wide.gpkg", "EPSG:4548", 750000);
  io::read_native(wide, {}, warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("wide.gpkg:layer: x from 750000"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("— the source declares EPSG:4548: correct its .prj or SRID to "
                             "EPSG:4509 (CGCS2000 Gauss-Kruger CM 117E)"),
            std::string::npos)
      << warnings[0];
}

}  // namespace
