// Reading project.toml into a typed Project, with errors that name the file and the key.
#include "landplan/project.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <set>

#include "landplan/io/postgis.hpp"

#include "landplan/crs.hpp"
#include "landplan/gcj02.hpp"
#include "landplan/numbers.hpp"

namespace landplan {
namespace {

// The [planning] and [targets] figures the analyses read, and what each may be. A 0 safety
// distance means the water's edge itself; a 0 target means no target (none is shown).
const std::map<std::string, NumberRange> kSettings = {
    {"planning.reservoir_safety_m", {Allowed::non_negative, "metres"}},
    {"planning.household_area_m2", {Allowed::positive, "m² per household"}},
    {"planning.default_well_radius_m", {Allowed::positive, "metres"}},
    {"targets.greenhouse_mu", {Allowed::non_negative, "mu"}},
    {"targets.irrigation_mu", {Allowed::non_negative, "mu"}},
};

// The [planning] lists of land-use classes the analyses read.
const std::set<std::string> kPlanningLists = {"farmland_classes", "residential_class"};

// The keys of [table] the analyses read: a misspelt one would silently leave its default.
std::set<std::string> known_keys(const std::string& table) {
  std::set<std::string> keys = table == "planning" ? kPlanningLists : std::set<std::string>{};
  for (const auto& [key, range] : kSettings)
    if (key.starts_with(table + ".")) keys.insert(key.substr(table.size() + 1));
  return keys;
}

// The limit each kind of rule takes; kinds not listed take none.
const std::map<RuleKind, NumberRange> kRuleLimits = {
    {RuleKind::min_distance, {Allowed::positive, "metres"}},
    {RuleKind::min_area, {Allowed::positive, "mu"}},
    {RuleKind::max_area, {Allowed::positive, "mu"}},
};

class Reader {
 public:
  Reader(std::filesystem::path file, Warnings& warnings)
      : file_(std::move(file)), warnings_(warnings) {}

  [[noreturn]] void fail(const std::string& key, const std::string& problem,
                         const std::string& remedy) const {
    throw InputError(place(file_.string(), key), problem, remedy);
  }

  void warn(const std::string& key, const std::string& what) const {
    warnings_.push_back(place(file_.string(), key) + ": " + what);
  }

  void warn_unknown(const toml::table& table, const std::string& prefix,
                    const std::set<std::string>& known) const {
    for (const auto& [key, value] : table) {
      std::string name(key.str());
      if (!known.contains(name)) warn(prefix + name, "unknown key — ignored");
    }
  }

  std::string text(const toml::node_view<const toml::node>& node, const std::string& key,
                   bool required) const {
    if (!node) {
      if (required) fail(key, "is missing", "add it");
      return "";
    }
    if (auto value = node.value<std::string>()) return *value;
    fail(key, "must be a string", "put the value in quotes");
  }

  // A CRS goes through the one CRS parser as soon as it is read: a typo (or "") fails here,
  // naming the key, instead of when some command first needs it.
  std::string crs(const toml::node_view<const toml::node>& node, const std::string& key) const {
    std::string value = text(node, key, false);
    if (node) Crs::from_user_input(value, place(file_.string(), key));
    return value;
  }

  double number(const toml::node& node, const std::string& key) const {
    if (auto value = node.value<double>()) return *value;
    fail(key, "must be a number", "write a number such as 1500");
  }

  double number(const toml::node& node, const std::string& key, const NumberRange& range) const {
    return checked_number(number(node, key), range, place(file_.string(), key));
  }

  // A [planning] or [targets] number, checked against its range when an analysis reads it.
  double setting(const toml::node& node, const std::string& key) const {
    auto range = kSettings.find(key);
    return range == kSettings.end() ? number(node, key) : number(node, key, range->second);
  }

  const toml::table& table(const toml::node_view<const toml::node>& node,
                           const std::string& key) const {
    if (const toml::table* t = node.as_table()) return *t;
    fail(key, "must be a table", "write it as [" + key + "] or { ... }");
  }

