// The planning tests' small worlds, built from WKT.
#include "core/plan/plan_fixtures.hpp"

namespace landplan::test {

Layer plan_layer(const std::string& name, const std::vector<std::string>& wkt,
                 std::vector<ColumnValues> columns) {
  return layer_from_wkt(
      wkt,
      {.name = name, .role = parse_role(name), .columns = std::move(columns), .origin = kPlace});
}

LayerSpec spec(const std::string& key, std::map<std::string, std::string> fields) {
  LayerSpec s;
  s.key = key;
  s.role = parse_role(key).value_or(Role::other);
  s.fields = std::move(fields);
  return s;
}

plan::PlanInputs small_township(Project& project) {
  Layer parcels = plan_layer(
      "parcels",
      {"POLYGON((0 0,100 0,100 100,0 100,0 0))", "POLYGON((100 0,200 0,200 100,100 100,100 0))",
       "POLYGON((200 0,300 0,300 100,200 100,200 0))"},
      {{"地类", {"旱地", "农村宅基地", "水浇地"}},
       {"村名", {"甲", "甲", "乙"}},
       {"户数", {0.0, 12.0, 0.0}}});
  Layer reservoir = plan_layer("reservoir", {"POLYGON((150 -50,400 -50,400 150,150 150,150 -50))"});
  project.layers = {
      spec("parcels", {{"landuse", "地类"}, {"village", "村名"}, {"households", "户数"}}),
      spec("reservoir")};
  project.planning["reservoir_safety_m"] = 10;
  return plan::PlanInputs(project, {parcels, reservoir});
}

std::vector<Layer> squares_a_and_b() {
  return {plan_layer("a", {"POLYGON((0 0,10 0,10 10,0 10,0 0))",
                           "POLYGON((100 0,130 0,130 30,100 30,100 0))"}),
          plan_layer("b", {"POLYGON((5 0,20 0,20 10,5 10,5 0))",
                           "POLYGON((140 0,150 0,150 10,140 10,140 0))"})};
}

}  // namespace landplan::test
