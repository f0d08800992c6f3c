// What a sketched polygon is meant to be: a new feature of one of the project's polygon layers
// (a relocation site, a greenhouse zone…), with that layer's fields. The live answers measure it
// as such, and saving writes it so. Window-free.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "viewer/map_model.hpp"

namespace landplan::viewer {

struct SketchAttributes {
  std::string target;  // the project layer's key
  std::string name;
  std::string village;                     // the village it serves (relocation sites)
  std::optional<std::int64_t> households;  // households assigned to it (relocation sites)
  std::optional<std::size_t> copied_from;  // the target layer's feature it started as
};

// The project's polygon layers a site can be drawn for: relocation sites and greenhouse zones
// (what a township plans), then 补划 farmland and layers of no planning role (a project's own
// zones). The data it is planned on (parcels, control lines, villages, the reservoir) is not.
std::vector<std::string> sketch_targets(const MapModel& map);

// The names of the villages a relocation site can serve (role villages, field name), in order.
std::vector<std::string> village_names(const MapModel& map);

// The sketch as a one-feature layer of the target: its name, role, CRS and columns (names and
// types); the copied feature's values if any, then name, village and households in the fields
// the project maps them to (those the layer has). `ring`: the outline in the working CRS, not
// closed. Fid 0: the layer's own features keep theirs.
Layer sketch_layer(const MapModel& map, const std::vector<Point2>& ring,
                   const SketchAttributes& attributes);

}  // namespace landplan::viewer
