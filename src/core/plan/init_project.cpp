// Drafting a project.toml from a folder's layers: what each is, its fields, its style.
#include "landplan/plan/init_project.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "landplan/io/read.hpp"
#include "landplan/plan/land_codes.hpp"
#include "landplan/plan/land_schema.hpp"
#include "landplan/plan/recognise.hpp"
#include "landplan/text.hpp"

namespace landplan::plan {
namespace {

namespace fs = std::filesystem;

std::string toml_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7f) {
      static const char* kHex = "0123456789ABCDEF";
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// The style of each role's layer: the plan's layers filled, the control lines and boundaries
// drawn as outlines over the parcels (so the parcels' land-use colours still show).
std::string style_of(Role role, const std::string& landuse_field) {
  switch (role) {
    case Role::parcels:
      return landuse_field.empty() ? R"({ fill = "#e8d8a0", outline = "#806020" })"
                                   : R"({ fill = "#e8d8a0", outline = "#806020", by = )" +
                                         toml_string(landuse_field) + " }";
    case Role::reservoir:
      return R"({ fill = "#4a90d9", outline = "#1c4f8a", opacity = 0.55 })";
    case Role::villages:
      return R"({ fill = "#e8826a", outline = "#a33a2a", opacity = 0.35 })";
    case Role::relocation_sites:
      return R"({ fill = "#f4a340", outline = "#b35900", opacity = 0.7 })";
    case Role::greenhouse_zones:
      return R"({ fill = "#c9a0dc", outline = "#7a3f9a", opacity = 0.5 })";
    case Role::wells:
      return R"({ fill = "#1565c0", outline = "#ffffff", opacity = 1.0, size = 6 })";
    case Role::roads:
      return R"({ outline = "#5a5a5a", opacity = 1.0, width = 2.0 })";
    case Role::basic_farmland:
      return R"({ outline = "#e0a800", width = 1.5 })";
    case Role::ecological_redline:
      return R"({ outline = "#2e7d32", width = 2.0 })";
    case Role::development_boundary:
      return R"({ outline = "#c2185b", width = 2.0 })";
    case Role::village_boundaries:
      return R"({ outline = "#8d6e63", width = 1.0 })";
    case Role::admin_boundary:
      return R"({ outline = "#212121", width = 2.5 })";
    case Role::farmland_supplement:
      return R"({ fill = "#a5d6a7", outline = "#2e7d32", opacity = 0.6 })";
    case Role::other:
      break;
  }
  return "{}";
}

struct LandUseStyle {
  std::string field;
  std::vector<std::pair<std::string, std::string>> colours;
};

// The land-use field of the parcels and the colour of each value it holds, in code-table order.
LandUseStyle land_use_style(const Layer& parcels, const Recognition& found) {
  LandSchema schema = land_schema(parcels, {found.fields.begin(), found.fields.end()});
  const Column* column = schema.name ? schema.name : schema.code;
  if (!column) return {};
  const LandCodes& codes = LandCodes::sandiao();
  std::map<std::pair<std::size_t, std::string>, std::string> ordered;  // (row, value) → colour
  for (std::size_t f = 0; f < parcels.size(); ++f) {
    std::string value = trimmed(column->to_string(f));
    const LandCode* code = value.empty() ? nullptr : codes.find(value);
    if (!code) continue;  // an unknown value gets a palette colour in the viewer
    auto row = static_cast<std::size_t>(code - codes.rows().data());
    ordered.emplace(std::pair{row, value}, codes.level1_of(*code).colour);
  }
  LandUseStyle style{column->name(), {}};
  for (const auto& [key, colour] : ordered) style.colours.emplace_back(key.second, colour);
  return style;
}

// The township's name when the admin boundary holds exactly one XZQMC.
std::string township_name(const Layer& admin) {
  const Column* name = column_any_case(admin, "XZQMC");
  if (!name) return "";
  std::set<std::string> names;
  for (std::size_t f = 0; f < admin.size(); ++f)
    if (std::string n = trimmed(name->to_string(f)); !n.empty()) names.insert(n);
  return names.size() == 1 ? *names.begin() : "";
}

// The projected CRS all of `crss` are in, else "".
std::string common_crs(const std::vector<Crs>& crss) {
  if (crss.empty() || crss.front().empty() || crss.front().is_geographic()) return "";
  for (const Crs& crs : crss)
    if (crs.empty() || !crs.equivalent_to(crss.front())) return "";
  return crss.front().id();
}

// A layer looked at, with what is needed of it once it gets its role.
struct Candidate {
  FolderLayer entry;  // role not set yet
  Recognition found;
  Crs crs;
  LandUseStyle landuse;  // of a land-use layer
  std::string township;  // of an admin boundary
};

Candidate look_at(const std::string& source, const std::string& name, const std::string& layer_name,
                  Warnings& warnings) {
  Candidate c{{name, layer_name, std::nullopt, "", {}}, {}, {}, {}, ""};
  try {
    io::ReadOptions options;
    options.layer = layer_name;
    options.geometry = false;
    Layer layer = io::read_native(source, options, warnings);
    c.found = recognise(layer);
    c.entry.why = c.found.why;
    c.entry.fields = c.found.fields;
    c.crs = layer.source_crs;
    if (c.found.role == Role::parcels) c.landuse = land_use_style(layer, c.found);
    if (c.found.role == Role::admin_boundary) c.township = township_name(layer);
  } catch (const InputError& e) {
    c.entry.why = e.what();
  }
  return c;
}

}  // namespace

ProjectDraft draft_project(const fs::path& dir, Warnings& warnings) {
  std::vector<Candidate> candidates;
  for (const fs::path& dataset : io::vector_datasets(dir)) {
    std::string name = dataset.filename().string();
    std::vector<io::LayerInfo> infos;
    try {
      infos = io::describe(dataset.string(), {});
    } catch (const InputError& e) {
      candidates.push_back({{name, "", std::nullopt, e.what(), {}}, {}, {}, {}, ""});
      continue;
    }
    for (const io::LayerInfo& info : infos)
      candidates.push_back(look_at(dataset.string(), name, info.name, warnings));
  }
  // The first layer of a role has it, a layer named for the role before one whose fields say so
  // (a DLTB before results beside it that carry DLBM too).
  ProjectDraft draft;
  std::map<Role, std::string> placed;  // role → "source:layer" that has it
  std::vector<Crs> crss;
  for (bool by_name : {true, false}) {
    for (Candidate& c : candidates) {
      if (!c.found.role || c.found.by_name != by_name) continue;
      Role role = *c.found.role;
      if (placed.contains(role)) {
        c.entry.why += ", but " + placed[role] + " has that role already";
        continue;
      }
      c.entry.role = role;
      placed[role] = c.entry.source + ":" + c.entry.layer;
      crss.push_back(c.crs);
      if (role == Role::parcels) {
        draft.landuse_field = c.landuse.field;
        draft.landuse_colours = c.landuse.colours;
      }
      if (role == Role::admin_boundary) draft.name = c.township;
    }
  }
  for (Candidate& c : candidates) draft.layers.push_back(std::move(c.entry));
  if (draft.name.empty()) draft.name = fs::weakly_canonical(fs::absolute(dir)).filename().string();
  draft.crs = common_crs(crss);
  return draft;
}

std::string project_toml(const ProjectDraft& draft) {
  std::string out =
      "# Written by landplan init from the layers of this folder: each layer it recognised, with "
      "its\n# role, the fields it reads and a style. Add [planning], [targets] and [[rules]] for "
      "the plan.\n\n[project]\nname = " +
      toml_string(draft.name) + "\n";
  if (!draft.crs.empty()) out += "crs  = " + toml_string(draft.crs) + "\n";
  std::vector<const FolderLayer*> placed;
  for (const FolderLayer& layer : draft.layers)
    if (layer.role) placed.push_back(&layer);
  std::stable_sort(placed.begin(), placed.end(),
                   [](const FolderLayer* a, const FolderLayer* b) { return *a->role < *b->role; });
  for (const FolderLayer* layer : placed) {
    std::string role(name_of(*layer->role));
    out += "\n[layers." + role + "]\nsource = " + toml_string(layer->source) +
           "\nlayer  = " + toml_string(layer->layer) + "\nrole   = " + toml_string(role) + "\n";
    if (!layer->fields.empty()) {
      std::string fields;
      for (const auto& [meaning, field] : layer->fields)
        fields += (fields.empty() ? "" : ", ") + meaning + " = " + toml_string(field);
      out += "fields = { " + fields + " }\n";
    }
    out += "style  = " + style_of(*layer->role, draft.landuse_field) + "\n";
  }
  if (!draft.landuse_colours.empty()) {
    out +=
        "\n# The colour of each land use's first-level class (三调), for style.by\n"
        "[styles.landuse]\n";
    for (const auto& [value, colour] : draft.landuse_colours)
      out += toml_string(value) + " = " + toml_string(colour) + "\n";
  }
  return out;
}

}  // namespace landplan::plan
