// The plan's results on the map (under xvfb-run): a broken min_distance rule and farmland no
// well reaches are drawn where they are, and vanish when the project has no such result.
#include <gtest/gtest.h>

#include <fstream>

#include "display_environment.hpp"
#include "pixels.hpp"
#include "support/fixtures.hpp"
#include "viewer/offscreen.hpp"
#include "viewer/plan_layers.hpp"
#include "viewer_fixtures.hpp"

namespace landplan::viewer {
namespace {

// A 200 m farmland square at (0, 0), a site square at (300, 300)–(400, 400) (141.4 m from the
// farmland, corner to corner), and one well 500 m south of the farmland.
class PlanOnTheMap : public ::testing::Test {
 protected:
  void SetUp() override {
    test::LayerSpecForTest land;
    land.layer = "land";
    land.fields = {"地类", "村名"};
    land.features = {{test::polygon_wkt({{{0, 0}, {200, 0}, {200, 200}, {0, 200}}}),
                      {{"地类", "旱地"}, {"村名", "八家"}}}};
    test::write_dataset(dir_.file("land.gpkg"), land);
    test::LayerSpecForTest site;
    site.layer = "site";
    site.features = {{test::polygon_wkt({{{300, 300}, {400, 300}, {400, 400}, {300, 400}}}), {}}};
    test::write_dataset(dir_.file("site.gpkg"), site);
    test::LayerSpecForTest wells;
    wells.layer = "wells";
    wells.fields = {"编号", "村名"};
    wells.features = {{"POINT(" + std::to_string(test::kX0 + 100) + " " +
                           std::to_string(test::kY0 - 500) + ")",
                       {{"编号", "J01"}, {"村名", "八家"}}}};
    test::write_dataset(dir_.file("wells.gpkg"), wells);
  }

  // The project with a min_distance limit (m) and the wells' service radius (m).
  MapModel map_with(double min_distance, double well_radius) {
    std::ofstream(dir_.file("project.toml")) << R"(
[project]
name = "测试"
crs = "EPSG:4549"
[layers.land]
source = "land.gpkg"
role = "parcels"
fields = { landuse = "地类", village = "村名" }
style = { fill = "#ffffff" }
[layers.site]
source = "site.gpkg"
role = "other"
style = { fill = "#ffffff" }
[layers.wells]
source = "wells.gpkg"
role = "wells"
fields = { name = "编号", village = "村名" }
[planning]
default_well_radius_m = )" << well_radius << R"(
[[rules]]
name = "离地块"
min_distance = ["site", "land", )" << min_distance << "]\n";
    MapModel map = load_map(dir_.file("project.toml"), {});
    add_plan_results(map, plan_of(map));
    for (MapLayer& layer : map.layers) layer.visible = true;  // uncovered farmland starts hidden
    return map;
  }

  // Whether any pixel within `radius` pixels of the place (metres from the origin) has the colour.
  static bool colour_near(const sf::Image& image, double dx, double dy, sf::Color colour,
                          int radius = 6) {
    ViewTransform view({test::kX0 + 200, test::kY0 + 200}, 1.0, 800, 800);
    Point2 s = view.to_screen({test::kX0 + dx, test::kY0 + dy});
    for (int y = -radius; y <= radius; ++y)
      for (int x = -radius; x <= radius; ++x) {
        sf::Color p = image.getPixel(static_cast<unsigned>(s.x + x), static_cast<unsigned>(s.y + y));
        if (test::near(p, colour, 12)) return true;
      }
    return false;
  }

  static sf::Image draw(const MapModel& map) {
    RenderSettings settings;
    settings.width = settings.height = 800;
    settings.antialiasing = 0;
    settings.labels = false;
    settings.decorations = false;
    OffscreenMap offscreen(map, settings);
    offscreen.draw(map, ViewTransform({test::kX0 + 200, test::kY0 + 200}, 1.0, 800, 800));
    return offscreen.image();
  }

  test::TempDir dir_;
};

const sf::Color kViolation(211, 47, 47);   // plan_layers.cpp: broken rules
const sf::Color kUncovered(245, 124, 0);   // plan_layers.cpp: uncovered farmland

TEST_F(PlanOnTheMap, ABrokenMinDistanceRuleIsDrawnOnTheShortestLine) {
  REQUIRE_DISPLAY();
  sf::Image broken = draw(map_with(200, 1000));  // 141.4 m < 200 m
  sf::Image kept = draw(map_with(100, 1000));    // 141.4 m ≥ 100 m
  // The shortest line runs from the farmland's corner (200, 200) to the site's (300, 300).
  EXPECT_TRUE(colour_near(broken, 250, 250, kViolation));
  EXPECT_FALSE(colour_near(kept, 250, 250, kViolation));
}

TEST_F(PlanOnTheMap, FarmlandNoWellReachesIsDrawnHatched) {
  REQUIRE_DISPLAY();
  sf::Image dry = draw(map_with(100, 50));       // the well's 50 m circle stops 450 m short
  sf::Image watered = draw(map_with(100, 1000));  // its 1 km circle holds the whole square
  EXPECT_TRUE(colour_near(dry, 100, 100, kUncovered));
  EXPECT_FALSE(colour_near(watered, 100, 100, kUncovered));
}

}  // namespace
}  // namespace landplan::viewer
