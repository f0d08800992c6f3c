// The map as pixels (under xvfb-run): colours at places known independently of the viewer,
// holes and concave notches left empty, identify, the scale bar's length, Chinese glyphs.
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "display_environment.hpp"
#include "pixels.hpp"
#include "support/fixtures.hpp"
#include "viewer/cartography.hpp"
#include "viewer/offscreen.hpp"
#include "viewer/picking.hpp"
#include "viewer_fixtures.hpp"

namespace landplan::viewer {
namespace {

using test::hex;
using test::near;
using test::over;

RenderSettings plain(unsigned w, unsigned h) {
  RenderSettings s;
  s.width = w;
  s.height = h;
  s.antialiasing = 0;  // exact pixels
  s.labels = false;
  s.decorations = false;
  return s;
}

// A project written by the test: a square parcel with a square hole, a concave L-shaped parcel
// and a half-transparent lake, in EPSG:4549 at GK coordinates (x ≈ 409 km, y ≈ 4,697 km).
class SyntheticMap : public ::testing::Test {
 protected:
  void SetUp() override {
    GDALAllRegister();
    auto wkt = test::polygon_wkt;
    test::LayerSpecForTest land;
    land.layer = "land";
    land.fields = {"地类"};
    land.features = {
        {wkt({{{0, 0}, {400, 0}, {400, 400}, {0, 400}},
              {{150, 150}, {250, 150}, {250, 250}, {150, 250}}}),
         {{"地类", "旱地"}}},
        {wkt({{{500, 0}, {900, 0}, {900, 200}, {700, 200}, {700, 400}, {500, 400}}}),
         {{"地类", "水浇地"}}},
    };
    test::write_dataset(dir_.file("land.gpkg"), land);
    test::LayerSpecForTest lake;
    lake.layer = "lake";
    lake.features = {{wkt({{{100, 500}, {300, 500}, {300, 700}, {100, 700}}}), {}}};
    test::write_dataset(dir_.file("lake.gpkg"), lake);
    std::ofstream(dir_.file("project.toml")) << R"(
[project]
name = "测试"
crs = "EPSG:4549"
[layers.land]
source = "land.gpkg"
role = "parcels"
fields = { landuse = "地类" }
style = { fill = "#e8d8a0", outline = "#806020", by = "地类" }
[layers.lake]
source = "lake.gpkg"
role = "reservoir"
style = { fill = "#4a90d9", opacity = 0.5 }
[styles.landuse]
"旱地" = "#fbf0b2"
"水浇地" = "#f5e08a"
)";
  }
  test::TempDir dir_;
};

// 1 m per pixel with the test's (0, 0) at the bottom-left corner of a 1000×800 image.
ViewTransform one_metre_per_pixel() {
  return ViewTransform({test::kX0 + 500, test::kY0 + 400}, 1.0, 1000, 800);
}
sf::Color at(const sf::Image& image, double dx, double dy) {
  Point2 s = one_metre_per_pixel().to_screen({test::kX0 + dx, test::kY0 + dy});
  return image.getPixel(static_cast<unsigned>(s.x), static_cast<unsigned>(s.y));
}

TEST_F(SyntheticMap, FillsFollowTheStylesAndLeaveHolesAndNotchesEmpty) {
  REQUIRE_DISPLAY();
  MapModel map = load_map(dir_.file("project.toml"), {});
  OffscreenMap offscreen(map, plain(1000, 800));
  offscreen.draw(map, one_metre_per_pixel());
  sf::Image image = offscreen.image();
  EXPECT_TRUE(near(at(image, 50, 50), hex("#fbf0b2")));    // 旱地 square
  EXPECT_TRUE(near(at(image, 200, 200), kBackground, 0));  // its hole
  EXPECT_TRUE(near(at(image, 550, 100), hex("#f5e08a")));  // 水浇地 L
  EXPECT_TRUE(near(at(image, 800, 300), kBackground, 0));  // the L's notch (concave)
  EXPECT_TRUE(near(at(image, 200, 600), over(kBackground, hex("#4a90d9"), 0.5)));  // lake
  bool outline = false;  // the square's east edge, on whichever pixel column the line fell
  for (double dx : {399.0, 400.0, 401.0})
    outline |= bool(near(at(image, dx, 100), hex("#806020"), 40));
  EXPECT_TRUE(outline);
}

TEST_F(SyntheticMap, IdentifyAtAScreenPointGivesTheFeatureThere) {
  MapModel map = load_map(dir_.file("project.toml"), {});
  ViewTransform view = one_metre_per_pixel();
  const MapLayer* land = map.find("land");
  auto hit = pick(map, view, view.to_screen({test::kX0 + 550, test::kY0 + 100}));
  ASSERT_TRUE(hit);
  EXPECT_EQ(&map.layers[hit->layer], land);
  EXPECT_EQ(land->data.fid(hit->feature), 2);
  EXPECT_FALSE(pick(map, view, view.to_screen({test::kX0 + 200, test::kY0 + 200})));  // hole
  EXPECT_FALSE(pick(map, view, view.to_screen({test::kX0 + 800, test::kY0 + 300})));  // notch
}

TEST(ChineseLabels, RenderRealGlyphsNotEmptyBoxes) {
  REQUIRE_DISPLAY();
  sf::RenderTexture texture;
  ASSERT_TRUE(texture.create(200, 60));
  Cartography cartography;
  auto ink_of = [&](const std::string& utf8) {
    texture.clear(sf::Color::White);
    sf::Text text(sf::String::fromUtf8(utf8.begin(), utf8.end()), cartography.font(), 32);
    text.setFillColor(sf::Color::Black);
    text.setPosition(4, 4);
    texture.draw(text);
    texture.display();
    return texture.getTexture().copyToImage();
  };
  auto dark = [](const sf::Image& image) {
    std::size_t n = 0;
    for (unsigned y = 0; y < image.getSize().y; ++y)
      for (unsigned x = 0; x < image.getSize().x; ++x) n += image.getPixel(x, y).r < 100;
    return n;
  };
  sf::Image san = ink_of("三"), dian = ink_of("店"), word = ink_of("三座店水库");
  EXPECT_GT(dark(san), 20u);
  EXPECT_GT(dark(word), 5 * dark(san) / 2);
  // A missing glyph draws the same box for every character; these differ.
  std::size_t differing = 0;
  for (unsigned y = 0; y < 60; ++y)
    for (unsigned x = 0; x < 200; ++x) differing += san.getPixel(x, y) != dian.getPixel(x, y);
  EXPECT_GT(differing, 50u);
  EXPECT_GT(cartography.font().getGlyph(0x5E97, 32, false).bounds.width, 10.0f);  // 店
}

}  // namespace
}  // namespace landplan::viewer
