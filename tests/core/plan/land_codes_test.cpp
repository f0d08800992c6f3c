// The 三调 code table: the wetland class, suffixes, the 三大类, names, and a malformed table.
#include "landplan/plan/land_codes.hpp"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

namespace landplan::plan {
namespace {

const LandCodes& codes() { return LandCodes::sandiao(); }

TEST(LandCodes, WetlandCodesCountUnderWetlandNotTheirGbtParents) {
  // 三调工作分类: 00 湿地 takes these eight from 03 林地, 04 草地, 06 工矿 and 11 水域.
  for (const char* code : {"0303", "0304", "0306", "0402", "0603", "1105", "1106", "1108"}) {
    const LandCode* row = codes().by_code(code);
    ASSERT_NE(row, nullptr) << code;
    EXPECT_EQ(row->level1, "00") << code;
    EXPECT_EQ(codes().level1_of(*row).name, "湿地") << code;
  }
  // Their neighbours keep their GB/T 21010 parent.
  EXPECT_EQ(codes().by_code("0305")->level1, "03");
  EXPECT_EQ(codes().by_code("0401")->level1, "04");
  EXPECT_EQ(codes().by_code("1104")->level1, "11");
  EXPECT_EQ(codes().by_code("0602")->level1, "06");
}

TEST(LandCodes, FirstLevelClassesAreTheThirteenOfSandiao) {
  std::vector<std::string> names;
  for (const LandCode* row : codes().level1_classes()) names.push_back(row->code + row->name);
  EXPECT_EQ(names, (std::vector<std::string>{
                       "00湿地", "01耕地", "02种植园用地", "03林地", "04草地", "05商业服务业用地",
                       "06工矿用地", "07住宅用地", "08公共管理与公共服务用地", "09特殊用地",
                       "10交通运输用地", "11水域及水利设施用地", "12其他土地"}));
  for (const LandCode* row : codes().level1_classes())
    EXPECT_EQ(row->colour.size(), 7u) << row->code << " has a map colour";
}

TEST(LandCodes, SuffixedCodesAndCaseAndBlanks) {
  EXPECT_EQ(codes().by_code("0201K")->name, "可调整果园");
  EXPECT_EQ(codes().by_code(" 0201k ")->code, "0201K");
  EXPECT_EQ(codes().by_code("1104A")->name, "养殖坑塘");
  EXPECT_EQ(codes().by_code("1107A")->name, "干渠");
  EXPECT_EQ(codes().by_code("05H1")->level1, "05");
  EXPECT_EQ(codes().by_code("08h2")->name, "科教文卫用地");
  EXPECT_EQ(codes().by_code("09")->name, "特殊用地");  // used as a code itself
  EXPECT_EQ(codes().by_code("0199"), nullptr);
  EXPECT_EQ(codes().by_code(""), nullptr);
}

TEST(LandCodes, CategoriesOfTheLandAdministrationLaw) {
  auto category = [](const char* code) { return codes().by_code(code)->category; };
  EXPECT_EQ(category("0102"), LandCategory::agricultural);
  EXPECT_EQ(category("1202"), LandCategory::agricultural);  // 设施农用地
  EXPECT_EQ(category("1203"), LandCategory::agricultural);  // 田坎
  EXPECT_EQ(category("1006"), LandCategory::agricultural);  // 农村道路
  EXPECT_EQ(category("0702"), LandCategory::construction);
  EXPECT_EQ(category("1107A"), LandCategory::construction);  // 干渠, while 1107 沟渠 is 农用地
  EXPECT_EQ(category("1107"), LandCategory::agricultural);
  EXPECT_EQ(category("1201"), LandCategory::construction);  // 空闲地
  EXPECT_EQ(category("0404"), LandCategory::unused);
  EXPECT_EQ(category("1106"), LandCategory::unused);
  EXPECT_EQ(category("0603"), LandCategory::construction);  // a wetland, yet 建设用地
  EXPECT_EQ(category("11"), std::nullopt);  // 水域 spans all three
  EXPECT_EQ(category_name(LandCategory::unused), "未利用地");
  // Every code below first level has a category; every code is in the table once.
  std::set<std::string> seen;
  for (const LandCode& row : codes().rows()) {
    EXPECT_TRUE(seen.insert(row.code).second) << row.code;
    if (!row.is_level1()) EXPECT_TRUE(row.category.has_value()) << row.code;
  }
}

TEST(LandCodes, NamesAndOtherNamesFindTheirCode) {
  EXPECT_EQ(codes().by_name("水浇地")->code, "0102");
  EXPECT_EQ(codes().by_name(" 农村宅基地")->code, "0702");
  EXPECT_EQ(codes().by_name("公共设施用地")->code, "0809");  // also written so
  EXPECT_EQ(codes().by_name("水浇田"), nullptr);
  EXPECT_EQ(codes().find("0103")->name, "旱地");
  EXPECT_EQ(codes().find("旱地")->code, "0103");
  EXPECT_TRUE(codes().by_code("0101")->is_farmland());
  EXPECT_FALSE(codes().by_code("0201")->is_farmland());
}

TEST(LandCodes, AMalformedTableNamesItsLine) {
  const char* header = "code,name,level1,category,also,colour\n";
  EXPECT_THROW(LandCodes::parse(std::string(header) + "01,耕地,01,农用地,,\n0101,水田,01\n"),
               std::runtime_error);
  try {
    LandCodes::parse(std::string(header) + "0101,水田,01,农业用地,,\n");
    FAIL();
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
  // A code listed twice, and a code whose first-level class has no row.
  EXPECT_THROW(LandCodes::parse(std::string(header) + "01,耕地,01,农用地,,\n01,耕地,01,农用地,,\n"),
               std::runtime_error);
  EXPECT_THROW(LandCodes::parse(std::string(header) + "0101,水田,01,农用地,,\n"), std::runtime_error);
}

}  // namespace
}  // namespace landplan::plan
