// Writing the report document as HTML: one file, numbered figures and tables, printable on A4.
#include "landplan/report/document.hpp"

#include <cpl_string.h>
#include <fmt/format.h>

#include <cstdlib>
#include <ctime>
#include <memory>

#include "landplan/report/column_labels.hpp"

namespace landplan::report {
namespace {

std::string escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string base64(const std::string& bytes) {
  std::unique_ptr<char, decltype(&CPLFree)> text(
      CPLBase64Encode(static_cast<int>(bytes.size()), reinterpret_cast<const GByte*>(bytes.data())),
      CPLFree);
  return text.get();
}

// A4 with 18 mm margins; the fonts Debian and Windows have for Chinese, in that order. Printed,
// each map sheet (drawn for A4 landscape) is a page of its own without margins, so it keeps its
// scale; its title carries the figure's number. The text around the sheets names its page too,
// so a heading after a sheet starts a text page rather than sharing the sheet's.
constexpr const char* kStyle = R"(
@page { size: A4; margin: 18mm 16mm; }
@page text { size: A4; margin: 18mm 16mm; }
@page sheet { size: A4 landscape; margin: 0; }
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimSun",
       sans-serif; font-size: 10.5pt; line-height: 1.5; color: #1a1a1a; margin: 0; }
@media screen { body { max-width: 178mm; margin: 1em auto; } }
h1 { font-size: 20pt; text-align: center; margin: 0.4em 0 0.2em; }
.meta { text-align: center; color: #444; margin-bottom: 1.2em; }
.meta span { margin: 0 0.8em; white-space: nowrap; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; padding-bottom: 2px; margin-top: 1.4em;
     break-after: avoid; }
figure { margin: 0.8em 0; text-align: center; break-inside: avoid; }
figure img { width: 100%; height: auto; border: 1px solid #ccc; }
caption { font-weight: bold; margin: 0.3em 0; }
caption { caption-side: top; text-align: center; }
table { border-collapse: collapse; margin: 0.6em auto 1.2em; font-size: 9pt; }
th, td { border: 1px solid #888; padding: 2px 6px; }
th { background: #eef1f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f7f7f7; }
.note { color: #444; font-size: 9pt; margin: -0.8em auto 1.2em; text-align: center; }
@media print {
  .text { page: text; }
  figure { page: sheet; margin: 0; }
  figure img { display: block; width: 297mm; height: 209mm; border: 0; }
}
)";

bool is_number(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell);
}

std::string table_html(const Table& table, int number) {
  std::string out = "<table>\n<caption>" + escaped(fmt::format("表 {} {}", number, table.title)) +
                    "</caption>\n<thead><tr>";
  // Headers as the workbook shows them: 要素号 for fid, 面积(亩) for area_mu.
  for (const TableColumn& column : table.columns) {
    out += "<th>" + escaped(column_label(column.name)) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const std::vector<Cell>& row : table.rows) {
    // The totals row, as the text table has it: 合计 (or TOTAL) in its first cell.
    const auto* first = row.empty() ? nullptr : std::get_if<std::string>(&row.front());
    bool total = first && (*first == "合计" || *first == "TOTAL");
    out += total ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      int decimals = c < table.columns.size() ? table.columns[c].decimals : 2;
      out += is_number(row[c]) ? "<td class=\"n\">" : "<td>";
      out += escaped(cell_text(row[c], decimals)) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  for (const auto& [key, value] : table.meta) {
    out += "<p class=\"note\">" + escaped(key + ": " + value) + "</p>\n";
  }
  return out;
}

}  // namespace

std::string figure_caption(std::size_t number, const Figure& figure) {
  return fmt::format("图 {} {}", number, figure.caption);
}

std::string figure_file(std::size_t number, const Figure& figure) {
  return fmt::format("figure-{}.{}", number, figure.media_type == "image/png" ? "png" : "svg");
}

std::string to_html(const Document& document, bool linked) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<title>" + escaped(document.title) + "</title>\n<style>" + kStyle + "</style>\n";
  out += "</head>\n<body>\n<div class=\"text\">\n<h1>" + escaped(document.title) +
         "</h1>\n<p class=\"meta\">";
  for (const auto& [key, value] : document.meta) {
    out += "<span>" + escaped(value.empty() ? key : key + "：" + value) + "</span>　";
  }
  out += "<span>" + escaped("生成日期：" + document.date) + "</span></p>\n";
  std::size_t figures = 0;
  int tables = 0;
  for (std::size_t s = 0; s < document.sections.size(); ++s) {
    const Section& section = document.sections[s];
    if (s > 0) out += "<div class=\"text\">\n";
    out += "<h2>" + escaped(fmt::format("{} {}", s + 1, section.heading)) + "</h2>\n";
    for (const std::string& paragraph : section.paragraphs) {
      out += "<p>" + escaped(paragraph) + "</p>\n";
    }
    for (const Table& table : section.tables) out += table_html(table, ++tables);
    out += "</div>\n";
    for (const Figure& figure : section.figures) {
      if (figure.bytes.empty()) continue;
      std::string caption = figure_caption(++figures, figure);
      std::string source = linked ? figure_file(figures, figure)
                                  : "data:" + figure.media_type + ";base64," + base64(figure.bytes);
      // The sheet's own title is the caption (图 N …): no second one under it.
      out += "<figure><img alt=\"" + escaped(caption) + "\" src=\"" + source + "\"></figure>\n";
    }
  }
  out += "</body>\n</html>\n";
  return out;
}

std::string document_date() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    now = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
  return text;
}

}  // namespace landplan::report
