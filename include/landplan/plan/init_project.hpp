// `landplan init`: a first project.toml for a folder of data as the county hands it over — each
// layer it recognises with its role, the fields it reads and a style.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan::plan {

struct FolderLayer {
  std::string source;        // the dataset, as named inside the folder ("sanzuodian.gpkg")
  std::string layer;         // its layer
  std::optional<Role> role;  // none: not placed
  std::string why;           // what told the role, or why it has none
  std::vector<std::pair<std::string, std::string>> fields;  // meaning → field
};

struct ProjectDraft {
  std::string name;  // the township's XZQMC when the admin boundary names one, else the folder's
  std::string crs;   // the projected CRS every placed layer is in ("EPSG:4549"), else "" (auto)
  std::vector<FolderLayer> layers;  // every layer looked at, in folder order
  // The parcels' land-use field for style.by (DLMC, DLBM or a mapped field), "" when none; and
  // the colour of each of its values: the value's first-level class colour, in code-table order.
  std::string landuse_field;
  std::vector<std::pair<std::string, std::string>> landuse_colours;
};

// Looks at every vector dataset in `dir` (not in its subfolders) and every layer of each,
// reading their fields but not their geometry. The first layer of each role is placed; a later
// one of the same role, and a layer that cannot be read, is listed with why it was not.
ProjectDraft draft_project(const std::filesystem::path& dir, Warnings& warnings);

// The project.toml of a draft: [project], then [layers.<role>] for each placed layer in the
// order of the roles, then [styles.landuse]. Control-line checks are left at their defaults;
// [planning], [targets] and [[rules]] are the planner's to add.
std::string project_toml(const ProjectDraft& draft);

}  // namespace landplan::plan
