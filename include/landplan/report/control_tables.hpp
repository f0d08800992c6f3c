// The 三区三线 control checks as a table for the report, and as one line for `check`.
#pragma once

#include <string>

#include "landplan/plan/controls.hpp"
#include "landplan/report/table.hpp"

namespace landplan::report {

// One row per finding (check, candidate, line, mu, what it means); the meta names the rule
// text each check that ran follows.
Table controls_table(const plan::Controls& controls);

// A reported finding as `check` prints it on stderr: where, how much, what it means, and that
// it is not a violation.
std::string finding_note(const plan::ControlFinding& finding);

}  // namespace landplan::report
