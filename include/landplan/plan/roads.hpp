// Road kilometres as a work report (工作汇报) states them: per road and per administrative village.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/ops/length.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::plan {

struct RoadLength {
  std::string name;           // the road's `name` field; "fid N" for a road without one
  std::int64_t segments = 0;  // features of that name: a road is often drawn in several pieces
  double length_m = 0.0;
};

struct VillageRoads {
  std::string village;
  std::int64_t roads = 0;  // roads (by name) with some length in the village
  double length_m = 0.0;
  // Each of those roads' length in the village, in the order the roads first appear.
  std::vector<std::pair<std::string, double>> by_road;
};

struct Roads {
  std::vector<RoadLength> roads;       // in the order the roads first appear
  std::vector<VillageRoads> villages;  // in the order of the village layer (or of the roads)
  double total_m = 0.0;
  // What lies inside no village boundary (villages from polygons only), so the rows add up.
  double outside_villages_m = 0.0;
  // Where the villages came from: "村界 (village_boundaries)" (the project key), "道路的村名字段 (村名)",
  // or empty with `villages` empty when the project has neither.
  std::string villages_from;
};

// Needs role roads (a line layer; field `name`). Per village: the length of road inside each
// village's boundary polygon (role village_boundaries, named by its village field: ZLDWMC)
// when the project has one, else the roads' own `village` field when they carry one. The
// `villages` role is not used: it holds the settlements (村庄), and the road inside a built-up
// area is not a village's road kilometres.
Roads road_lengths(const PlanInputs& inputs, ops::LengthMethod method, Warnings& warnings);

}  // namespace landplan::plan
