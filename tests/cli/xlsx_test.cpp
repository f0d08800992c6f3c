// --format xlsx end to end on the sample: the workbook holds the numbers the CSV prints (read
// back with GDAL), one sheet per table of the report, and is written only where it may be.
#include <gtest/gtest.h>
#include <ogr_core.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/export_fixtures.hpp"
#include "support/fixtures.hpp"
#include "support/workbook.hpp"
#include "test_data.hpp"

namespace landplan::test {
namespace {

namespace fs = std::filesystem;
const std::string kProject = std::string(kSampleDir) + "/project.toml";

// A number of the workbook equals the CSV's or JSON's to the 16 digits libxlsxwriter writes.
void expect_same_number(const report::Cell& cell, double expected, const std::string& where) {
  if (const auto* i = std::get_if<std::int64_t>(&cell)) {
    EXPECT_EQ(static_cast<double>(*i), expected) << where;
  } else if (const auto* d = std::get_if<double>(&cell)) {
    EXPECT_NEAR(*d, expected, std::abs(expected) * 1e-15) << where;
  } else {
    ADD_FAILURE() << where << ": not a number in the workbook";
  }
}

TEST(XlsxCli, AreaSummaryHoldsTheCsvNumbers) {
  std::vector<std::string> args = {"area", kProject, "--layer",  "greenhouse_zones",
                                   "--by", "名称",   "--summary"};
  auto csv_args = args;
  csv_args.insert(csv_args.end(), {"--format", "csv"});
  auto csv = run_cli(csv_args);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  TempDir dir;
  fs::path file = dir.path() / "面积.xlsx";
  args.insert(args.end(), {"--format", "xlsx", "--out", file.string()});
  auto xlsx = run_cli(args);
  ASSERT_EQ(xlsx.exit_code, 0) << xlsx.err;
  EXPECT_EQ(xlsx.out, "");  // the tables went into the workbook
  EXPECT_NE(xlsx.err.find("wrote " + file.string()), std::string::npos) << xlsx.err;

  auto sheets = read_workbook(file);
  ASSERT_EQ(sheets.size(), 2u);  // the table and its notes (method, crs, units…)
  EXPECT_EQ(sheets[0].name, "面积汇总");
  EXPECT_EQ(sheets[1].name, "说明");
  EXPECT_EQ(sheets[0].headers,
            (std::vector<std::string>{"分组", "个数", "面积(平方米)", "面积(公顷)", "面积(亩)"}));
  EXPECT_EQ(sheets[0].types, (std::vector<int>{OFTString, OFTInteger, OFTReal, OFTReal, OFTReal}));
  auto rows = parse_csv(csv.out);
  ASSERT_EQ(sheets[0].rows.size() + 1, rows.size());
  for (std::size_t r = 0; r < sheets[0].rows.size(); ++r) {
    const auto& row = sheets[0].rows[r];
    EXPECT_EQ(std::get<std::string>(row[0]), rows[r + 1][0]);
    for (std::size_t c = 1; c < row.size(); ++c) {
      expect_same_number(row[c], std::stod(rows[r + 1][c]), rows[r + 1][0] + " " + rows[0][c]);
    }
  }
  EXPECT_EQ(std::get<std::string>(sheets[0].rows.back()[0]), "TOTAL");
}

TEST(XlsxCli, ReportHasASheetPerTableWithItsNumbers) {
  auto json = run_cli({"report", kProject, "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto report = nlohmann::ordered_json::parse(json.out);  // in column order
  TempDir dir;
  fs::path file = dir.path() / "report.xlsx";
  auto xlsx = run_cli({"report", kProject, "--format", "xlsx", "--out", file.string()});
  ASSERT_EQ(xlsx.exit_code, 0) << xlsx.err;
  // --out named the workbook: no result layers were written beside it.
  EXPECT_EQ(snapshot(dir.path()).size(), 1u);

  auto sheets = read_workbook(file);
  ASSERT_EQ(sheets.size(), report["tables"].size() + 1);
  for (std::size_t t = 0; t < report["tables"].size(); ++t) {
    const auto& table = report["tables"][t];
    const auto& sheet = sheets[t];
    EXPECT_EQ(sheet.name, table["title"].get<std::string>());  // all within 31 characters
    ASSERT_EQ(sheet.rows.size(), table["rows"].size()) << sheet.name;
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
      std::size_t c = 0;
      for (const auto& [column, value] : table["rows"][r].items()) {
        std::string where = sheet.name + " row " + std::to_string(r) + " " + column;
        const report::Cell& cell = sheet.rows[r].at(c++);
        if (value.is_number())
          expect_same_number(cell, value.get<double>(), where);
        else if (value.is_string() && !value.get<std::string>().empty())
          EXPECT_EQ(std::get<std::string>(cell), value.get<std::string>()) << where;
        else
          EXPECT_TRUE(std::holds_alternative<std::monostate>(cell)) << where;
      }
    }
  }
  EXPECT_EQ(sheets.back().name, "说明");
  EXPECT_EQ(sheets.back().rows.at(0).at(1), report::Cell{std::string("项目")});
}

TEST(XlsxCli, AnExistingWorkbookIsReplacedOnlyWithOverwrite) {
  TempDir dir;
  fs::path file = dir.path() / "wells.xlsx";
  std::vector<std::string> args = {"area",     kProject, "--layer", "greenhouse_zones",
                                   "--format", "xlsx",   "--out",   file.string()};
  ASSERT_EQ(run_cli(args).exit_code, 0);
  std::string before = file_bytes(file);
  auto again = run_cli(args);
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_EQ(again.err,
            "landplan: " + file.string() + ": already exists — add --overwrite to replace it\n");
  EXPECT_EQ(file_bytes(file), before);
  args.push_back("--overwrite");
  auto replaced = run_cli(args);
  EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
  EXPECT_EQ(snapshot(dir.path()).size(), 1u);  // no staging left behind
}

TEST(XlsxCli, AWorkbookNeedsOutAndOutNeedsAWorkbook) {
  auto no_out = run_cli({"area", kProject, "--layer", "greenhouse_zones", "--format", "xlsx"});
  EXPECT_EQ(no_out.exit_code, 2);
  EXPECT_EQ(
      no_out.err,
      "landplan: --format xlsx: needs a file to write the workbook to — add --out FILE.xlsx\n");
  TempDir dir;
  auto not_xlsx = run_cli({"report", kProject, "--format", "xlsx", "--out", dir.file("out")});
  EXPECT_EQ(not_xlsx.exit_code, 2);
  EXPECT_NE(not_xlsx.err.find("does not end in .xlsx"), std::string::npos) << not_xlsx.err;
  auto stray =
      run_cli({"area", kProject, "--layer", "greenhouse_zones", "--out", dir.file("a.xlsx")});
  EXPECT_EQ(stray.exit_code, 2);
  EXPECT_EQ(snapshot(dir.path()).size(), 0u);
}

TEST(XlsxCli, CheckStillExitsOneOnViolations) {
  TempDir dir;
  auto check = run_cli({"check", kProject, "--format", "xlsx", "--out", dir.file("check.xlsx")});
  EXPECT_EQ(check.exit_code, 1) << check.err;
  auto sheets = read_workbook(dir.path() / "check.xlsx");
  EXPECT_EQ(sheets.at(0).name, "规划规则检查：违反规则");
  EXPECT_FALSE(sheets[0].rows.empty());
}

}  // namespace
}  // namespace landplan::test
