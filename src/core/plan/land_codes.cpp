// The 三调 code table: parsed once from the CSV built into the program.
#include "landplan/plan/land_codes.hpp"

#include <stdexcept>

#include "landplan/text.hpp"

namespace landplan::plan {
namespace detail {
extern const std::string_view kSandiaoCodesCsv;
}  // namespace detail
namespace {

std::vector<std::string> split(std::string_view line, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == separator) {
      parts.push_back(trimmed(line.substr(start, i - start)));
      start = i + 1;
    }
  }
  return parts;
}

std::optional<LandCategory> parse_category(std::string_view text, std::size_t line) {
  if (text.empty()) return std::nullopt;
  for (LandCategory c : {LandCategory::agricultural, LandCategory::construction, LandCategory::unused})
    if (category_name(c) == text) return c;
  throw std::runtime_error("land code table line " + std::to_string(line) + ": category '" +
                           std::string(text) + "' is not 农用地, 建设用地 or 未利用地");
}

}  // namespace

std::string_view category_name(LandCategory category) {
  switch (category) {
    case LandCategory::agricultural: return "农用地";
    case LandCategory::construction: return "建设用地";
    case LandCategory::unused: return "未利用地";
  }
  return {};
}

bool LandCode::named(std::string_view text) const {
  std::string wanted = trimmed(text);
  if (wanted == name) return true;
  for (const std::string& other : also)
    if (wanted == other) return true;
  return false;
}

LandCodes LandCodes::parse(std::string_view csv) {
  LandCodes table;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < csv.size()) {
    std::size_t end = csv.find('\n', start);
    if (end == std::string_view::npos) end = csv.size();
    std::string_view line = csv.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line_number == 1 || trimmed(line).empty()) continue;  // the header
    std::vector<std::string> cells = split(line, ',');
    if (cells.size() != 6 || cells[0].empty() || cells[1].empty() || cells[2].size() != 2) {
      throw std::runtime_error("land code table line " + std::to_string(line_number) +
                               ": needs code,name,level1,category,also,colour");
    }
    LandCode code;
    code.code = upper_ascii(cells[0]);
    code.name = cells[1];
    code.level1 = cells[2];
    code.category = parse_category(cells[3], line_number);
    if (!cells[4].empty()) code.also = split(cells[4], '|');
    code.colour = cells[5];
    table.rows_.push_back(std::move(code));
  }
  for (std::size_t i = 0; i < table.rows_.size(); ++i) {
    const LandCode& code = table.rows_[i];
    if (!table.by_code_.emplace(code.code, i).second) {
      throw std::runtime_error("land code table: " + code.code + " is listed twice");
    }
    table.by_name_.emplace(code.name, i);
    for (const std::string& other : code.also) table.by_name_.emplace(other, i);
  }
  for (const LandCode& code : table.rows_) {
    if (!table.by_code(code.level1)) {
      throw std::runtime_error("land code table: " + code.code + " counts under " + code.level1 +
                               ", which has no row of its own");
    }
  }
  return table;
}

const LandCodes& LandCodes::sandiao() {
  static const LandCodes table = parse(detail::kSandiaoCodesCsv);
  return table;
}

const LandCode* LandCodes::by_code(std::string_view code) const {
  auto found = by_code_.find(upper_ascii(trimmed(code)));
  return found == by_code_.end() ? nullptr : &rows_[found->second];
}

const LandCode* LandCodes::by_name(std::string_view name) const {
  auto found = by_name_.find(trimmed(name));
  return found == by_name_.end() ? nullptr : &rows_[found->second];
}

const LandCode* LandCodes::find(std::string_view code_or_name) const {
  if (const LandCode* row = by_code(code_or_name)) return row;
  return by_name(code_or_name);
}

const LandCode& LandCodes::level1_of(const LandCode& code) const { return *by_code(code.level1); }

std::vector<const LandCode*> LandCodes::level1_classes() const {
  std::vector<const LandCode*> classes;
  for (const LandCode& row : rows_)
    if (row.is_level1()) classes.push_back(&row);
  return classes;
}

}  // namespace landplan::plan
