// project.toml → a typed Project: layers and their roles, styles, planning figures, rules.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan {

struct Style {
  std::string fill;     // "#rrggbb", "" = none
  std::string outline;  // "#rrggbb", "" = none
  std::string by;       // field whose value picks a colour from [styles.<name>]
  double opacity = 1.0;
  double width = 1.0;   // outline or line width, pixels
  double size = 6.0;    // point symbol size, pixels
};

struct LayerSpec {
  std::string key;     // [layers.<key>]
  std::string source;  // absolute path, or a "PG:" connection string
  std::string layer;   // layer within the source; "" = the only one
  Role role = Role::other;
  std::map<std::string, std::string> fields;  // meaning → field name, e.g. village → 村名
  Style style;
  std::string assume_crs;
  std::string source_encoding;
};

struct Rule {
  std::string name;
  RuleKind kind = RuleKind::forbid_overlap;
  std::vector<std::string> layers;
  double value = 0.0;  // metres for min_distance, mu for min/max_area
};

// [map]: what a printed map sheet says about itself (a Chinese 专题图's 图名, 制图单位, 制图日期 and
// 高程基准). All optional; "" = not said, and the sheet leaves that line out.
struct MapSheetInfo {
  std::string title;      // 图名; "" = the project's name
  std::string unit;       // 制图单位, e.g. "三座店镇人民政府"
  std::string date;       // 制图日期, as written ("2026-12", "2026年12月")
  std::string elevation;  // 高程基准, e.g. "1985国家高程基准"; only printed when given
};

struct Project {
  std::filesystem::path file;
  std::string name;
  MapSheetInfo map;  // [map]
  std::string crs;  // "" = automatic
  std::vector<LayerSpec> layers;
  std::map<std::string, std::map<std::string, std::string>> category_colours;  // [styles.*]
  std::map<std::string, double> planning;  // [planning] numbers
  std::map<std::string, std::vector<std::string>> planning_lists;  // [planning] string lists
  std::map<std::string, double> targets;
  std::vector<Rule> rules;
  std::set<ControlCheck> controls_off;  // [controls] checks set to false

  const LayerSpec* find_layer(const std::string& key_or_role) const;
  // Whether a built-in control check runs (all do unless [controls] switches them off).
  bool control_on(ControlCheck check) const { return !controls_off.contains(check); }
};

// Parses and checks project.toml. Throws InputError naming the file and key; unknown keys add a
// warning.
Project load_project(const std::filesystem::path& file, Warnings& warnings);

}  // namespace landplan
