// The small worlds the planning tests reason about: project layer specs, a three-parcel
// township beside a reservoir and a square site over control lines and 三调 parcels, in
// EPSG:4549 around (409000, 4696000).
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

// The square-site world (areas by hand, in m²): relocation site 甲点 (0,0)–(100,100), 10,000;
// basic_farmland, two polygons that overlap, (−20,−20)–(40,60) and (30,0)–(60,50): 2,400 + 1,500
// − 500 = 3,400 of the site; ecological_redline (80,80)–(150,150): 400; development_boundary
// (−100,−100)–(70,200): 7,000 inside, 3,000 outside; parcels (DLBM, KCXS, GDPDJB, ZLDWMC) of
// which the site holds 0103 0.1 2 甲: 5,000 (4,500 耕地 + 500 田坎), 0102 0 1 乙: 2,000, 0101 0.15
// 3 乙: 2,000 (1,700 + 300), 0702 农村宅基地 乙: 1,000. Site 乙点 (200,0)–(210,10), 100, lies on
// nothing but half of a parcel of code 9999 (not in the table), village 丙: 50.
std::vector<Layer> square_site_layers();

// A project listing each layer under its name, with the role its name says.
Project project_of(const std::vector<Layer>& layers);

}  // namespace landplan::test
