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

std::vector<Layer> square_site_layers() {
  return {
      plan_layer("relocation_sites", {square_wkt(0, 0, 100), square_wkt(200, 0, 10)},
                 {{"名称", {"甲点", "乙点"}}}),
      plan_layer("basic_farmland", {"POLYGON((-20 -20,40 -20,40 60,-20 60,-20 -20))",
                                    "POLYGON((30 0,60 0,60 50,30 50,30 0))"}),
      plan_layer("ecological_redline", {square_wkt(80, 80, 70)}),
      plan_layer("development_boundary",
                 {"POLYGON((-100 -100,70 -100,70 200,-100 200,-100 -100))"}),
      plan_layer("parcels",
                 {"POLYGON((-10 -10,50 -10,50 110,-10 110,-10 -10))",
                  "POLYGON((50 -10,110 -10,110 40,50 40,50 -10))",
                  "POLYGON((50 40,110 40,110 80,50 80,50 40))",
                  "POLYGON((50 80,110 80,110 110,50 110,50 80))",
                  "POLYGON((195 -5,205 -5,205 15,195 15,195 -5))"},
                 {{"DLBM", {"0103", "0102", "0101", "0702", "9999"}},
                  {"KCXS", {0.1, 0.0, 0.15, 0.0, 0.0}},
                  {"GDPDJB", {"2", "1", "3", {}, {}}},
                  {"ZLDWMC", {"甲", "乙", "乙", "乙", "丙"}}}),
  };
}

Project project_of(const std::vector<Layer>& layers) {
  Project project;
  for (const Layer& layer : layers) project.layers.push_back(spec(layer.name));
  return project;
}

}  // namespace landplan::test
