// Tables as an Excel workbook, through libxlsxwriter. Not GDAL's XLSX driver, which writes cells
// and their types but has no way to set column widths, number formats, bold or frozen panes
// (it has no creation options: https://gdal.org/drivers/vector/xlsx.html). Not hand-written XML.
#include "landplan/report/xlsx.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "landplan/error.hpp"
#include "landplan/report/column_labels.hpp"
#include "landplan/text.hpp"

namespace landplan::report {
namespace {

constexpr std::size_t kSheetNameUnits = 31;  // Excel's limit, in UTF-16 units
constexpr std::size_t kSheetRows = 1048576;  // the header row among them
constexpr std::size_t kSheetColumns = 16384;
// Widths are in Excel's units (the width of a digit); CJK characters take two, as display_width
// counts them. The cap keeps a long note or path from making a sheet unreadably wide.
constexpr double kWidthPadding = 2;
constexpr double kMaxWidth = 80;

// The UTF-8 sequence's length from its first byte, and how many UTF-16 units it takes.
std::size_t sequence_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

std::string truncated(std::string_view text, std::size_t max_units) {
  std::size_t units = 0, i = 0;
  while (i < text.size()) {
    std::size_t length = sequence_length(static_cast<unsigned char>(text[i]));
    std::size_t needs = length == 4 ? 2 : 1;
    if (units + needs > max_units) break;
    units += needs;
    i += length;
  }
  return std::string(text.substr(0, std::min(i, text.size())));
}

std::string without_end_apostrophes(std::string text) {
  std::size_t first = text.find_first_not_of('\'');
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of('\'') - first + 1);
}

std::string cleaned(const std::string& title) {
  std::string text = title;
  for (char& c : text)
    if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
  return without_end_apostrophes(std::move(text));
}

void check(lxw_error error, const std::filesystem::path& file) {
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error("could not write " + file.string() + ": " + lxw_strerror(error));
  }
}

void require_fits(const Table& table, const std::string& sheet) {
  if (table.rows.size() + 1 > kSheetRows || table.columns.size() > kSheetColumns) {
    throw InputError(
        "--format xlsx",
        fmt::format("the table '{}' has {} rows and {} columns, more than an Excel sheet holds "
                    "({} rows under the header, {} columns)",
                    sheet, table.rows.size(), table.columns.size(), kSheetRows - 1, kSheetColumns),
        "write it with --format csv");
  }
}

// The meta of the document and of each table as a table of its own, for the notes sheet.
Table notes(const std::vector<Table>& tables, const std::vector<std::string>& sheets,
            const Heading& meta) {
  Table t;
  t.title = std::string(kNotesSheet);
  for (const char* c : {"工作表", "项目", "内容"}) t.add_column(c);
  for (const auto& [key, value] : meta) t.rows.push_back({std::string(), key, value});
  for (std::size_t i = 0; i < tables.size(); ++i)
    for (const auto& [key, value] : tables[i].meta) t.rows.push_back({sheets[i], key, value});
  return t;
}

class Workbook {
 public:
  // Rows go to a temporary file as they are written rather than staying in memory: a sheet of
  // 200,000 rows × 5 columns took 142 MB instead of 273 MB (the table itself included). Text is
  // then stored inline in the cells rather than in a shared-string table, which Excel and GDAL
  // read alike. The temporary files go beside the workbook (the caller's staging folder), not
  // to a /tmp that may be small.
  explicit Workbook(const std::filesystem::path& file)
      : file_(file), tmpdir_(file.parent_path().empty() ? "." : file.parent_path().string()) {
    lxw_workbook_options options{
        .constant_memory = LXW_TRUE, .tmpdir = tmpdir_.data(), .use_zip64 = LXW_FALSE};
    book_ = workbook_new_opt(file.c_str(), &options);
    if (!book_) throw std::runtime_error("could not create " + file.string());
    bold_ = workbook_add_format(book_);
    format_set_bold(bold_);
  }
  // After an error the unfinished file is closed too; the caller's staging discards it.
  ~Workbook() {
    if (book_) workbook_close(book_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  void add_sheet(const Table& table, const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
    if (!sheet)
      throw std::runtime_error("could not add the sheet '" + name + "' to " + file_.string());
    std::vector<double> widths;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      std::string header = column_label(table.columns[c].name);
      widths.push_back(static_cast<double>(display_width(header)));
      check(worksheet_write_string(sheet, 0, col(c), header.c_str(), bold_), file_);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const auto& row = table.rows[r];
      for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
        int decimals = table.columns[c].decimals;
        write_cell(sheet, static_cast<lxw_row_t>(r + 1), col(c), row[c], decimals);
        widths[c] =
            std::max(widths[c], static_cast<double>(display_width(cell_text(row[c], decimals))));
      }
    }
    for (std::size_t c = 0; c < widths.size(); ++c) {
      check(worksheet_set_column(sheet, col(c), col(c),
                                 std::min(widths[c] + kWidthPadding, kMaxWidth), nullptr),
            file_);
    }
    worksheet_freeze_panes(sheet, 1, 0);
  }

