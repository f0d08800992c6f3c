// One table type for every result, printed for people (text, Markdown) or machines (CSV, JSON).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace landplan::report {

using Cell = std::variant<std::monostate, std::int64_t, double, std::string>;

struct TableColumn {
  std::string name;
  int decimals = 2;  // digits after the point in text/Markdown; CSV/JSON keep full precision
};

struct Table {
  std::string title;
  std::vector<TableColumn> columns;
  std::vector<std::vector<Cell>> rows;
  std::map<std::string, std::string> meta;  // method, crs, units…: shown in JSON and under text

  void add_column(std::string name, int decimals = 2) {
    columns.push_back({std::move(name), decimals});
  }
};

enum class Format { table, csv, json, markdown };
std::optional<Format> parse_format(std::string_view text);

// A cell as people read it: thousands separators, `decimals` digits after the point (none for
// integers), non-finite numbers and nulls empty. The text table, Markdown and the workbook's
// column widths use it.
std::string cell_text(const Cell& cell, int decimals);

std::string to_text(const Table& table);  // aligned columns, thousands separators, CJK width
std::string to_csv(const Table& table);
std::string to_json(const Table& table);
std::string to_markdown(const Table& table);
std::string render(const Table& table, Format format);

// Several tables as one document: text and Markdown one after another under a heading of
// `meta`; JSON as {meta…, "tables": [...]}; CSV one table after another, blank-line separated.
using Heading = std::vector<std::pair<std::string, std::string>>;
std::string render_all(const std::vector<Table>& tables, Format format, const Heading& meta);

}  // namespace landplan::report
