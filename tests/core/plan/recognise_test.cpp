// Recognising layers: by the 三调/三区三线 names and the role names (any case, with the role's
// geometry), by their fields whatever the name, the fields each role reads, and what stays
// unplaced.
#include "landplan/plan/recognise.hpp"

#include <gtest/gtest.h>

#include "support/layer_from_wkt.hpp"

namespace landplan::plan {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;
using test::ColumnValues;

const char* const kSquare = "POLYGON((0 0,10 0,10 10,0 10,0 0))";

// One feature of `wkt` with text fields of these names.
Layer of_kind(const std::string& name, const char* wkt, std::vector<std::string> fields) {
  std::vector<ColumnValues> columns;
  for (std::string& field : fields) columns.push_back({std::move(field), {std::string("x")}});
  return test::layer_from_wkt({wkt}, {.name = name, .columns = columns});
}

Layer polygons(const std::string& name, std::vector<std::string> fields) {
  return of_kind(name, kSquare, std::move(fields));
}

TEST(Recognise, TheSurveysLayerNamesInAnyCase) {
  Recognition dltb = recognise(polygons("dltb", {"DLBM", "DLMC", "ZLDWMC", "户数"}));
  EXPECT_EQ(dltb.role, Role::parcels);
  EXPECT_EQ(dltb.why, "layer name dltb (三调 地类图斑)");
  // The 三调 fields give landuse and village by themselves: only the households are named.
  EXPECT_EQ(dltb.fields, (Fields{{"households", "户数"}}));
  // The name comes first: 永久基本农田 polygons carry DLBM like the land-use layer.
  Recognition basic = recognise(polygons("YJJBNTBHTB", {"DLBM", "DLMC", "YJJBNTMJ"}));
  EXPECT_EQ(basic.role, Role::basic_farmland);
  EXPECT_TRUE(basic.fields.empty());
  EXPECT_EQ(recognise(polygons("stbhhx", {})).role, Role::ecological_redline);
  EXPECT_EQ(recognise(polygons("CzKfBj", {})).role, Role::development_boundary);
  EXPECT_EQ(recognise(polygons("CJDCQ", {"ZLDWDM"})).role, Role::village_boundaries);
  EXPECT_EQ(recognise(polygons("XZQ", {"XZQDM"})).role, Role::admin_boundary);
}

TEST(Recognise, TheRoleNamesWithTheFieldsEachRoleReads) {
  Recognition wells = recognise(of_kind("Wells", "POINT(1 2)", {"编号", "村名", "服务半径"}));
  EXPECT_EQ(wells.role, Role::wells);
  EXPECT_EQ(wells.why, "layer name Wells");
  EXPECT_EQ(wells.fields, (Fields{{"name", "编号"}, {"village", "村名"}, {"radius", "服务半径"}}));
  Recognition sites = recognise(polygons("relocation_sites", {"名称", "安置村", "安置户数"}));
  EXPECT_EQ(sites.role, Role::relocation_sites);
  EXPECT_EQ(sites.fields,
            (Fields{{"name", "名称"}, {"village", "安置村"}, {"households", "安置户数"}}));
  EXPECT_EQ(recognise(of_kind("roads", "LINESTRING(0 0,5 5)", {"名称"})).fields,
            (Fields{{"name", "名称"}}));
  EXPECT_EQ(recognise(polygons("水库", {})).role, Role::reservoir);
  // A parcels layer without the 三调 fields: its own names for land use and village.
  Recognition plain = recognise(polygons("parcels", {"户数", "地类", "村名"}));
  EXPECT_EQ(plain.role, Role::parcels);
  EXPECT_EQ(plain.fields,
            (Fields{{"village", "村名"}, {"landuse", "地类"}, {"households", "户数"}}));
}

TEST(Recognise, ByFieldsWhateverTheName) {
  Recognition landuse = recognise(polygons("地类图斑2019", {"bsm", "dlbm", "zldwmc"}));
  EXPECT_EQ(landuse.role, Role::parcels);
  EXPECT_EQ(landuse.why, "has dlbm (a land-use layer)");
  EXPECT_EQ(recognise(polygons("现状", {"DLMC"})).why, "has DLMC (a land-use layer)");
  Recognition basic = recognise(polygons("基本农田", {"DLBM", "YJJBNTTBBH"}));
  EXPECT_EQ(basic.role, Role::basic_farmland);
  EXPECT_EQ(basic.why, "has YJJBNTTBBH (永久基本农田)");
  EXPECT_EQ(recognise(polygons("红线", {"HXMC"})).role, Role::ecological_redline);
  Recognition villages = recognise(polygons("村界", {"ZLDWDM", "ZLDWMC", "DCMJ"}));
  EXPECT_EQ(villages.role, Role::village_boundaries);
  EXPECT_EQ(villages.why, "has ZLDWDM and DCMJ (村级调查区)");
  EXPECT_EQ(recognise(polygons("乡镇", {"XZQDM", "XZQMC", "DCMJ"})).role, Role::admin_boundary);
}

TEST(Recognise, WhatCannotBePlacedSaysWhy) {
  Recognition unknown = recognise(polygons("规划图斑", {"GHDL", "MJ"}));
  EXPECT_FALSE(unknown.role);
  EXPECT_EQ(unknown.why, "neither its name nor its fields say what it is");
  Recognition wrong_kind = recognise(polygons("wells", {"编号"}));
  EXPECT_FALSE(wrong_kind.role);
  EXPECT_EQ(wrong_kind.why, "layer name wells says wells, but it holds polygons, not points");
  EXPECT_TRUE(wrong_kind.fields.empty());
  Layer table = polygons("DLTB", {"DLBM"});
  table.kind = GeometryKind::none;  // a DBF or CSV without geometry
  EXPECT_EQ(recognise(table).why,
            "layer name DLTB (三调 地类图斑) says parcels, but it holds no geometry, not polygons");
  // Only a known field decides: ZLDWDM without DCMJ is a village code on any layer.
  EXPECT_FALSE(recognise(polygons("其他", {"ZLDWDM"})).role);
}

}  // namespace
}  // namespace landplan::plan