  void close() {
    lxw_workbook* book = book_;
    book_ = nullptr;
    check(workbook_close(book), file_);
  }

 private:
  static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }

  void write_cell(lxw_worksheet* sheet, lxw_row_t r, lxw_col_t c, const Cell& cell, int decimals) {
    if (const auto* i = std::get_if<std::int64_t>(&cell)) {
      check(worksheet_write_number(sheet, r, c, static_cast<double>(*i), number_format(0)), file_);
    } else if (const auto* d = std::get_if<double>(&cell)) {
      if (std::isfinite(*d))  // NaN and infinities are empty, as in the CSV
        check(worksheet_write_number(sheet, r, c, *d, number_format(decimals)), file_);
    } else if (const auto* text = std::get_if<std::string>(&cell)) {
      if (!text->empty()) check(worksheet_write_string(sheet, r, c, text->c_str(), nullptr), file_);
    }
  }

  // "#,##0.00" for two decimals: the text table's thousands separators and digits; the value
  // itself keeps its full precision.
  lxw_format* number_format(int decimals) {
    auto [it, added] = numbers_.try_emplace(decimals, nullptr);
    if (added) {
      it->second = workbook_add_format(book_);
      std::string code = decimals > 0 ? "#,##0." + std::string(decimals, '0') : "#,##0";
      format_set_num_format(it->second, code.c_str());
    }
    return it->second;
  }

  std::filesystem::path file_;
  std::string tmpdir_;
  lxw_workbook* book_ = nullptr;
  lxw_format* bold_ = nullptr;
  std::map<int, lxw_format*> numbers_;
};

}  // namespace

std::vector<std::string> sheet_names(const std::vector<std::string>& titles) {
  std::vector<std::string> names;
  std::set<std::string> taken{"HISTORY"};  // Excel reserves it
  for (std::size_t i = 0; i < titles.size(); ++i) {
    std::string base = cleaned(titles[i]);
    if (base.empty()) base = "表" + std::to_string(i + 1);
    std::string name = without_end_apostrophes(truncated(base, kSheetNameUnits));
    for (int n = 2; taken.contains(upper_ascii(name)); ++n) {
      std::string suffix = "(" + std::to_string(n) + ")";
      name = truncated(base, kSheetNameUnits - suffix.size()) + suffix;
    }
    taken.insert(upper_ascii(name));
    names.push_back(std::move(name));
  }
  return names;
}

void write_xlsx(const std::vector<Table>& tables, const Heading& meta,
                const std::filesystem::path& file) {
  std::vector<std::string> titles;
  for (const Table& table : tables) titles.push_back(table.title);
  titles.emplace_back(kNotesSheet);
  std::vector<std::string> sheets = sheet_names(titles);
  for (std::size_t i = 0; i < tables.size(); ++i) require_fits(tables[i], sheets[i]);
  Table notes_table = notes(tables, sheets, meta);
  require_fits(notes_table, sheets.back());
  Workbook book(file);
  for (std::size_t i = 0; i < tables.size(); ++i) book.add_sheet(tables[i], sheets[i]);
  // A workbook needs a sheet, even for no tables.
  if (!notes_table.rows.empty() || tables.empty()) book.add_sheet(notes_table, sheets.back());
  book.close();
}

}  // namespace landplan::report
