// The engines make_engine chooses from, each in its own file (local_engine.cpp,
// postgis_engine.cpp).
#pragma once

#include <memory>

#include "landplan/ops/engine.hpp"

namespace landplan::ops {

// Here, with GEOS and PROJ: the functions of area.hpp, overlay.hpp and coverage.hpp.
std::unique_ptr<Engine> local_engine();

// In the PostGIS database that holds the layers, by SQL (postgis_engine.cpp says how).
std::unique_ptr<Engine> postgis_engine();

}  // namespace landplan::ops
