// The hand-over checks of a 三调 layer: each kind of fault found once, where it is, with the
// figures it should have; a clean layer gives nothing.
//
// TBMJ figures are the ellipsoidal areas from pyproj, independent of landplan: each polygon's
// EPSG:4549 vertices (offsets from the origin below) transformed to EPSG:4490 with
// Transformer(always_xy) and measured with CRS("EPSG:4490").get_geod().polygon_area_perimeter,
// holes subtracted; rounded to 0.01 m² as 三调 writes them. ~91 km west of the central meridian
// a 100 m square is 10000 m² planar but about 9998 m² on the ellipsoid: a planar TBMJ would fail.
#include "landplan/plan/audit.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

namespace landplan::plan {
namespace {

using test::square_wkt;
using test::Value;

constexpr test::Origin kOrigin = {409400, 4696700};

Layer layer_of(const std::string& name, const std::vector<std::string>& wkt,
               std::vector<test::ColumnValues> columns) {
  return test::layer_from_wkt(
      wkt, {.name = name, .source = "town.gpkg", .columns = std::move(columns), .origin = kOrigin});
}

Audit audit(const Layer& parcels, const Layer* villages = nullptr) {
  Warnings warnings;
  std::optional<VillageAreas> areas;
  if (villages) areas.emplace(VillageAreas{*villages, land_schema(*villages)});
  return audit_landuse(parcels, land_schema(parcels), areas ? &*areas : nullptr, warnings);
}

// One fault per parcel (fids 2–15), between clean ones. TBMJ is a text field here, as some
// hand-overs have it, so that it can hold text.
Layer faulty_parcels() {
  std::vector<std::string> wkt;
  for (int x = 0; x <= 800; x += 100) wkt.push_back(square_wkt(x, 0, 100));  // fids 1–9
  wkt.push_back("POLYGON((900 0,1000 100,1000 0,900 100,900 0))");           // 10: a bow-tie
  wkt.push_back("");                                                         // 11: no geometry
  wkt.push_back(square_wkt(1100, 0, 100));  // 12 and 13 share [1190,1200]×[0,100]
  wkt.push_back(square_wkt(1190, 0, 100));
  for (int x = 1300; x <= 1500; x += 100) wkt.push_back(square_wkt(x, 0, 100));  // 14–16
  auto text = [](const char* s) -> Value { return std::string(s); };
  std::vector<Value> tbmj = {text("9997.98"), text("9998.99"), text("一万"),    text("-9998.00"),
                             Value{},         text("9998.01"), text("9998.01"), text("9998.01"),
                             text("9998.02"), text("4999.01"), text("100"),     text("9998.03"),
                             text("9998.04"), text("9998.04"), text("9998.05"), text("9998.05")};
  std::vector<Value> kcxs(16, 0.0), kcmj(16, 0.0),
      tbdlmj = {9997.98, 9998.99, 0.0, 0.0, 0.0, 9998.01, 9998.01};
  kcxs[7] = kcxs[8] = 0.1;
  kcmj[7] = 999.80;  // 9998.01 × 0.1
  kcmj[8] = 999.30;  // 999.80 would be right
  tbdlmj.insert(tbdlmj.end(), {8999.21 /* 8998.21 */, 8998.72, 4999.01, 100.0, 9998.03, 9998.04,
                               9998.04, 9998.05, 9998.05});
  std::vector<Value> dlbm(16, text("0103")), dlmc(16, text("旱地"));
  dlmc[5] = text("水田");
  dlbm[6] = text("9999");
  std::vector<Value> village(16, text("甲村"));
  village[14] = text("丙村");
  village[15] = text("乙村");
  std::vector<Value> bsm;
  for (int i = 1; i <= 16; ++i) bsm.push_back("B" + std::to_string(i));
  return layer_of("DLTB", wkt,
                  {{"BSM", bsm},
                   {"DLBM", dlbm},
                   {"DLMC", dlmc},
                   {"ZLDWMC", village},
                   {"TBMJ", tbmj},
                   {"KCXS", kcxs},
                   {"KCMJ", kcmj},
                   {"TBDLMJ", tbdlmj}});
}

// 甲村 holds fids 1–13 and half of 14 (which says 甲村); 乙村 the rest; 丙村 has no polygon.
Layer villages_by_name() {
  return layer_of("CJDCQ",
                  {"POLYGON((-10 -10,1350 -10,1350 110,-10 110,-10 -10))",
                   "POLYGON((1350 -10,1610 -10,1610 110,1350 110,1350 -10))"},
                  {{"ZLDWMC", {std::string("甲村"), std::string("乙村")}}});
}

struct Expected {
  std::int64_t fid;
  AuditCheck check;
  std::string value, expected;
};

TEST(Audit, FindsEachFaultOnceWithItsFigures) {
  Layer parcels = faulty_parcels();
  Layer villages = villages_by_name();
  Audit result = audit(parcels, &villages);
  std::vector<Expected> expected = {
      {2, AuditCheck::tbmj, "9998.99", "9997.99"},  // 9997.987945 by pyproj
      {3, AuditCheck::tbmj, "一万", "9997.99"},
      {4, AuditCheck::tbmj, "-9998.00", "9998.00"},
      {5, AuditCheck::tbmj, "", "9998.00"},
      {6, AuditCheck::dlmc, "水田", "旱地"},
      {7, AuditCheck::code, "9999", "0103"},  // the code DLMC 旱地 names
      {8, AuditCheck::tbdlmj, "8999.21", "8998.21"},
      {9, AuditCheck::kcmj, "999.3", "999.80"},
      {10, AuditCheck::geometry, "Self-intersection[410350 4696750]", "a valid polygon"},
      {11, AuditCheck::geometry, "no geometry (null or empty)", "a polygon"},
      {12, AuditCheck::geometry, "999.80 m² shared with fid 13", "0"},  // 999.803417 by pyproj
      {14, AuditCheck::village, "4999.02 m² outside 甲村", "0"},        // 4999.021034
      {15, AuditCheck::village, "丙村 has no polygon in CJDCQ", "a polygon of 丙村"},
  };
  ASSERT_EQ(result.findings.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const AuditFinding& found = result.findings[i];
    SCOPED_TRACE("finding " + std::to_string(i));
    EXPECT_EQ(found.fid, expected[i].fid);
    EXPECT_EQ(found.bsm, "B" + std::to_string(expected[i].fid));
    EXPECT_EQ(found.check, expected[i].check);
    EXPECT_EQ(found.value, expected[i].value);
    EXPECT_EQ(found.expected, expected[i].expected);
  }
  EXPECT_TRUE(result.skipped.empty());
}

TEST(Audit, CleanLayerGivesNothing) {
  // A holed parcel with an island in its hole, neighbours along its edge that meet it in
  // T-junctions (their corners at y = 100, 200 lie inside its edge), one clockwise; a deduction
  // (KCXS 0.15); codes with suffixes. Villages matched by code: the parcels carry 19 digits (one
  // a village group's), the survey areas 12, and the 甲村 polygon is the holed parcel's outline.
  Layer parcels =
      layer_of("DLTB",
               {"POLYGON((0 0,300 0,300 300,0 300,0 0),(100 100,100 200,200 200,200 100,100 100))",
                square_wkt(100, 100, 100), square_wkt(300, 0, 100), square_wkt(300, 100, 100),
                "POLYGON((300 200,300 300,400 300,400 200,300 200))"},
               {{"DLBM",
                 {std::string("0103"), std::string("0201K"), std::string("0702"),
                  std::string("1104A"), std::string("0305")}},
                {"DLMC",
                 {std::string("旱地"), std::string("可调整果园"), std::string("农村宅基地"),
                  std::string("养殖坑塘"), std::string("灌木林地")}},
                {"ZLDWDM",
                 {std::string("1504021010010000000"), std::string("1504021010010000000"),
                  std::string("1504021010020000000"), std::string("1504021010020100000"),
                  std::string("1504021010020000000")}},
                // 79983.903560, 9997.987946, 9997.996832, 9997.996832, 9997.996833 by pyproj
                {"TBMJ", {79983.90, 9997.99, 9998.00, 9998.00, 9998.00}},
                {"KCXS", {0.15, 0.0, 0.0, 0.0, 0.0}},
                {"KCMJ", {11997.59, 0.0, 0.0, 0.0, 0.0}},  // 79983.90 × 0.15 = 11997.585
                {"TBDLMJ", {67986.31, 9997.99, 9998.00, 9998.00, 9998.00}}});
  Layer villages = layer_of(
      "CJDCQ",
      {"POLYGON((0 0,300 0,300 300,0 300,0 0))", "POLYGON((300 0,400 0,400 300,300 300,300 0))"},
      {{"ZLDWDM", {std::string("150402101001"), std::string("150402101002")}},
       {"ZLDWMC", {std::string("甲村"), std::string("乙村")}}});
  Audit result = audit(parcels, &villages);
  for (const AuditFinding& f : result.findings) {
    ADD_FAILURE() << f.fid << " " << check_name(f.check) << ": " << f.value << " / " << f.expected;
  }
  EXPECT_TRUE(result.skipped.empty());
}

TEST(Audit, DlmcAloneIsCheckedAgainstTheTableAndMissingFieldsSkipTheirChecks) {
  Layer parcels = layer_of("DLTB", {square_wkt(0, 0, 100), square_wkt(100, 0, 100)},
                           {{"dlmc", {std::string("旱地"), std::string("不存在的地类")}}});
  Audit result = audit(parcels);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].fid, 2);
  EXPECT_EQ(result.findings[0].check, AuditCheck::code);
  EXPECT_EQ(result.findings[0].value, "不存在的地类");
  EXPECT_EQ(result.findings[0].bsm, "");
  EXPECT_EQ(result.skipped.at(AuditCheck::tbmj), "the layer has no TBMJ field");
  EXPECT_EQ(result.skipped.at(AuditCheck::dlmc), "the layer has no DLBM field");
  EXPECT_EQ(result.skipped.at(AuditCheck::kcmj), "the layer has no TBMJ field");
  EXPECT_EQ(result.skipped.at(AuditCheck::village), "no village survey areas (CJDCQ) given");
  EXPECT_FALSE(result.skipped.count(AuditCheck::code));
  EXPECT_FALSE(result.skipped.count(AuditCheck::geometry));
}

