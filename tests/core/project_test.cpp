// project.toml read into a Project: layers in file order with paths resolved beside the file,
// fields, styles, planning numbers and lists, rules with their limits, and checked ranges.
#include "landplan/project.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::input_error_of;

namespace {

std::string write_project(const test::TempDir& dir, const std::string& toml) {
  std::string file = dir.file("project.toml");
  std::ofstream(file) << toml;
  return file;
}

constexpr const char* kLayers = R"(
[layers.wells]
source = "data/wells.gpkg"
role = "wells"

[layers.land]
source = "/srv/gis/地块.shp"
role = "parcels"
fields = { village = "村名", landuse = "地类" }
style = { fill = "#ff0000", opacity = 0.5 }
)";

}  // namespace

TEST(Project, ReadsLayersInFileOrderAndResolvesSourcesBesideTheFile) {
  test::TempDir dir;
  Warnings warnings;
  Project project = load_project(write_project(dir, std::string(R"(
[project]
name = "三座店镇"
crs = "EPSG:4549"

[planning]
reservoir_safety_m = 10
farmland_classes = ["水浇地", "旱地"]

[[rules]]
name = "no overlap"
forbid_overlap = ["land", "wells"]

[[rules]]
min_distance = ["wells", "parcels", 50]
)") + kLayers),
                                 warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(project.name, "三座店镇");
  EXPECT_EQ(project.crs, "EPSG:4549");
  ASSERT_EQ(project.layers.size(), 2u);
  EXPECT_EQ(project.layers[0].key, "wells");  // the file's order, not toml++'s sorted one
  EXPECT_EQ(project.layers[0].source, (dir.path() / "data" / "wells.gpkg").string());
  EXPECT_EQ(project.layers[1].source, "/srv/gis/地块.shp");
  EXPECT_EQ(project.layers[1].role, Role::parcels);
  EXPECT_EQ(project.layers[1].fields.at("village"), "村名");
  EXPECT_EQ(project.layers[1].style.fill, "#ff0000");
  EXPECT_DOUBLE_EQ(project.layers[1].style.opacity, 0.5);
  EXPECT_EQ(project.find_layer("parcels"), &project.layers[1]);  // by role
  EXPECT_DOUBLE_EQ(project.planning.at("reservoir_safety_m"), 10.0);
  EXPECT_EQ(project.planning_lists.at("farmland_classes"),
            (std::vector<std::string>{"水浇地", "旱地"}));
  ASSERT_EQ(project.rules.size(), 2u);
  EXPECT_EQ(project.rules[0].name, "no overlap");
  EXPECT_EQ(project.rules[0].kind, RuleKind::forbid_overlap);
  EXPECT_EQ(project.rules[1].name, "min_distance");  // unnamed: its kind
  EXPECT_EQ(project.rules[1].layers, (std::vector<std::string>{"wells", "parcels"}));
  EXPECT_DOUBLE_EQ(project.rules[1].value, 50.0);
}

TEST(Project, UnknownKeysWarnAndBadValuesNameTheirKey) {
  test::TempDir dir;
  Warnings warnings;
  std::string file = write_project(dir, std::string("colour = 1\n") + kLayers);
  load_project(file, warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], file + ":colour: unknown key — ignored");
  file = write_project(dir, std::string("[planning]\nreservoir_safety_m = -1\n") + kLayers);
  EXPECT_EQ(input_error_of([&] { load_project(file, warnings); }),
            file +
                ":planning.reservoir_safety_m: is -1, outside the allowed range — give a "
                "finite number ≥ 0 metres");
  file = write_project(dir, std::string("[[rules]]\nmin_area = [\"land\"]\n") + kLayers);
  EXPECT_EQ(input_error_of([&] { load_project(file, warnings); }),
            file +
                ":rules[1].min_area: has no limit — add it after the layer names, a number "
                "> 0 mu");
}

TEST(Project, MapTableGivesTheSheetsTitleUnitDateAndElevationDatum) {
  test::TempDir dir;
  Warnings warnings;
  std::string file = write_project(
      dir, std::string("[map]\ntitle = \"规划图\"\nunit = \"镇政府\"\ndate = \"2026-12\"\n"
                       "elevation = \"1985国家高程基准\"\n") +
               kLayers);
  MapSheetInfo map = load_project(file, warnings).map;
  EXPECT_EQ(map.title, "规划图");
  EXPECT_EQ(map.unit, "镇政府");
  EXPECT_EQ(map.date, "2026-12");
  EXPECT_EQ(map.elevation, "1985国家高程基准");
  EXPECT_TRUE(warnings.empty());
  file = write_project(dir, std::string("[map]\ndate = 2026-12-01\n") + kLayers);
  EXPECT_EQ(input_error_of([&] { load_project(file, warnings); }),
            file + ":map.date: must be a string — put the value in quotes");
  file = write_project(dir, std::string("map = 3\n") + kLayers);
  EXPECT_EQ(input_error_of([&] { load_project(file, warnings); }),
            file + ":map: must be a table — write it as [map] or { ... }");
}

TEST(Project, ControlsSwitchChecksOffByName) {
  test::TempDir dir;
  Warnings warnings;
  Project all = load_project(write_project(dir, kLayers), warnings);
  for (ControlCheck check : control_checks()) EXPECT_TRUE(all.control_on(check));
  std::string file = write_project(dir, std::string(kLayers) + R"(
[controls]
construction_outside_development_boundary = false
greenhouses_on_basic_farmland = true
greenhouse_on_farmland = false
)");
  Project project = load_project(file, warnings);
  EXPECT_EQ(project.controls_off,
            std::set<ControlCheck>{ControlCheck::construction_outside_development_boundary});
  ASSERT_EQ(warnings.size(), 1u);  // the misspelt key, which would leave its check on
  EXPECT_EQ(warnings[0],
            file +
                ":controls.greenhouse_on_farmland: unknown key — ignored (the checks are "
                "construction_on_basic_farmland, construction_on_ecological_redline, "
                "construction_outside_development_boundary or greenhouses_on_basic_farmland)");
  file =
      write_project(dir, std::string(kLayers) + "[controls]\nconstruction_on_basic_farmland = 0\n");
  EXPECT_EQ(input_error_of([&] { load_project(file, warnings); }),
            file +
                ":controls.construction_on_basic_farmland: must be true or false — write "
                "construction_on_basic_farmland = false to switch the check off");
}
