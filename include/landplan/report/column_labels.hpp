// The Chinese header people read for a column that carries a machine name (the CSV and JSON
// contract's area_mu, fid, pct_of_a…): what a workbook shows a township's clerk.
#pragma once

#include <string>
#include <string_view>

namespace landplan::report {

// "area_mu" → "面积(亩)", "fid" → "要素号"; any other name (already Chinese, as the plan's tables
// and the data's fields are) as it is.
std::string column_label(std::string_view name);

}  // namespace landplan::report
