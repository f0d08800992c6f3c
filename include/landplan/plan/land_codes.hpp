// The 三调 land-use code table (data/codes/sandiao_dlbm.csv, built into the program): each code's
// name, first-level class and 三大类, looked up by code or by name.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace landplan::plan {

// The three categories of 《土地管理法》.
enum class LandCategory { agricultural, construction, unused };  // 农用地, 建设用地, 未利用地

// "农用地", "建设用地", "未利用地".
std::string_view category_name(LandCategory category);

struct LandCode {
  std::string code;                      // as DLBM writes it: "0102", "0201K", "05H1", "09"
  std::string name;                      // as DLMC writes it: "水浇地"
  std::vector<std::string> also;         // other names of the same class ("公共设施用地")
  std::string level1;                    // the first-level class it counts under: "01"; 0303 → "00"
  std::optional<LandCategory> category;  // none for a first-level class that spans several
  std::string colour;                    // "#rrggbb" for a first-level class, else ""

  bool is_level1() const { return code == level1; }
  bool is_farmland() const { return level1 == "01"; }  // 耕地
  bool named(std::string_view text) const;             // name or one of `also`
};

class LandCodes {
 public:
  // The table shipped with landplan.
  static const LandCodes& sandiao();
  // A table from CSV text with the shipped file's columns (for tests); throws std::runtime_error
  // naming the line of a malformed row.
  static LandCodes parse(std::string_view csv);

  // The row of a code, whatever its case and surrounding blanks ("0201k " → 0201K); nullptr when
  // the table lacks it.
  const LandCode* by_code(std::string_view code) const;
  // The row whose name (or other name) is `name`, blanks aside; nullptr when none.
  const LandCode* by_name(std::string_view name) const;
  // A code, else a name: what a land-use field holding either means.
  const LandCode* find(std::string_view code_or_name) const;
  // The first-level class a row counts under.
  const LandCode& level1_of(const LandCode& code) const;

  // Every row in table order; and the first-level classes alone (00, 01 … 12).
  const std::vector<LandCode>& rows() const { return rows_; }
  std::vector<const LandCode*> level1_classes() const;

 private:
  std::vector<LandCode> rows_;
  // Row indices by code and by every name: a county's million parcels look one up each.
  std::unordered_map<std::string, std::size_t> by_code_, by_name_;
};

}  // namespace landplan::plan
