// Planning results on the map: the overlaps that the project's forbid_overlap rules forbid
// (a greenhouse zone inside the reservoir), computed by ops::overlap and drawn hatched.
#pragma once

#include <cstddef>

#include "viewer/map_model.hpp"

namespace landplan::viewer {

// Adds one hatched layer per forbid_overlap rule that has overlaps, titled by the rule's name.
// Returns how many layers were added. Rules naming layers that are not loaded are skipped.
std::size_t add_rule_conflicts(MapModel& map);

}  // namespace landplan::viewer
