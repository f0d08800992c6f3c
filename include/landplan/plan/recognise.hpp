// Telling what a layer of a county's data is for: by its name (DLTB, YJJBNTBHTB, … and the role
// names), else by its fields (a layer with DLBM is a land-use layer whatever its name), with the
// fields the analyses and the map read from a layer of that role.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan::plan {

struct Recognition {
  std::optional<Role> role;  // none: the layer could not be placed
  std::string why;  // what told the role ("layer name DLTB (三调 地类图斑)"), or why none
  bool by_name = false;  // the name told it: outranks fields when two layers claim a role
  // meaning → field, for project.toml's `fields`: each meaning the role reads that the layer
  // has a field for, except what a 三调 layer's standard fields give by themselves (DLMC for
  // landuse, ZLDWMC for village). In the order name, village, landuse, households,
  // planned_mu, radius.
  std::vector<std::pair<std::string, std::string>> fields;
};

// Recognises `layer` from its name, geometry kind and column names (its features are not
// read). Names match in any letter case; a role's layer must have the role's geometry (points
// for wells, lines for roads, polygons for the rest) or it is not placed.
Recognition recognise(const Layer& layer);

}  // namespace landplan::plan
