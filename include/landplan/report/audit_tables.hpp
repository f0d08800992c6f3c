// The tables of `landplan audit`: one row per finding, and a summary line per check.
#pragma once

#include "landplan/plan/audit.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

// fid, bsm, check, value, expected: one row per finding, in the audit's order.
Table audit_findings_table(const plan::Audit& audit);

// check, findings, what it checks: one row per check in check order; a check that could not run
// has no count and says why.
Table audit_summary_table(const plan::Audit& audit);

}  // namespace landplan::report
