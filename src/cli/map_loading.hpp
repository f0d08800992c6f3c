// What `landplan view` and `landplan render` share: the project's map, loaded for a view size.
#pragma once

#include <string>

#include "viewer/map_model.hpp"

namespace landplan::cli {

// The project's layers (all, or the comma-separated `layers`), prepared for a view of
// width × height pixels, with the plan's results (viewer/plan_layers.hpp) as hatched layers on
// top. Prints the warnings (`lenient`: as --lenient). `meshes`: as viewer::LoadOptions (off for
// drawing on the CPU).
viewer::MapModel load_cli_map(const std::string& project, const std::string& layers,
                              unsigned width, unsigned height, bool lenient, bool meshes = true);

}  // namespace landplan::cli
