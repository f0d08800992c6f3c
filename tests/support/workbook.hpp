// Reading a workbook back in tests, with GDAL's XLSX driver (an independent reader) and its
// parts' XML through /vsizip/.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "landplan/report/table.hpp"

namespace landplan::test {

struct WorkbookSheet {
  std::string name;
  std::vector<std::string> headers;
  // OGR's field types as GDAL detects them from the cells (FIELD_TYPES=AUTO): OFTInteger,
  // OFTReal, OFTString…
  std::vector<int> types;
  // Each cell as GDAL reads it: an integer, real or text by the field's type; unset = empty.
  std::vector<std::vector<report::Cell>> rows;
};

// Every sheet, the first row taken as the headers (OGR_XLSX_HEADERS=FORCE).
std::vector<WorkbookSheet> read_workbook(const std::filesystem::path& file);

// The text of a part of the workbook's zip, e.g. "xl/worksheets/sheet1.xml".
std::string workbook_part(const std::filesystem::path& file, const std::string& part);

}  // namespace landplan::test
