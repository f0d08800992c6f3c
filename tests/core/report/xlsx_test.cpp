// The Excel workbook: read back with GDAL's XLSX driver (numbers stay numbers, Chinese and
// beyond-BMP text survive), its XML checked for frozen headers, widths and number formats, and
// Excel's sheet-name rules.
#include "landplan/report/xlsx.hpp"

#include <gtest/gtest.h>
#include <ogr_core.h>

#include <cmath>
#include <limits>

#include "support/fixtures.hpp"
#include "support/workbook.hpp"

namespace landplan::report {
namespace {

using test::read_workbook;
using test::workbook_part;

constexpr double kLongMu = 1234.5678901234567;
constexpr double kLongHa = 0.12345678901234567;

Table village_table() {
  Table t;
  t.title = "淹没/土地:按村";
  t.add_column("村名");
  t.add_column("fid", 0);
  t.add_column("面积(亩)", 2);
  t.add_column("area_ha", 4);
  t.rows.push_back({std::string("三座店村民委员会"), std::int64_t{1}, kLongMu, kLongHa});
  t.rows.push_back(
      {std::string("𠀀字村"), std::int64_t{2}, std::numeric_limits<double>::quiet_NaN(), Cell{}});
  t.rows.push_back({std::string("合计"), Cell{}, kLongMu, kLongHa});
  t.meta["method"] = "ellipsoidal";
  t.meta["crs"] = "EPSG:4549";
  return t;
}

// The <xf> element of the style a cell (e.g. "C2") of the first sheet uses.
std::string style_of(const std::filesystem::path& file, const std::string& cell) {
  std::string sheet = workbook_part(file, "xl/worksheets/sheet1.xml");
  std::size_t at = sheet.find("<c r=\"" + cell + "\"");
  std::size_t s = sheet.find(" s=\"", at);
  if (at == std::string::npos || s > sheet.find('>', at)) return "(default style)";
  int index = std::stoi(sheet.substr(s + 4));
  std::string styles = workbook_part(file, "xl/styles.xml");
  std::size_t xf = styles.find("<xf ", styles.find("<cellXfs"));
  for (int i = 0; i < index; ++i) xf = styles.find("<xf ", xf + 1);
  return styles.substr(xf, styles.find('>', xf) - xf);
}

std::string attribute(const std::string& element, const std::string& name) {
  std::size_t at = element.find(" " + name + "=\"");
  if (at == std::string::npos) return "";
  at += name.size() + 3;
  return element.substr(at, element.find('"', at) - at);
}

// The format code of a cell of the first sheet ("#,##0.00").
std::string number_format_of(const std::filesystem::path& file, const std::string& cell) {
  std::string id = attribute(style_of(file, cell), "numFmtId");
  std::string styles = workbook_part(file, "xl/styles.xml");
  std::size_t at = styles.find("<numFmt numFmtId=\"" + id + "\"");
  return at == std::string::npos
             ? "(builtin " + id + ")"
             : attribute(styles.substr(at, styles.find('>', at) - at), "formatCode");
}

double column_width(const std::string& sheet_xml, int column) {
  std::string col =
      "<col min=\"" + std::to_string(column) + "\" max=\"" + std::to_string(column) + "\"";
  std::size_t at = sheet_xml.find(col);
  if (at == std::string::npos) return 0;
  return std::stod(attribute(sheet_xml.substr(at, sheet_xml.find('>', at) - at), "width"));
}

TEST(Xlsx, CellsReadBackAsNumbersWithChineseHeaders) {
  test::TempDir dir;
  std::filesystem::path file = dir.path() / "t.xlsx";
  write_xlsx({village_table()}, {{"项目", "三座店镇"}}, file);
  auto sheets = read_workbook(file);
  ASSERT_EQ(sheets.size(), 2u);
  const auto& sheet = sheets[0];
  EXPECT_EQ(sheet.name, "淹没_土地_按村");
  // Machine names get the Chinese header people read; Chinese names stay as they are.
  EXPECT_EQ(sheet.headers, (std::vector<std::string>{"村名", "要素号", "面积(亩)", "面积(公顷)"}));
  EXPECT_EQ(sheet.types, (std::vector<int>{OFTString, OFTInteger, OFTReal, OFTReal}));
  ASSERT_EQ(sheet.rows.size(), 3u);
  EXPECT_EQ(std::get<std::string>(sheet.rows[0][0]), "三座店村民委员会");
  EXPECT_EQ(std::get<std::string>(sheet.rows[1][0]), "𠀀字村");
  EXPECT_EQ(std::get<std::int64_t>(sheet.rows[0][1]), 1);
  EXPECT_EQ(std::get<std::int64_t>(sheet.rows[1][1]), 2);
  // Full precision, not the 2 or 4 decimals shown: libxlsxwriter writes 16 significant digits
  // (Excel keeps 15), so the value comes back within a unit of the 16th.
  EXPECT_NEAR(std::get<double>(sheet.rows[0][2]), kLongMu, kLongMu * 1e-15);
  EXPECT_NEAR(std::get<double>(sheet.rows[0][3]), kLongHa, kLongHa * 1e-15);
  // NaN and null are empty cells, as in the CSV.
  EXPECT_TRUE(std::holds_alternative<std::monostate>(sheet.rows[1][2]));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(sheet.rows[1][3]));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(sheet.rows[2][1]));
}

