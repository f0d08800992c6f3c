// The names of roles, rule kinds, engines and control checks, in one table each.
#include "landplan/vocabulary.hpp"

#include <array>
#include <utility>

namespace landplan {
namespace {

template <typename T, std::size_t N>
using Names = std::array<std::pair<T, std::string_view>, N>;

constexpr Names<Role, 14> kRoles = {{{Role::parcels, "parcels"},
                                     {Role::reservoir, "reservoir"},
                                     {Role::villages, "villages"},
                                     {Role::relocation_sites, "relocation_sites"},
                                     {Role::greenhouse_zones, "greenhouse_zones"},
                                     {Role::wells, "wells"},
                                     {Role::roads, "roads"},
                                     {Role::basic_farmland, "basic_farmland"},
                                     {Role::ecological_redline, "ecological_redline"},
                                     {Role::development_boundary, "development_boundary"},
                                     {Role::village_boundaries, "village_boundaries"},
                                     {Role::admin_boundary, "admin_boundary"},
                                     {Role::farmland_supplement, "farmland_supplement"},
                                     {Role::other, "other"}}};

constexpr Names<RuleKind, 5> kRuleKinds = {{{RuleKind::forbid_overlap, "forbid_overlap"},
                                            {RuleKind::min_distance, "min_distance"},
                                            {RuleKind::within, "within"},
                                            {RuleKind::min_area, "min_area"},
                                            {RuleKind::max_area, "max_area"}}};

constexpr Names<Engine, 2> kEngines = {{{Engine::local, "local"}, {Engine::postgis, "postgis"}}};

constexpr Names<ControlCheck, 4> kControlChecks = {
    {{ControlCheck::construction_on_basic_farmland, "construction_on_basic_farmland"},
     {ControlCheck::construction_on_ecological_redline, "construction_on_ecological_redline"},
     {ControlCheck::construction_outside_development_boundary,
      "construction_outside_development_boundary"},
     {ControlCheck::greenhouses_on_basic_farmland, "greenhouses_on_basic_farmland"}}};

template <typename T, std::size_t N>
std::string_view name_in(const Names<T, N>& names, T value) {
  for (const auto& [v, name] : names)
    if (v == value) return name;
  return {};
}

template <typename T, std::size_t N>
std::optional<T> parse_in(const Names<T, N>& names, std::string_view text) {
  for (const auto& [v, name] : names)
    if (name == text) return v;
  return std::nullopt;
}

template <typename T, std::size_t N>
std::string list_of(const Names<T, N>& names) {
  std::string list;
  for (const auto& [v, name] : names) {
    if (!list.empty()) list += name == names.back().second ? " or " : ", ";
    list += name;
  }
  return list;
}

}  // namespace

std::string_view name_of(Role role) { return name_in(kRoles, role); }
std::string_view name_of(RuleKind kind) { return name_in(kRuleKinds, kind); }
std::string_view name_of(Engine engine) { return name_in(kEngines, engine); }
std::string_view name_of(ControlCheck check) { return name_in(kControlChecks, check); }

std::optional<Role> parse_role(std::string_view text) { return parse_in(kRoles, text); }
std::optional<RuleKind> parse_rule_kind(std::string_view text) { return parse_in(kRuleKinds, text); }
std::optional<Engine> parse_engine(std::string_view text) { return parse_in(kEngines, text); }
std::optional<ControlCheck> parse_control_check(std::string_view text) {
  return parse_in(kControlChecks, text);
}

std::string role_names() { return list_of(kRoles); }
std::string rule_kind_names() { return list_of(kRuleKinds); }
std::string engine_names() { return list_of(kEngines); }
std::string control_check_names() { return list_of(kControlChecks); }

std::vector<ControlCheck> control_checks() {
  std::vector<ControlCheck> checks;
  for (const auto& [check, name] : kControlChecks) checks.push_back(check);
  return checks;
}

std::vector<std::string> engine_choices() {
  std::vector<std::string> choices;
  for (const auto& [engine, name] : kEngines) choices.emplace_back(name);
  return choices;
}

int layers_of(RuleKind kind) {
  return kind == RuleKind::min_area || kind == RuleKind::max_area ? 1 : 2;
}

}  // namespace landplan
