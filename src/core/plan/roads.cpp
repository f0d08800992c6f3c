// Road lengths per road (by name) and per village (inside its boundary, or by the roads' field).
#include "landplan/plan/roads.hpp"

#include <map>

namespace landplan::plan {
namespace {

// Below this the roads' length outside every village is the rounding of cutting them along the
// boundaries, not road: a centimetre.
constexpr double kOutsideNoise_m = 0.01;

std::string name_or_fid(const std::string& name, const Layer& layer, std::size_t f) {
  return name.empty() ? "fid " + std::to_string(layer.fid(f)) : name;
}

// Villages in the order they are first named, each with its road length and the roads in it.
class VillageTally {
 public:
  explicit VillageTally(const std::vector<RoadLength>& roads) {
    for (const RoadLength& road : roads) {
      road_order_[road.name] = road_names_.size();
      road_names_.push_back(road.name);
    }
  }
  std::size_t row(const std::string& village) {
    auto [at, added] = index_.try_emplace(village, rows_.size());
    if (added) {
      rows_.emplace_back().village = village;
      by_road_.emplace_back();
    }
    return at->second;
  }
  void add(std::size_t row, const std::string& road, double length_m) {
    rows_[row].length_m += length_m;
    by_road_[row][road_order_.at(road)] += length_m;
  }
  double total_m() const {
    double total = 0.0;
    for (const VillageRoads& row : rows_) total += row.length_m;
    return total;
  }
  std::vector<VillageRoads> rows() {
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      for (const auto& [order, length_m] : by_road_[r])
        rows_[r].by_road.emplace_back(road_names_[order], length_m);
      rows_[r].roads = static_cast<std::int64_t>(rows_[r].by_road.size());
    }
    return std::move(rows_);
  }

 private:
  std::vector<std::string> road_names_;            // as in Roads::roads
  std::map<std::string, std::size_t> road_order_;  // road name → its place there
  std::map<std::string, std::size_t> index_;
  std::vector<VillageRoads> rows_;
  std::vector<std::map<std::size_t, double>> by_road_;  // per row: road's place → metres
};

// The villages as the boundary polygons give them: the road inside each, every village listed
// (a village without road is an answer too), in the layer's order.
void villages_from_boundaries(const PlanInputs& inputs, const Layer& roads, const Layer& boundaries,
                              const std::vector<std::string>& road_names, ops::LengthMethod method,
                              Warnings& warnings, Roads& result) {
  const Column* village = inputs.field(boundaries, "village");
  if (!village) village = inputs.field(boundaries, "name");
  VillageTally tally(result.roads);
  std::vector<std::size_t> row_of_zone(boundaries.size());
  for (std::size_t z = 0; z < boundaries.size(); ++z) {
    row_of_zone[z] = tally.row(name_or_fid(village ? village->to_string(z) : "", boundaries, z));
  }
  for (const ops::LengthInZone& piece : ops::lengths_in_zones(roads, boundaries, method, warnings))
    tally.add(row_of_zone[piece.zone], road_names[piece.line], piece.length_m);
  double outside = result.total_m - tally.total_m();
  result.outside_villages_m = outside > kOutsideNoise_m ? outside : 0.0;
  result.villages = tally.rows();
  // By the project's key, not the source's layer name: the report is the same whether the
  // boundaries come from a file (CJDCQ) or a PostGIS table.
  result.villages_from = "村界 (" + boundaries.name + ")";
}

}  // namespace

Roads road_lengths(const PlanInputs& inputs, ops::LengthMethod method, Warnings& warnings) {
  const Layer& roads = inputs.require(Role::roads, "the road lengths");
  Roads result;
  auto lengths = ops::feature_lengths(roads, method, warnings);
  std::vector<std::string> names(roads.size());
  std::map<std::string, std::size_t> road_index;
  for (std::size_t f = 0; f < roads.size(); ++f) {
    names[f] = name_or_fid(inputs.text(roads, "name", f), roads, f);
    auto [at, added] = road_index.try_emplace(names[f], result.roads.size());
    if (added) result.roads.emplace_back().name = names[f];
    RoadLength& road = result.roads[at->second];
    ++road.segments;
    road.length_m += lengths[f].value_or(0.0);
    result.total_m += lengths[f].value_or(0.0);
  }
  if (const Layer* boundaries = inputs.find(Role::village_boundaries)) {
    villages_from_boundaries(inputs, roads, *boundaries, names, method, warnings, result);
  } else if (const Column* village = inputs.field(roads, "village")) {
    VillageTally tally(result.roads);
    for (std::size_t f = 0; f < roads.size(); ++f)
      tally.add(tally.row(village->to_string(f)), names[f], lengths[f].value_or(0.0));
    result.villages = tally.rows();
    result.villages_from = "道路的村名字段 (" + village->name() + ")";
  }
  return result;
}

}  // namespace landplan::plan