  const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
  Warnings& warnings_;
};

Style read_style(const Reader& reader, const toml::table& style, const std::string& key) {
  reader.warn_unknown(style, key + ".", {"fill", "outline", "by", "opacity", "width", "size"});
  toml::node_view<const toml::node> view(style);
  Style s;
  s.fill = reader.text(view["fill"], key + ".fill", false);
  s.outline = reader.text(view["outline"], key + ".outline", false);
  s.by = reader.text(view["by"], key + ".by", false);
  if (auto n = view["opacity"]; n) s.opacity = reader.number(*n.node(), key + ".opacity");
  if (auto n = view["width"]; n) s.width = reader.number(*n.node(), key + ".width");
  if (auto n = view["size"]; n) s.size = reader.number(*n.node(), key + ".size");
  return s;
}

LayerSpec read_layer(const Reader& reader, const std::string& name, const toml::table& table) {
  std::string key = "layers." + name;
  reader.warn_unknown(table, key + ".",
                      {"source", "layer", "role", "fields", "style", "assume_crs",
                       "source_encoding"});
  toml::node_view<const toml::node> view(table);
  LayerSpec spec;
  spec.key = name;
  std::string source = reader.text(view["source"], key + ".source", true);
  // Refused when read, even for a layer no command of this run reads: the password is in the file.
  io::refuse_password(source, place(reader.file().string(), key + ".source"));
  if (io::is_postgis_source(source) || std::filesystem::path(source).is_absolute()) {
    spec.source = source;
  } else {
    spec.source = (reader.file().parent_path() / source).lexically_normal().string();
  }
  spec.layer = reader.text(view["layer"], key + ".layer", false);
  std::string role = reader.text(view["role"], key + ".role", false);
  if (role.empty()) role = "other";
  std::optional<Role> known = parse_role(role);
  if (!known) reader.fail(key + ".role", "'" + role + "' is not a role", "use " + role_names());
  spec.role = *known;
  if (view["fields"]) {
    for (const auto& [meaning, field] : reader.table(view["fields"], key + ".fields")) {
      std::string field_key = key + ".fields." + std::string(meaning.str());
      spec.fields[std::string(meaning.str())] =
          reader.text(toml::node_view<const toml::node>(field), field_key, true);
    }
  }
  if (view["style"]) spec.style = read_style(reader, reader.table(view["style"], key + ".style"),
                                             key + ".style");
  // GCJ-02 is no CRS but an offset that the readers undo (io::set_assumed_crs).
  std::string assumed = reader.text(view["assume_crs"], key + ".assume_crs", false);
  spec.assume_crs = gcj02::is_gcj02_name(assumed)
                        ? assumed
                        : reader.crs(view["assume_crs"], key + ".assume_crs");
  spec.source_encoding = reader.text(view["source_encoding"], key + ".source_encoding", false);
  return spec;
}

Rule read_rule(const Reader& reader, const toml::table& table, std::size_t index,
               const Project& project) {
  std::string key = "rules[" + std::to_string(index) + "]";
  Rule rule;
  toml::node_view<const toml::node> view(table);
  rule.name = reader.text(view["name"], key + ".name", false);
  bool has_kind = false;
  for (const auto& [name, value] : table) {
    std::string kind(name.str());
    if (kind == "name") continue;
    std::optional<RuleKind> known = parse_rule_kind(kind);
    if (!known) reader.fail(key + "." + kind, "is not a rule", "use " + rule_kind_names());
    if (has_kind) reader.fail(key, "holds two rules", "give each its own [[rules]]");
    rule.kind = *known;
    has_kind = true;
    bool has_limit = false;
    const toml::array* items = value.as_array();
    if (!items) reader.fail(key + "." + kind, "must be a list", "write it as [\"a\", \"b\"]");
    for (const toml::node& item : *items) {
      if (auto text = item.value<std::string>()) {
        if (!project.find_layer(*text)) {
          reader.fail(key + "." + kind, "names '" + *text + "', which is not a project layer",
                      "use a [layers.*] name or a role");
        }
        rule.layers.push_back(*text);
      } else if (auto limit = kRuleLimits.find(rule.kind); limit != kRuleLimits.end()) {
        if (has_limit) reader.fail(key + "." + kind, "has two limits", "keep one number");
        rule.value = reader.number(item, key + "." + kind, limit->second);
        has_limit = true;
      } else {
        reader.fail(key + "." + kind, "takes no number", "list only the layer names");
      }
    }
    if (kRuleLimits.contains(rule.kind) && !has_limit) {
      reader.fail(key + "." + kind, "has no limit",
                  "add it after the layer names, a number " + range_text(kRuleLimits.at(rule.kind)));
    }
    std::size_t wanted = layers_of(rule.kind);
    if (rule.layers.size() != wanted) {
      reader.fail(key + "." + kind, "needs " + std::to_string(wanted) + " layer name(s)",
                  "see the rules in the README");
    }
  }
  if (!has_kind) reader.fail(key, "has no rule", "add e.g. forbid_overlap = [\"a\", \"b\"]");
  if (rule.name.empty()) rule.name = name_of(rule.kind);
  return rule;
}

// [controls]: one boolean per built-in check, true (the default) or false to switch it off.
std::set<ControlCheck> read_controls(const Reader& reader,
                                     const toml::node_view<const toml::node>& node) {
  std::set<ControlCheck> off;
  for (const auto& [name, value] : reader.table(node, "controls")) {
    std::string key = "controls." + std::string(name.str());
    std::optional<ControlCheck> check = parse_control_check(name.str());
    if (!check) {
      reader.warn(key, "unknown key — ignored (the checks are " + control_check_names() + ")");
      continue;
    }
    // Strictly a boolean: toml++ would read 0 or 1 as one too.
    const toml::value<bool>* on = value.as_boolean();
    if (!on) {
      reader.fail(key, "must be true or false",
                  "write " + std::string(name.str()) + " = false to switch the check off");
    }
    if (!on->get()) off.insert(*check);
  }
  return off;
}

}  // namespace

const LayerSpec* Project::find_layer(const std::string& key_or_role) const {
  for (const LayerSpec& spec : layers)
    if (spec.key == key_or_role) return &spec;
  for (const LayerSpec& spec : layers)
    if (name_of(spec.role) == key_or_role) return &spec;
  return nullptr;
}

Project load_project(const std::filesystem::path& file, Warnings& warnings) {
  Reader reader(file, warnings);
  if (!std::filesystem::exists(file)) throw InputError(file.string(), "no such file", "check the path");
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& error) {
    const auto& where = error.source().begin;
    throw InputError(file.string() + ":" + std::to_string(where.line),
                     "is not valid TOML (" + std::string(error.description()) + ")",
                     "fix the line shown");
  }
  reader.warn_unknown(root, "",
                      {"project", "map", "layers", "styles", "planning", "targets", "rules", "controls"});
  Project project;
  project.file = std::filesystem::absolute(file);
  toml::node_view<const toml::node> view(root);
  if (view["project"]) {
    const toml::table& meta = reader.table(view["project"], "project");
    reader.warn_unknown(meta, "project.", {"name", "crs"});
    project.name = reader.text(view["project"]["name"], "project.name", false);
    project.crs = reader.crs(view["project"]["crs"], "project.crs");
  }
  if (view["map"]) {
    reader.warn_unknown(reader.table(view["map"], "map"), "map.",
                        {"title", "unit", "date", "elevation"});
    project.map.title = reader.text(view["map"]["title"], "map.title", false);
    project.map.unit = reader.text(view["map"]["unit"], "map.unit", false);
    project.map.date = reader.text(view["map"]["date"], "map.date", false);
    project.map.elevation = reader.text(view["map"]["elevation"], "map.elevation", false);
  }
  if (!view["layers"]) reader.fail("layers", "is missing", "add a [layers.<name>] table per layer");
  // toml++ keeps keys sorted; layers keep the order of the file (it is the drawing order).
  std::vector<std::pair<std::string, const toml::node*>> in_file_order;
  for (const auto& [name, layer] : reader.table(view["layers"], "layers"))
    in_file_order.emplace_back(std::string(name.str()), &layer);
  std::stable_sort(in_file_order.begin(), in_file_order.end(), [](const auto& a, const auto& b) {
    return a.second->source().begin.line < b.second->source().begin.line;
  });
  for (const auto& [name, layer] : in_file_order) {
    const toml::table* t = layer->as_table();
    if (!t) reader.fail("layers." + name, "must be a table", "write it as [layers." + name + "]");
    project.layers.push_back(read_layer(reader, name, *t));
  }
  if (view["styles"]) {
    for (const auto& [name, colours] : reader.table(view["styles"], "styles")) {
      std::string key = "styles." + std::string(name.str());
      for (const auto& [category, colour] :
           reader.table(toml::node_view<const toml::node>(colours), key)) {
        project.category_colours[std::string(name.str())][std::string(category.str())] =
            reader.text(toml::node_view<const toml::node>(colour),
                        key + "." + std::string(category.str()), true);
      }
    }
  }
  if (view["planning"]) {
    const toml::table& planning = reader.table(view["planning"], "planning");
    reader.warn_unknown(planning, "planning.", known_keys("planning"));
    for (const auto& [name, value] : planning) {
      std::string key = "planning." + std::string(name.str());
      if (const toml::array* list = value.as_array()) {
        for (const toml::node& item : *list) {
          project.planning_lists[std::string(name.str())].push_back(
              reader.text(toml::node_view<const toml::node>(item), key, true));
        }
      } else {
        project.planning[std::string(name.str())] = reader.setting(value, key);
      }
    }
  }
  if (view["targets"]) {
    const toml::table& targets = reader.table(view["targets"], "targets");
    reader.warn_unknown(targets, "targets.", known_keys("targets"));
    for (const auto& [name, value] : targets) {
      project.targets[std::string(name.str())] =
          reader.setting(value, "targets." + std::string(name.str()));
    }
  }
  if (view["controls"]) project.controls_off = read_controls(reader, view["controls"]);
  if (view["rules"]) {
    const toml::array* rules = view["rules"].as_array();
    if (!rules) reader.fail("rules", "must be an array of tables", "write each as [[rules]]");
    for (std::size_t i = 0; i < rules->size(); ++i) {
      const toml::table* t = (*rules)[i].as_table();
      if (!t) reader.fail("rules", "must be an array of tables", "write each as [[rules]]");
      project.rules.push_back(read_rule(reader, *t, i + 1, project));
    }
  }
  return project;
}

}  // namespace landplan
