// The words project.toml and the command line share with the code: layer roles, rule kinds,
// engines and control checks. Each is parsed here once, from its text, and named here for output;
// nowhere else is one compared as a string.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace landplan {

// What a project layer is for: the analyses find their layers by role. The last six are what the
// land system hands over beside the parcels (三调 DLTB): the 三区三线 control lines 永久基本农田
// (YJJBNTBHTB), 生态保护红线 (STBHHX) and 城镇开发边界 (CZKFBJ); the village survey areas (CJDCQ);
// the administrative boundary (XZQ); and farmland added to balance what is occupied (补充耕地).
enum class Role {
  parcels,
  reservoir,
  villages,
  relocation_sites,
  greenhouse_zones,
  wells,
  roads,
  basic_farmland,
  ecological_redline,
  development_boundary,
  village_boundaries,
  admin_boundary,
  farmland_supplement,
  other
};

// A planning rule of [[rules]]: the pair of layers it relates, or the one layer it limits.
enum class RuleKind { forbid_overlap, min_distance, within, min_area, max_area };

// Where an operation runs: here (GEOS, PROJ), or in the PostGIS database that holds the layers.
enum class Engine { local, postgis };

// A built-in check of the 三区三线 control lines, run whenever the project has the layers it
// relates; [controls] in project.toml switches each off by this name. The first two are
// violations (construction — the relocation sites — on 永久基本农田 or 生态保护红线), the other
// two are reported only (construction outside the 城镇开发边界; greenhouse zones on 永久基本农田,
// which need the facility-agriculture procedure).
enum class ControlCheck {
  construction_on_basic_farmland,
  construction_on_ecological_redline,
  construction_outside_development_boundary,
  greenhouses_on_basic_farmland
};

// As project.toml and the command line spell them ("greenhouse_zones", "min_distance", "postgis").
std::string_view name_of(Role role);
std::string_view name_of(RuleKind kind);
std::string_view name_of(Engine engine);
std::string_view name_of(ControlCheck check);

// The value named `text`, else nullopt.
std::optional<Role> parse_role(std::string_view text);
std::optional<RuleKind> parse_rule_kind(std::string_view text);
std::optional<Engine> parse_engine(std::string_view text);
std::optional<ControlCheck> parse_control_check(std::string_view text);

// Every name of the kind ("a, b or c"), for the remedy of an error about an unknown one.
std::string role_names();
std::string rule_kind_names();
std::string engine_names();
std::string control_check_names();

// Every control check, in the order they run and are listed.
std::vector<ControlCheck> control_checks();

// The engines' names in order, for a command line's list of choices.
std::vector<std::string> engine_choices();

// The number of features a rule of this kind relates: 1 for min_area and max_area, else 2.
int layers_of(RuleKind kind);

}  // namespace landplan
