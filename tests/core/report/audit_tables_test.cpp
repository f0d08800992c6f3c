// The audit's tables: the findings in the CSV contract's columns, and one summary line per check.
#include "landplan/report/audit_tables.hpp"

#include <gtest/gtest.h>

using namespace landplan;
using plan::AuditCheck;

namespace {

plan::Audit two_findings() {
  plan::Audit audit;
  audit.findings = {{3, "B3", AuditCheck::tbmj, "100", "9998.00"},
                    {3, "B3", AuditCheck::geometry, "12.50 m² shared with fid 4", "0"}};
  audit.skipped[AuditCheck::kcmj] = "the layer has no KCXS (or TKXS) field";
  return audit;
}

}  // namespace

TEST(AuditTables, FindingsHaveTheContractColumns) {
  std::string csv = report::to_csv(report::audit_findings_table(two_findings()));
  EXPECT_EQ(csv,
            "fid,bsm,check,value,expected\n"
            "3,B3,tbmj,100,9998.00\n"
            "3,B3,geometry,12.50 m² shared with fid 4,0\n");
}

TEST(AuditTables, SummaryCountsEachCheckAndSaysWhichCouldNotRun) {
  report::Table summary = report::audit_summary_table(two_findings());
  ASSERT_EQ(summary.rows.size(), plan::kAuditChecks.size());
  auto row = [&](AuditCheck check) { return summary.rows[static_cast<std::size_t>(check)]; };
  EXPECT_EQ(std::get<std::string>(row(AuditCheck::tbmj)[0]), "tbmj");
  EXPECT_EQ(std::get<std::int64_t>(row(AuditCheck::tbmj)[1]), 1);
  EXPECT_EQ(std::get<std::int64_t>(row(AuditCheck::geometry)[1]), 1);
  EXPECT_EQ(std::get<std::int64_t>(row(AuditCheck::village)[1]), 0);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(row(AuditCheck::kcmj)[1]));
  EXPECT_EQ(std::get<std::string>(row(AuditCheck::kcmj)[2]),
            "not checked: the layer has no KCXS (or TKXS) field");
  EXPECT_EQ(std::get<std::string>(row(AuditCheck::tbmj)[2]),
            "TBMJ is the ellipsoidal area, within max(0.1 m², 1e-5 of it)");
}
