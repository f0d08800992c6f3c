// The findings of an audit as a table, and what each check looks at with its count.
#include "landplan/report/audit_tables.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace landplan::report {
namespace {

using plan::AuditCheck;

std::string what_it_checks(AuditCheck check) {
  switch (check) {
    case AuditCheck::tbmj:
      return fmt::format("TBMJ is the ellipsoidal area, within max({} m², {}e-5 of it)",
                         plan::kTbmjToleranceM2, plan::kTbmjToleranceRelative * 1e5);
    case AuditCheck::dlmc:
      return "DLMC is the name of DLBM's class";
    case AuditCheck::code:
      return "DLBM (or DLMC alone) is in the 三调 code table";
    case AuditCheck::tbdlmj:
      return fmt::format("TBDLMJ = TBMJ − KCMJ, within {} m²", plan::kFigureToleranceM2);
    case AuditCheck::kcmj:
      return fmt::format("KCMJ = TBMJ × KCXS, within {} m²", plan::kFigureToleranceM2);
    case AuditCheck::geometry:
      return fmt::format("a valid polygon, sharing at most {} m² with any other",
                         plan::kLargestHarmlessAreaM2);
    case AuditCheck::village:
      return fmt::format("inside its village's CJDCQ polygons, but for {} m²",
                         plan::kLargestHarmlessAreaM2);
  }
  return "";
}

}  // namespace

Table audit_findings_table(const plan::Audit& audit) {
  Table table;
  table.title = "Findings";
  for (const char* name : {"fid", "bsm", "check", "value", "expected"}) table.add_column(name);
  for (const plan::AuditFinding& finding : audit.findings) {
    table.rows.push_back({finding.fid, finding.bsm, std::string(plan::check_name(finding.check)),
                          finding.value, finding.expected});
  }
  return table;
}

Table audit_summary_table(const plan::Audit& audit) {
  Table table;
  table.title = "Checks";
  table.add_column("check");
  table.add_column("findings", 0);
  table.add_column("what it checks");
  for (AuditCheck check : plan::kAuditChecks) {
    std::vector<Cell> row{std::string(plan::check_name(check))};
    if (auto skipped = audit.skipped.find(check); skipped != audit.skipped.end()) {
      row.push_back(std::monostate{});
      row.push_back("not checked: " + skipped->second);
    } else {
      auto count = std::count_if(audit.findings.begin(), audit.findings.end(),
                                 [&](const plan::AuditFinding& f) { return f.check == check; });
      row.push_back(static_cast<std::int64_t>(count));
      row.push_back(what_it_checks(check));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace landplan::report