TEST(Xlsx, TheMetaIsOnTheNotesSheet) {
  test::TempDir dir;
  std::filesystem::path file = dir.path() / "t.xlsx";
  write_xlsx({village_table()}, {{"项目", "三座店镇"}, {"警告", "a warning"}}, file);
  const auto notes = read_workbook(file).at(1);
  EXPECT_EQ(notes.name, "说明");
  EXPECT_EQ(notes.headers, (std::vector<std::string>{"工作表", "项目", "内容"}));
  std::vector<std::vector<Cell>> expected = {
      {Cell{}, std::string("项目"), std::string("三座店镇")},
      {Cell{}, std::string("警告"), std::string("a warning")},
      {std::string("淹没_土地_按村"), std::string("crs"), std::string("EPSG:4549")},
      {std::string("淹没_土地_按村"), std::string("method"), std::string("ellipsoidal")}};
  EXPECT_EQ(notes.rows, expected);
}

TEST(Xlsx, HeaderFrozenAndBoldColumnsFittedNumbersFormatted) {
  test::TempDir dir;
  std::filesystem::path file = dir.path() / "t.xlsx";
  write_xlsx({village_table()}, {}, file);
  std::string sheet = workbook_part(file, "xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                       "state=\"frozen\"/>"),
            std::string::npos)
      << sheet;
  // 三座店村民委员会 is 8 CJK characters, 16 digit widths; 1,234.57 and 面积(亩) 8; then 2 more.
  double village = column_width(sheet, 1);
  EXPECT_GE(village, 18.0);
  EXPECT_LT(village, 19.0);
  double mu = column_width(sheet, 3);
  EXPECT_GE(mu, 10.0);
  EXPECT_LT(mu, 11.0);
  EXPECT_EQ(number_format_of(file, "B2"), "#,##0");
  EXPECT_EQ(number_format_of(file, "C2"), "#,##0.00");
  EXPECT_EQ(number_format_of(file, "D2"), "#,##0.0000");
  std::string header = style_of(file, "A1");
  std::string styles = workbook_part(file, "xl/styles.xml");
  std::size_t font = styles.find("<font>", styles.find("<fonts"));
  for (int i = 0; i < std::stoi(attribute(header, "fontId")); ++i)
    font = styles.find("<font>", font + 1);
  EXPECT_EQ(styles.substr(font, 9), "<font><b/") << header;
}

TEST(Xlsx, AWiderTableThanASheetIsRefused) {
  Table wide;
  for (int c = 0; c < 16385; ++c) wide.add_column("c" + std::to_string(c));
  test::TempDir dir;
  std::string error = test::input_error_of([&] { write_xlsx({wide}, {}, dir.path() / "w.xlsx"); });
  EXPECT_EQ(error,
            "--format xlsx: the table '表1' has 0 rows and 16385 columns, more than an Excel sheet "
            "holds (1048575 rows under the header, 16384 columns) — write it with --format csv");
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "w.xlsx"));
}

TEST(SheetNames, FollowExcelsRules) {
  std::string chinese40;
  for (int i = 0; i < 40; ++i) chinese40 += "田";
  std::string supplementary20;
  for (int i = 0; i < 20; ++i) supplementary20 += "𠀀";
  auto names = sheet_names({"a/b\\c[d]e:f*g?h", "'引号'", chinese40, chinese40, "Sheet", "sheet",
                            "History", "", supplementary20});
  std::string chinese31, chinese28, supplementary15;
  for (int i = 0; i < 31; ++i) chinese31 += "田";
  for (int i = 0; i < 28; ++i) chinese28 += "田";
  for (int i = 0; i < 15; ++i) supplementary15 += "𠀀";  // 2 UTF-16 units each: 30 of 31
  EXPECT_EQ(names,
            (std::vector<std::string>{"a_b_c_d_e_f_g_h", "引号", chinese31, chinese28 + "(2)",
                                      "Sheet", "sheet(2)", "History(2)", "表8", supplementary15}));
}

}  // namespace
}  // namespace landplan::report
