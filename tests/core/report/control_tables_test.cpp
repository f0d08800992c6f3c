// The control findings as the report's table and as check's one-line note.
#include "landplan/report/control_tables.hpp"

#include <gtest/gtest.h>

using namespace landplan;
using namespace landplan::report;

namespace {

plan::ControlFinding greenhouses_on_farmland() {
  plan::Violation v;
  v.rule = "设施农业占用永久基本农田";
  v.layer_a = "greenhouse_zones";
  v.fid_a = 3;
  v.name_a = "大棚区";
  v.layer_b = "yjjbnt";
  v.amount = 3.75;
  v.unit = "mu";
  return {ControlCheck::greenhouses_on_basic_farmland, v};
}

}  // namespace

TEST(ControlTables, OneRowPerFindingAndTheRuleTextOfEachCheck) {
  plan::Controls controls;
  controls.ran = {ControlCheck::construction_on_basic_farmland,
                  ControlCheck::greenhouses_on_basic_farmland};
  controls.findings = {greenhouses_on_farmland()};
  Table t = controls_table(controls);
  EXPECT_EQ(t.title, "三区三线管控核查");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(std::get<std::string>(t.rows[0][0]), "设施农业占用永久基本农田");
  EXPECT_EQ(std::get<double>(t.rows[0][5]), 3.75);
  EXPECT_EQ(t.meta.size(), 2u);
  EXPECT_NE(t.meta.at("依据：设施农业占用永久基本农田").find("不破坏耕地耕作层"),
            std::string::npos);
  controls.findings.clear();
  EXPECT_EQ(controls_table(controls).title, "三区三线管控核查：未发现占用");
}

TEST(ControlTables, NoteSaysItIsNoViolation) {
  EXPECT_EQ(finding_note(greenhouses_on_farmland()),
            "greenhouse_zones:3 (大棚区): 3.75 mu on yjjbnt — 设施农业占用永久基本农田; "
            "报告：须办理设施农业用地手续（不破坏耕作层，否则补划永久基本农田） — reported, not "
            "a rule violation");
}