TEST(Audit, AnEmptyCodeIsAFindingThatNamesTheCodeOfItsName) {
  Layer parcels = layer_of("DLTB", {square_wkt(0, 0, 100)},
                           {{"DLBM", {std::string(" ")}}, {"DLMC", {std::string("水浇地")}}});
  Audit result = audit(parcels);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].check, AuditCheck::code);
  EXPECT_EQ(result.findings[0].value, "");
  EXPECT_EQ(result.findings[0].expected, "0102");
}

TEST(Audit, VillagesThatCannotBeMatchedSkipTheCheckWithAWarning) {
  Layer parcels = layer_of("DLTB", {square_wkt(0, 0, 100)},
                           {{"DLBM", {std::string("0103")}}, {"ZLDWDM", {std::string("1")}}});
  Layer villages = layer_of("CJDCQ", {square_wkt(0, 0, 100)}, {{"ZLDWMC", {std::string("甲村")}}});
  Warnings warnings;
  VillageAreas areas{villages, land_schema(villages)};
  Audit result = audit_landuse(parcels, land_schema(parcels), &areas, warnings);
  EXPECT_EQ(result.skipped.at(AuditCheck::village),
            "the parcels have ZLDWDM and CJDCQ only ZLDWMC");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "town.gpkg:DLTB: the village check cannot run: the parcels have ZLDWDM and CJDCQ only "
            "ZLDWMC");
}

TEST(Audit, ALayerWithoutLandUseFieldsIsBadInput) {
  Layer layer = layer_of("roads", {square_wkt(0, 0, 10)}, {{"name", {std::string("x")}}});
  Warnings warnings;
  try {
    audit_landuse(layer, land_schema(layer), nullptr, warnings);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "town.gpkg:roads: is not a land-use layer: it has neither DLBM nor DLMC — audit a "
              "三调 DLTB layer, with DLBM (地类编码) or DLMC (地类名称), TBMJ, KCXS, KCMJ, TBDLMJ "
              "and ZLDWDM or ZLDWMC");
  }
}

}  // namespace
}  // namespace landplan::plan
