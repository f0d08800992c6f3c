// Tables as an Excel workbook for people: a worksheet per table, numbers Excel can sum.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "landplan/report/table.hpp"

namespace landplan::report {

// The name of the last sheet, which holds `meta` and every table's meta.
inline constexpr std::string_view kNotesSheet = "说明";

// Writes `file` (created or replaced; callers stage it, see io::write_file): one worksheet per
// table, named from its title (sheet_names), with the headers as people read them
// (column_label), a bold header row frozen, numbers as numbers at the column's decimals, and
// widths fitted to the text; then the sheet 说明: `meta` (a document's heading, warnings) and
// each table's meta, one line each, so a data sheet holds nothing but its table. Throws
// InputError for a table longer than a sheet can hold.
void write_xlsx(const std::vector<Table>& tables, const Heading& meta,
                const std::filesystem::path& file);

// Excel's sheet names for the titles: forbidden characters ([ ] : * ? / \) as "_", no apostrophe
// at either end, at most 31 characters (UTF-16 units, as Excel counts), unique ignoring ASCII case
// (a later twin gets "(2)", "(3)"…) and not "History"; Chinese kept. An empty title is "表<n>".
std::vector<std::string> sheet_names(const std::vector<std::string>& titles);

}  // namespace landplan::report
