// Printing a Table for people (aligned text, Markdown) and machines (CSV, JSON).
#include "landplan/report/table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "landplan/text.hpp"

namespace landplan::report {

std::optional<Format> parse_format(std::string_view text) {
  if (text == "table") return Format::table;
  if (text == "csv") return Format::csv;
  if (text == "json") return Format::json;
  if (text == "md" || text == "markdown") return Format::markdown;
  return std::nullopt;
}

namespace {

std::string with_thousands(double value, int decimals) {
  std::string digits = fmt::format("{:.{}f}", std::abs(value), decimals);
  std::size_t integer_end = std::min(digits.find('.'), digits.size());
  std::string out;
  for (std::size_t i = 0; i < integer_end; ++i) {
    if (i > 0 && (integer_end - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  out += digits.substr(integer_end);
  bool shows_nonzero = digits.find_first_of("123456789") != std::string::npos;
  return value < 0 && shows_nonzero ? "-" + out : out;
}

bool is_number(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<double>(cell);
}

void append_csv_text(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) {
    out.append(text);
    return;
  }
  out.push_back('"');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

// Appends the cell without building a string per cell: a million-row CSV stays fast.
void append_csv_cell(std::string& out, const Cell& cell) {
  char buffer[32];
  if (const auto* i = std::get_if<std::int64_t>(&cell)) {
    out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, *i).ptr);
  } else if (const auto* d = std::get_if<double>(&cell)) {
    if (std::isfinite(*d)) out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, *d).ptr);
  } else if (const auto* text = std::get_if<std::string>(&cell)) {
    append_csv_text(out, *text);
  }
}

std::string pad(const std::string& text, std::size_t width, bool right) {
  std::size_t w = display_width(text);
  std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + text : text + fill;
}

}  // namespace

std::string cell_text(const Cell& cell, int decimals) {
  if (std::holds_alternative<std::int64_t>(cell))
    return with_thousands(static_cast<double>(std::get<std::int64_t>(cell)), 0);
  if (std::holds_alternative<double>(cell)) {
    double v = std::get<double>(cell);
    return std::isfinite(v) ? with_thousands(v, decimals) : "";
  }
  if (std::holds_alternative<std::string>(cell)) return std::get<std::string>(cell);
  return "";
}

std::string to_text(const Table& table) {
  std::size_t n = table.columns.size();
  std::vector<std::vector<std::string>> cells;
  std::vector<std::size_t> widths(n);
  std::vector<bool> numeric(n, false);
  for (std::size_t c = 0; c < n; ++c) widths[c] = display_width(table.columns[c].name);
  for (const auto& row : table.rows) {
    std::vector<std::string> texts;
    for (std::size_t c = 0; c < n; ++c) {
      const Cell& cell = c < row.size() ? row[c] : Cell{};
      texts.push_back(cell_text(cell, table.columns[c].decimals));
      if (is_number(cell)) numeric[c] = true;
      widths[c] = std::max(widths[c], display_width(texts.back()));
    }
    cells.push_back(std::move(texts));
  }
  std::string out;
  if (!table.title.empty()) out += table.title + "\n";
  auto line = [&](const std::vector<std::string>& texts) {
    std::string text;
    for (std::size_t c = 0; c < n; ++c) text += (c ? "  " : "") + pad(texts[c], widths[c], numeric[c]);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  };
  std::vector<std::string> header, rule;
  for (std::size_t c = 0; c < n; ++c) {
    header.push_back(table.columns[c].name);
    rule.push_back(std::string(widths[c], '-'));
  }
  line(header);
  line(rule);
  for (const auto& texts : cells) line(texts);
  for (const auto& [key, value] : table.meta) out += key + ": " + value + "\n";
  return out;
}

std::string to_csv(const Table& table) {
  std::string out;
  out.reserve(table.rows.size() * table.columns.size() * 16);
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c) out.push_back(',');
    append_csv_text(out, table.columns[c].name);
  }
  out.push_back('\n');
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (c) out.push_back(',');
      if (c < row.size()) append_csv_cell(out, row[c]);
    }
    out.push_back('\n');
  }
  return out;
}

std::string to_json(const Table& table) {
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const auto& row : table.rows) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const Cell& cell = c < row.size() ? row[c] : Cell{};
      auto& slot = object[table.columns[c].name];
      if (std::holds_alternative<std::int64_t>(cell)) slot = std::get<std::int64_t>(cell);
      else if (std::holds_alternative<double>(cell) && std::isfinite(std::get<double>(cell)))
        slot = std::get<double>(cell);
      else if (std::holds_alternative<std::string>(cell)) slot = std::get<std::string>(cell);
      else slot = nullptr;
    }
    rows.push_back(std::move(object));
  }
  nlohmann::ordered_json document = nlohmann::ordered_json::object();
  if (!table.title.empty()) document["title"] = table.title;
  for (const auto& [key, value] : table.meta) document[key] = value;
  document["rows"] = std::move(rows);
  return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string to_markdown(const Table& table) {
  std::string out;
  if (!table.title.empty()) out += "### " + table.title + "\n\n";
  std::string header = "|", rule = "|";
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    header.append(" ").append(table.columns[c].name).append(" |");
    bool numeric = std::any_of(table.rows.begin(), table.rows.end(), [&](const auto& row) {
      return c < row.size() && is_number(row[c]);
    });
    rule += numeric ? " ---: |" : " --- |";  // numbers right-aligned, as in the text table
  }
  out += header + "\n" + rule + "\n";
  for (const auto& row : table.rows) {
    std::string line = "|";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const Cell& cell = c < row.size() ? row[c] : Cell{};
      line.append(" ").append(cell_text(cell, table.columns[c].decimals)).append(" |");
    }
    out += line + "\n";
  }
  if (!table.meta.empty()) out += "\n";
  for (const auto& [key, value] : table.meta) out += "*" + key + "*: " + value + "  \n";
  return out;
}

std::string render(const Table& table, Format format) {
  switch (format) {
    case Format::csv: return to_csv(table);
    case Format::json: return to_json(table);
    case Format::markdown: return to_markdown(table);
    case Format::table: break;
  }
  return to_text(table);
}

std::string render_all(const std::vector<Table>& tables, Format format, const Heading& meta) {
  if (format == Format::json) {
    nlohmann::ordered_json document = nlohmann::ordered_json::object();
    for (const auto& [key, value] : meta) document[key] = value;
    document["tables"] = nlohmann::ordered_json::array();
    for (const Table& table : tables) document["tables"].push_back(nlohmann::ordered_json::parse(to_json(table)));
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  std::string out;
  for (const auto& [key, value] : meta) {
    std::string line = value.empty() ? key : key + ": " + value;
    out += format == Format::markdown ? "*" + line + "*  \n" : line + "\n";
  }
  for (const Table& table : tables) {
    if (!out.empty()) out += "\n";
    out += render(table, format);
  }
  return out;
}

}  // namespace landplan::report
