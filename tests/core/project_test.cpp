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
