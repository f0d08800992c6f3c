// The small worlds the planning tests reason about: project layer specs and a three-parcel
// township beside a reservoir, in EPSG:4549 around (409000, 4696000).
#pragma once

#include <map>
#include <string>

#include "landplan/plan/inputs.hpp"
#include "support/layer_from_wkt.hpp"

namespace landplan::test {

inline constexpr Origin kPlace = {409000, 4696000};

// A layer of a planning role (the role its name says, if any), written as offsets from kPlace.
Layer plan_layer(const std::string& name, const std::vector<std::string>& wkt,
                 std::vector<ColumnValues> columns = {});

// The project's [layers.<key>] with the role its key names and its field meanings.
LayerSpec spec(const std::string& key, std::map<std::string, std::string> fields = {});

// A 3×1 row of 100 m parcels: 旱地 (village 甲), 农村宅基地 with 12 households (甲), 水浇地
// (乙); the reservoir covers x 150–400, so with a 10 m safety zone it reaches back to x = 140.
plan::PlanInputs small_township(Project& project);

// The rule tests' layers a and b: a has squares at x 0–10 (100 m² = 0.15 mu) and x 100–130
// (900 m² = 1.35 mu); b a square at x 5–20 (overlapping a's first) and one at x 140–150 (10 m
// east of a's second).
std::vector<Layer> squares_a_and_b();

}  // namespace landplan::test
