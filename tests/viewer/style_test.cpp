// Styles from project.toml: categories through [styles.<meaning>], legend order, fallbacks.
#include <gtest/gtest.h>

#include "viewer/colour.hpp"
#include "viewer/layer_style.hpp"
#include "viewer_fixtures.hpp"

namespace landplan::viewer {
namespace {

Layer parcels() {
  // Three parcels: 旱地 100×100, 水浇地 300×100, 旱地 100×100.
  return test::layer_from_wkt(
      {"POLYGON((0 0,100 0,100 100,0 100,0 0))", "POLYGON((100 0,400 0,400 100,100 100,100 0))",
       "POLYGON((400 0,500 0,500 100,400 100,400 0))"},
      {.columns = {{"地类", {"旱地", "水浇地", "旱地"}}}, .origin = test::kMapOrigin});
}

TEST(LayerStyle, CategoriesComeFromTheTableOfTheFieldsMeaning) {
  Project project;
  project.category_colours["landuse"] = {{"旱地", "#fbf0b2"}, {"水浇地", "#f5e08a"}};
  LayerSpec spec;
  spec.key = "parcels";
  spec.role = Role::parcels;
  spec.fields = {{"landuse", "地类"}};
  spec.style.fill = "#e8d8a0";
  spec.style.by = "地类";
  spec.style.opacity = 0.8;
  LayerStyle style = resolve_style(project, spec, parcels());
  ASSERT_EQ(style.categories.size(), 2u);
  EXPECT_EQ(style.categories[0].value, "水浇地");  // 30,000 m² before 20,000 m²
  EXPECT_EQ(style.categories[1].count, 2u);
  EXPECT_EQ(style.fill_of(0), sf::Color(0xfb, 0xf0, 0xb2));
  EXPECT_EQ(style.fill_of(1), sf::Color(0xf5, 0xe0, 0x8a));
  EXPECT_FLOAT_EQ(style.opacity, 0.8f);
  EXPECT_EQ(display_name(spec), "地块");
}

TEST(LayerStyle, SandiaoDlmcTakesTheLanduseTableWithoutAFieldsMapping) {
  Project project;
  project.category_colours["landuse"] = {{"旱地", "#f5e88a"}, {"乔木林地", "#4f9a4f"}};
  LayerSpec spec;
  spec.key = "parcels";
  spec.role = Role::parcels;
  spec.style.by = "dlmc";  // as the layer spells it
  Layer dltb = test::layer_from_wkt(
      {"POLYGON((0 0,100 0,100 100,0 100,0 0))", "POLYGON((100 0,400 0,400 100,100 100,100 0))"},
      {.columns = {{"dlmc", {"旱地", "乔木林地"}}}, .origin = test::kMapOrigin});
  LayerStyle style = resolve_style(project, spec, dltb);
  EXPECT_EQ(style.fill_of(0), sf::Color(0xf5, 0xe8, 0x8a));
  EXPECT_EQ(style.fill_of(1), sf::Color(0x4f, 0x9a, 0x4f));
  spec.style.by = "地类";  // not a land-use field of the schema: no table, palette colours
  Layer other = test::layer_from_wkt({"POLYGON((0 0,100 0,100 100,0 100,0 0))"},
                                     {.columns = {{"地类", {"旱地"}}}, .origin = test::kMapOrigin});
  EXPECT_NE(resolve_style(project, spec, other).fill_of(0), sf::Color(0xf5, 0xe8, 0x8a));
}

TEST(LayerStyle, ValuesWithoutAColourGetAPaletteColourAndUnstyledLayersStayVisible) {
  Project project;
  LayerSpec spec;
  spec.key = "land";
  spec.style.by = "地类";
  LayerStyle style = resolve_style(project, spec, parcels());
  EXPECT_EQ(style.categories.size(), 2u);
  EXPECT_NE(style.fill_of(0), style.fill_of(1));
  LayerSpec plain;
  plain.key = "other";
  LayerStyle unstyled = resolve_style(project, plain, parcels());
  EXPECT_TRUE(unstyled.fill.has_value());
}

}  // namespace
}  // namespace landplan::viewer
