// What the identify panel shows for a clicked feature: its attributes and its measures.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "viewer/map_model.hpp"
#include "viewer/picking.hpp"

namespace landplan::viewer {

struct Identified {
  std::string layer_title;
  std::int64_t fid = 0;
  std::vector<std::pair<std::string, std::string>> attributes;  // field, value ("" = null)
  std::optional<double> area_m2;                                // polygons: ellipsoidal
  std::optional<double> length_m;                               // lines: ellipsoidal
  std::string method;  // how the measure was taken, for the label
};

Identified identify(const MapModel& map, const Hit& hit);

}  // namespace landplan::viewer
