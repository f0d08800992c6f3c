// The plan's results on the map: what plan::run_plan found (the reservoir zone, displaced
// parcels, relocation conflicts, service areas, uncovered farmland, every broken rule), drawn
// hatched from the same PlanResults that `report` tabulates and `export --results` writes.
#pragma once

#include "landplan/plan/results.hpp"
#include "viewer/map_model.hpp"

namespace landplan::viewer {

// The map's layers of its project, in the project's order: what plan::PlanInputs borrows.
std::vector<const Layer*> project_layers(const MapModel& map);

// Runs the plan on the map's project: on its layers when the map holds them all, else
// (a map of some layers) on the project read again in the map's CRS. Warnings go to the map's.
plan::PlanResults plan_of(MapModel& map);

// Adds each result layer on top, titled and coloured by what it shows. What asks for action is
// visible at first: broken rules, sites in the reservoir zone, farmland no well reaches. The
// analyses' context (the zone, displaced land, service circles, coverage) would hatch over most
// of the township, so it starts hidden and the layer list turns it on.
void add_plan_results(MapModel& map, const plan::PlanResults& results);

}  // namespace landplan::viewer
