// project.toml pointed at sketches.gpkg by editing its text: exactly the value bytes change,
// every comment, table and blank line stays, whichever way the layer's table is written.
#include "io/project_repoint.hpp"

#include <gtest/gtest.h>

#include "support/fixtures.hpp"

using landplan::io::detail::repointed_project;
using landplan::test::input_error_of;

namespace {

std::string repointed(const std::string& text, const std::string& key = "sites") {
  return repointed_project(text, "project.toml", key, "sketches.gpkg", key);
}

}  // namespace

TEST(ProjectRepoint, TableWithoutLayerGetsTheLayerLineBelowSourceAndKeepsEveryComment) {
  std::string text =
      "# 三座店镇 搬迁规划\n"
      "[project]\n"
      "name = \"三座店镇\"  # 乡镇名\n"
      "\n"
      "[layers.parcels]\n"
      "source = \"parcels.shp\"\n"
      "role = \"parcels\"\n"
      "\n"
      "[layers.sites]   # 安置点\n"
      "  source = \"安置点.shp\"   # 县里给的\n"
      "  role = \"relocation_sites\"\n"
      "  fields = { households = \"户数\" }\n"
      "\n"
      "[[rules]]\n"
      "forbid_overlap = [\"sites\", \"parcels\"]\n";
  std::string expected =
      "# 三座店镇 搬迁规划\n"
      "[project]\n"
      "name = \"三座店镇\"  # 乡镇名\n"
      "\n"
      "[layers.parcels]\n"
      "source = \"parcels.shp\"\n"
      "role = \"parcels\"\n"
      "\n"
      "[layers.sites]   # 安置点\n"
      "  source = \"sketches.gpkg\"   # 县里给的 — was \"安置点.shp\" before a sketch was saved\n"
      "  layer = \"sites\"\n"
      "  role = \"relocation_sites\"\n"
      "  fields = { households = \"户数\" }\n"
      "\n"
      "[[rules]]\n"
      "forbid_overlap = [\"sites\", \"parcels\"]\n";
  EXPECT_EQ(repointed(text), expected);
}

TEST(ProjectRepoint, ExistingLayerValueIsReplacedAndTheReadingHintsAreCommentedOut) {
  std::string text =
      "[layers.sites]\n"
      "source = 'data/sites.shp'\n"
      "source_encoding = \"GBK\"  # 县里的文件是 GBK\n"
      "layer = \"sites\"\n"
      "assume_crs = \"EPSG:4549\"\n"
      "role = \"relocation_sites\"\n";
  std::string expected =
      "[layers.sites]\n"
      "source = \"sketches.gpkg\"  # was 'data/sites.shp', layer \"sites\" before a sketch was "
      "saved\n"
      "# source_encoding = \"GBK\"  # 县里的文件是 GBK\n"
      "layer = \"sites\"\n"
      "# assume_crs = \"EPSG:4549\"\n"
      "role = \"relocation_sites\"\n";
  EXPECT_EQ(repointed(text), expected);
}

TEST(ProjectRepoint, InlineTableIsEditedInPlace) {
  std::string text =
      "[layers]\n"
      "parcels = { source = \"parcels.shp\", role = \"parcels\" }\n"
      "sites = { source = \"sites.geojson\", source_encoding = \"GBK\", role = "
      "\"relocation_sites\","
      " fields = { source = \"来源\" } }  # 安置点\n";
  std::string expected =
      "[layers]\n"
      "parcels = { source = \"parcels.shp\", role = \"parcels\" }\n"
      "sites = { source = \"sketches.gpkg\", layer = \"sites\", role = \"relocation_sites\","
      " fields = { source = \"来源\" } }  # 安置点 — was \"sites.geojson\", source_encoding = "
      "\"GBK\" before a sketch was saved\n";
  EXPECT_EQ(repointed(text), expected);
}

TEST(ProjectRepoint, DottedKeysGetADottedLayerKey) {
  std::string text =
      "[layers]\n"
      "sites.source = \"sites.shp\"\r\n"
      "sites.role = \"relocation_sites\"\r\n";
  std::string expected =
      "[layers]\n"
      "sites.source = \"sketches.gpkg\"  # was \"sites.shp\" before a sketch was saved\r\n"
      "sites.layer = \"sites\"\r\n"
      "sites.role = \"relocation_sites\"\r\n";
  EXPECT_EQ(repointed(text), expected);
}

TEST(ProjectRepoint, OnlyTheNamedLayerChanges) {
  std::string text = "[layers.a]\nsource = \"a.shp\"\n[layers.b]\nsource = \"b.shp\"\n";
  EXPECT_EQ(repointed(text, "b"),
            "[layers.a]\nsource = \"a.shp\"\n[layers.b]\nsource = \"sketches.gpkg\"  # was "
            "\"b.shp\" before a sketch was saved\nlayer = \"b\"\n");
}

TEST(ProjectRepoint, TableThatAlreadyPointsThereIsLeftAsItIs) {
  std::string once = repointed("[layers.sites]\nsource = \"sites.shp\"  # 县里给的\n");
  EXPECT_EQ(repointed(once), once);
}

TEST(ProjectRepoint, WhatItCannotEditIsRefusedWithTheKey) {
  EXPECT_EQ(input_error_of([] { repointed("[layers.sites]\nsource = \"\"\"sites.shp\"\"\"\n"); }),
            "project.toml:layers.sites.source: is not a one-line string, which landplan cannot "
            "repoint — write it as source = \"…\" on one line");
  EXPECT_EQ(input_error_of([] { repointed("[layers.other]\nsource = \"a.shp\"\n"); }),
            "project.toml: has no [layers.sites] table — add it, or choose a layer it has");
}
