// Road lengths per road and per village, in kilometres (and metres) for the work report.
#include "landplan/report/road_tables.hpp"

namespace landplan::report {
namespace {

std::string method_text(ops::LengthMethod method) {
  return method == ops::LengthMethod::ellipsoidal ? "椭球面长度 (ellipsoidal)"
                                                  : "平面长度 (planar)";
}

void add_length_columns(Table& t) {
  t.add_column("长度(公里)", 3);
  t.add_column("长度(米)", 1);
}

Table per_road(const plan::Roads& roads, ops::LengthMethod method) {
  Table t;
  t.title = "道路里程（按道路）";
  t.add_column("道路");
  t.add_column("段数", 0);
  add_length_columns(t);
  std::int64_t segments = 0;
  for (const plan::RoadLength& road : roads.roads) {
    t.rows.push_back({road.name, road.segments, road.length_m / 1000.0, road.length_m});
    segments += road.segments;
  }
  t.rows.push_back({std::string("合计"), segments, roads.total_m / 1000.0, roads.total_m});
  t.meta["长度算法"] = method_text(method);
  return t;
}

Table per_village(const plan::Roads& roads, ops::LengthMethod method) {
  Table t;
  t.title = "道路里程（按村）";
  t.add_column("村名");
  t.add_column("道路(条)", 0);
  add_length_columns(t);
  for (const plan::VillageRoads& v : roads.villages)
    t.rows.push_back({v.village, v.roads, v.length_m / 1000.0, v.length_m});
  if (roads.outside_villages_m > 0) {
    t.rows.push_back({std::string("村界外"), Cell{}, roads.outside_villages_m / 1000.0,
                      roads.outside_villages_m});
  }
  t.rows.push_back({std::string("合计"), Cell{}, roads.total_m / 1000.0, roads.total_m});
  t.meta["长度算法"] = method_text(method);
  t.meta["分村依据"] = roads.villages_from;
  return t;
}

// The long form under the village table, like 淹没土地按村、地类: which road, how much of it.
Table per_village_and_road(const plan::Roads& roads) {
  Table t;
  t.title = "道路里程按村、道路";
  t.add_column("村名");
  t.add_column("道路");
  add_length_columns(t);
  for (const plan::VillageRoads& v : roads.villages)
    for (const auto& [road, metres] : v.by_road)
      t.rows.push_back({v.village, road, metres / 1000.0, metres});
  return t;
}

}  // namespace

std::vector<Table> road_tables(const plan::Roads& roads, ops::LengthMethod method) {
  std::vector<Table> tables{per_road(roads, method)};
  if (!roads.villages.empty()) {
    tables.push_back(per_village(roads, method));
    tables.push_back(per_village_and_road(roads));
  }
  return tables;
}

}  // namespace landplan::report
