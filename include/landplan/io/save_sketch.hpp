// Saving a site sketched in the window into the project: appended to its target layer's
// GeoPackage, or to a copy of the layer in sketches.gpkg beside project.toml — all or nothing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/project.hpp"

namespace landplan::io {

// Where a sketched site will be saved, decided before anything is written, so the window can
// ask the user to confirm in words.
struct SketchSavePlan {
  std::string key;                // the project layer it joins ([layers.<key>])
  std::filesystem::path dataset;  // the GeoPackage written (existing or new)
  std::string layer;              // its layer
  bool modifies_input = false;    // the dataset is an existing input of the project: ask first
  bool repoints_project = false;  // project.toml's [layers.<key>] will point at dataset/layer
  // One line for the confirmation, in Chinese, e.g. "向 sanzuodian.gpkg 的图层 relocation_sites
  // 添加 1 个要素".
  std::string summary;
};

// The file beside project.toml that takes sketches of layers that are not GeoPackage layers.
inline constexpr const char* kSketchesFile = "sketches.gpkg";

// The target layer's source decides:
//  - a GeoPackage (.gpkg, any case): the sketch is appended to that very layer of that file
//    (modifies_input);
//  - anything else (shapefile, GeoJSON, PostGIS…): sketches.gpkg beside project.toml gets a
//    layer named after the key holding a copy of the target layer's features plus the sketch,
//    and project.toml's [layers.<key>] source/layer are changed to point at it
//    (repoints_project), so report and check see the site. If sketches.gpkg already has that
//    layer (a save whose project.toml edit was lost), the sketch is appended to it.
// Opens the target (read only) to name its layer and to refuse one that cannot hold polygons.
// Throws InputError for a key (or role) the project has not.
SketchSavePlan plan_sketch_save(const Project& project, const std::string& key);

// Writes `features` (polygons in features.crs — the working CRS — whose columns are named as the
// target layer's fields, as the source names them; absent fields are null; fids ignored: the
// dataset assigns new ones) as the plan says, reprojected to the target layer's CRS.
// All or nothing: the GeoPackage is copied into a staging folder on the same filesystem (as
// exports are staged, write_text.hpp), the features are appended to the copy in one transaction,
// and the copy is synced and renamed over the original; project.toml (if repointed) likewise,
// only after the dataset is in place. A process killed at any moment leaves the original
// byte-identical or fully updated; the staging a killed save left is removed by the next one.
// Returns the fids the features got. Throws InputError naming the file and what to do when the
// folder or file is not writable, another program has the GeoPackage open for writing (a -wal
// or -journal beside it), the layer lacks a column of `features` or a value does not fit it.
std::vector<std::int64_t> save_sketch(const Project& project, const SketchSavePlan& plan,
                                      const Layer& features);

}  // namespace landplan::io
