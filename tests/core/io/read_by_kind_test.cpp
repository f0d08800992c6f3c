// A source layer holding points, lines and polygons together is exported as one file per kind,
// with every feature kept.
#include <gtest/gtest.h>

#include "core/export_fixtures.hpp"
#include "landplan/io/read_for_export.hpp"
#include "landplan/io/write.hpp"
#include "landplan/project.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::LayerSpecForTest;
using landplan::test::read_back;
using landplan::test::TempDir;
using landplan::test::write_dataset;

namespace {

// A GeoJSON like a CAD conversion gives: wells, a ditch, fields, a collection of a well and its
// yard, a multipoint and a feature without geometry.
std::string write_mixed(const TempDir& dir) {
  LayerSpecForTest spec;
  spec.driver = "GeoJSON";
  spec.layer = "设施";
  spec.fields = {"名称"};
  spec.features = {
      {"POINT (409000 4696000)", {{"名称", "一号井"}}},
      {"LINESTRING (409000 4696000,409100 4696050)", {{"名称", "水渠"}}},
      {"POLYGON ((409000 4696000,409100 4696000,409100 4696100,409000 4696000))",
       {{"名称", "大棚"}}},
      {"GEOMETRYCOLLECTION (POINT (409200 4696000),"
       "POLYGON ((409200 4696000,409230 4696000,409230 4696030,409200 4696000)))",
       {{"名称", "二号井及院"}}},
      {"MULTIPOINT ((409300 4696000),(409310 4696000))", {{"名称", "井组"}}},
      {"", {{"名称", "位置不详"}}},
  };
  std::string path = dir.file("facilities.geojson");
  write_dataset(path, spec);
  return path;
}

std::vector<std::string> names_of(const std::vector<Layer>& layers) {
  std::vector<std::string> names;
  for (const Layer& layer : layers) names.push_back(layer.name);
  return names;
}

}  // namespace

TEST(ExportKinds, MixedLayerBecomesOneShapefilePerKindWithEveryFeature) {
  TempDir dir;
  std::string source = write_mixed(dir);
  Warnings warnings;
  auto layers = io::read_dataset_for_export(source, {}, {}, {}, warnings);
  ASSERT_EQ(names_of(layers),
            (std::vector<std::string>{"设施_point", "设施_line", "设施_polygon"}));
  ASSERT_FALSE(warnings.empty());
  EXPECT_EQ(warnings.back(), source +
                                 ":设施: holds points, lines and polygons — exported as one "
                                 "layer per kind: 设施_point, 设施_line, 设施_polygon");
  warnings.clear();
  auto written = io::write_layers(layers, dir.path() / "out", {}, warnings);
  ASSERT_EQ(written.size(), 3u);
  auto points = read_back(written[0].file.string());
  auto lines = read_back(written[1].file.string());
  auto polygons = read_back(written[2].file.string());
  EXPECT_EQ(wkbFlatten(points.type), wkbMultiPoint);  // some wells are several points
  EXPECT_EQ(wkbFlatten(lines.type), wkbLineString);
  EXPECT_EQ(wkbFlatten(polygons.type), wkbPolygon);
  auto named = [](const test::ReadBack& back) {
    std::vector<std::string> out;
    for (const auto& row : back.values) out.push_back(row.at("名称"));
    return out;
  };
  // The collection's point and yard land in their own files; the feature without geometry
  // stays, with the first kind.
  EXPECT_EQ(named(points), (std::vector<std::string>{"一号井", "二号井及院", "井组", "位置不详"}));
  EXPECT_EQ(named(lines), std::vector<std::string>{"水渠"});
  EXPECT_EQ(named(polygons), (std::vector<std::string>{"大棚", "二号井及院"}));
  EXPECT_EQ(points.has_geometry, (std::vector<bool>{true, true, true, false}));
  EXPECT_NEAR(polygons.areas[0], 5000.0, 1e-9 * 5000);
  EXPECT_NEAR(polygons.areas[1], 450.0, 1e-9 * 450);
}

TEST(ExportKinds, ProjectLayerThatIsMixedIsNamedByItsKeyAndKind) {
  TempDir dir;
  write_mixed(dir);
  std::ofstream(dir.file("project.toml"))
      << "[project]\nname = \"t\"\ncrs = \"EPSG:4549\"\n"
         "[layers.facilities]\nsource = \"facilities.geojson\"\n"
         "role = \"other\"\n";
  Warnings warnings;
  Project project = load_project(dir.file("project.toml"), warnings);
  auto layers = io::read_project_for_export(project, {}, {}, warnings);
  EXPECT_EQ(names_of(layers), (std::vector<std::string>{"facilities_point", "facilities_line",
                                                        "facilities_polygon"}));
  for (const Layer& layer : layers) {
    EXPECT_EQ(layer.role, Role::other);
    EXPECT_EQ(layer.crs.id(), "EPSG:4549");
  }
}

TEST(ExportKinds, SingleKindLayersAreReadAsTheyAre) {
  TempDir dir;
  LayerSpecForTest spec;
  spec.layer = "fields";
  spec.features = {{"POLYGON ((409000 4696000,409100 4696000,409100 4696100,409000 4696000))", {}}};
  write_dataset(dir.file("fields.gpkg"), spec);
  Warnings warnings;
  auto layers = io::read_dataset_for_export(dir.file("fields.gpkg"), {}, {}, {}, warnings);
  EXPECT_EQ(names_of(layers), std::vector<std::string>{"fields"});
  EXPECT_TRUE(warnings.empty());
}
