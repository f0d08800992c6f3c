// Drafting a project from a folder of small files: the layers placed by name and by fields, the
// ones left out and why, the township's name and CRS from the data, the land-use colours, and
// the exact project.toml text, which load_project reads back.
#include "landplan/plan/init_project.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "landplan/project.hpp"
#include "support/fixtures.hpp"

namespace landplan::plan {
namespace {

namespace fs = std::filesystem;
using test::LayerSpecForTest;

const char* const kSquare =
    "POLYGON((409000 4696000,409010 4696000,409010 4696010,409000 4696010,409000 4696000))";

// A county folder in miniature: DLTB as a GBK shapefile, wells, the township, an older land-use
// layer (first in name order), a layer nobody can place, a note, and a DLTB in a subfolder.
void county_folder(const fs::path& dir) {
  LayerSpecForTest dltb{
      .driver = "ESRI Shapefile",
      .layer = "DLTB",
      .fields = {"DLBM", "DLMC", "ZLDWMC", "户数"},
      .features = {{kSquare, {{"DLBM", "0103"}, {"DLMC", "旱地"}, {"ZLDWMC", "八家"}}},
                   {kSquare, {{"DLBM", "0301"}, {"DLMC", "乔木林地"}, {"ZLDWMC", "八家"}}},
                   {kSquare, {{"DLBM", "9999"}, {"DLMC", "未知"}, {"ZLDWMC", "八家"}}},
                   {kSquare, {{"DLBM", "0702"}, {"DLMC", "农村宅基地"}, {"户数", "3"}}}},
      .creation_options = {"ENCODING=CP936"}};
  test::write_dataset((dir / "DLTB.shp").string(), dltb);
  test::write_dataset((dir / "wells.gpkg").string(),
                      {.layer = "wells",
                       .fields = {"编号", "村名", "服务半径"},
                       .features = {{"POINT(409005 4696005)", {{"编号", "J01"}}}}});
  test::write_dataset((dir / "XZQ.geojson").string(),
                      {.driver = "GeoJSON",
                       .layer = "XZQ",
                       .fields = {"XZQDM", "XZQMC", "DCMJ"},
                       .features = {{kSquare, {{"XZQDM", "150423103"}, {"XZQMC", "测试镇"}}}}});
  test::write_dataset((dir / "2020.gpkg").string(),
                      {.layer = "dltb_2020", .fields = {"DLBM"}, .features = {{kSquare, {}}}});
  test::write_dataset((dir / "other.gpkg").string(),
                      {.layer = "规划图斑", .fields = {"GHDL"}, .features = {{kSquare, {}}}});
  std::ofstream(dir / "notes.md") << "# 说明\n";
  fs::create_directory(dir / "old");
  test::write_dataset((dir / "old" / "DLTB.shp").string(), dltb);
}

TEST(DraftProject, PlacesEachRoleOnceAndSaysWhyTheOthersAreLeftOut) {
  test::TempDir dir;
  county_folder(dir.path());
  Warnings warnings;
  ProjectDraft draft = draft_project(dir.path(), warnings);
  ASSERT_EQ(draft.layers.size(), 5u);  // in name order; notes.md and old/ are not looked at
  // The older layer comes first, but DLTB's name outranks its DLBM.
  const FolderLayer& older = draft.layers[0];
  EXPECT_EQ(older.source, "2020.gpkg");
  EXPECT_FALSE(older.role);
  EXPECT_EQ(older.why, "has DLBM (a land-use layer), but DLTB.shp:DLTB has that role already");
  const FolderLayer& dltb = draft.layers[1];
  EXPECT_EQ(dltb.source, "DLTB.shp");
  EXPECT_EQ(dltb.role, Role::parcels);
  EXPECT_EQ(draft.layers[2].source, "XZQ.geojson");
  EXPECT_EQ(draft.layers[2].role, Role::admin_boundary);
  const FolderLayer& other = draft.layers[3];
  EXPECT_EQ(other.layer, "规划图斑");
  EXPECT_FALSE(other.role);
  EXPECT_EQ(other.why, "neither its name nor its fields say what it is");
  EXPECT_EQ(draft.layers[4].role, Role::wells);
  EXPECT_EQ(draft.name, "测试镇");  // the township's XZQMC
  EXPECT_EQ(draft.crs, "EPSG:4549");
  EXPECT_EQ(draft.landuse_field, "DLMC");
  // Known values with their first-level class colours in code-table order; 未知 has none.
  using Colours = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(draft.landuse_colours,
            (Colours{{"旱地", "#f5e88a"}, {"乔木林地", "#4f9a4f"}, {"农村宅基地", "#f09a82"}}));
}

TEST(DraftProject, WritesTheProjectTomlThatLoadProjectReadsBack) {
  test::TempDir dir;
  county_folder(dir.path());
  Warnings warnings;
  std::string text = project_toml(draft_project(dir.path(), warnings));
  EXPECT_EQ(text,
            "# Written by landplan init from the layers of this folder: each layer it recognised, "
            "with its\n"
            "# role, the fields it reads and a style. Add [planning], [targets] and [[rules]] for "
            "the plan.\n"
            "\n"
            "[project]\n"
            "name = \"测试镇\"\n"
            "crs  = \"EPSG:4549\"\n"
            "\n"
            "[layers.parcels]\n"
            "source = \"DLTB.shp\"\n"
            "layer  = \"DLTB\"\n"
            "role   = \"parcels\"\n"
            "fields = { households = \"户数\" }\n"
            "style  = { fill = \"#e8d8a0\", outline = \"#806020\", by = \"DLMC\" }\n"
            "\n"
            "[layers.wells]\n"
            "source = \"wells.gpkg\"\n"
            "layer  = \"wells\"\n"
            "role   = \"wells\"\n"
            "fields = { name = \"编号\", village = \"村名\", radius = \"服务半径\" }\n"
            "style  = { fill = \"#1565c0\", outline = \"#ffffff\", opacity = 1.0, size = 6 }\n"
            "\n"
            "[layers.admin_boundary]\n"
            "source = \"XZQ.geojson\"\n"
            "layer  = \"XZQ\"\n"
            "role   = \"admin_boundary\"\n"
            "style  = { outline = \"#212121\", width = 2.5 }\n"
            "\n"
            "# The colour of each land use's first-level class (三调), for style.by\n"
            "[styles.landuse]\n"
            "\"旱地\" = \"#f5e88a\"\n"
            "\"乔木林地\" = \"#4f9a4f\"\n"
            "\"农村宅基地\" = \"#f09a82\"\n");
  std::ofstream(dir.path() / "project.toml") << text;
  Warnings read;
  Project project = load_project(dir.path() / "project.toml", read);
  EXPECT_TRUE(read.empty());
  ASSERT_EQ(project.layers.size(), 3u);
  EXPECT_EQ(project.layers[0].source, (dir.path() / "DLTB.shp").string());
  EXPECT_EQ(project.layers[0].fields.at("households"), "户数");
  EXPECT_EQ(project.layers[1].role, Role::wells);
  EXPECT_EQ(project.category_colours.at("landuse").at("乔木林地"), "#4f9a4f");
}

TEST(DraftProject, NamesNeedingQuotesAreEscapedAndAFolderWithoutTheTownshipIsNamedAfterItself) {
  test::TempDir dir;
  fs::path folder = dir.path() / "新村 \"2024\"";
  fs::create_directory(folder);
  test::write_dataset(
      (folder / "a\\b.gpkg").string(),
      {.layer = "wells", .fields = {"编号"}, .features = {{"POINT(409005 4696005)", {}}}});
  Warnings warnings;
  ProjectDraft draft = draft_project(folder, warnings);
  EXPECT_EQ(draft.name, "新村 \"2024\"");
  std::string text = project_toml(draft);
  EXPECT_NE(text.find("name = \"新村 \\\"2024\\\"\"\n"), std::string::npos) << text;
  EXPECT_NE(text.find("source = \"a\\\\b.gpkg\"\n"), std::string::npos) << text;
  std::ofstream(folder / "project.toml") << text;
  Warnings read;
  EXPECT_EQ(load_project(folder / "project.toml", read).name, "新村 \"2024\"");
}

TEST(DraftProject, AFileGdalCannotReadIsListedWithItsError) {
  test::TempDir dir;
  std::ofstream(dir.path() / "broken.geojson")
      << "{\"type\": \"FeatureCollection\", \"features\": [";
  Warnings warnings;
  ProjectDraft draft = draft_project(dir.path(), warnings);
  ASSERT_EQ(draft.layers.size(), 1u);
  EXPECT_FALSE(draft.layers[0].role);
  EXPECT_NE(draft.layers[0].why.find("broken.geojson"), std::string::npos) << draft.layers[0].why;
}

}  // namespace
}  // namespace landplan::plan
