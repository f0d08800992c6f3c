// `landplan export --format kml|kmz` end to end: one document with a folder per project layer,
// read back with GDAL's LIBKML driver and with its plain KML driver (which reads like the simpler
// field apps: folders, names, geometry), coordinates against pyproj, the project's styles in
// KML's aabbggrr colours, and a KMZ that holds one doc.kml at its root.
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>
#include <map>

#include "core/export_fixtures.hpp"
#include "support/fixtures.hpp"

using landplan::test::file_bytes;
using landplan::test::LayerSpecForTest;
using landplan::test::run_cli;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

// pyproj 3 (Transformer.from_crs("EPSG:4549", "EPSG:4326", always_xy=True)) of the fixture's
// well at (450000, 4420000) and of the parcel's first vertex (449000, 4419000).
constexpr double kWellLon = 119.415223585899, kWellLat = 39.912704531893;
constexpr double kParcelLon = 119.403606750704, kParcelLat = 39.903639111754;

// A project of two layers in EPSG:4549: parcels named by 名称 (the standard field) and coloured
// by 地类 through [styles.landuse]; wells named by fields.name = 编号. `description` is a name
// LIBKML would take for the <description> element: it must stay an attribute.
std::string write_project(const TempDir& dir) {
  LayerSpecForTest parcels;
  parcels.layer = "地块";
  parcels.fields = {"名称", "地类", "description"};
  parcels.features = {
      {"POLYGON((449000 4419000,449100 4419000,449100 4419100,449000 4419100,449000 4419000))",
       {{"名称", "一号地"}, {"地类", "水浇地"}, {"description", "东侧"}}},
      {"POLYGON((449200 4419000,449300 4419000,449300 4419100,449200 4419000))",
       {{"名称", "二号地"}, {"地类", "旱地"}}}};
  landplan::test::write_dataset(dir.file("parcels.gpkg"), parcels);
  LayerSpecForTest wells;
  wells.layer = "wells";
  wells.fields = {"编号"};
  wells.features = {{"POINT(450000 4420000)", {{"编号", "J1"}}}};
  landplan::test::write_dataset(dir.file("wells.gpkg"), wells);
  std::ofstream(dir.file("project.toml"))
      << "[project]\nname = \"测试镇\"\n"
         "[layers.parcels]\nsource = \"parcels.gpkg\"\nrole = \"parcels\"\n"
         "fields = { landuse = \"地类\" }\n"
         "style = { fill = \"#e8d8a0\", outline = \"#806020\", by = \"地类\" }\n"
         "[layers.wells]\nsource = \"wells.gpkg\"\nrole = \"wells\"\nfields = { name = \"编号\" }\n"
         "style = { fill = \"#1565c0\" }\n"
         "[styles.landuse]\n\"旱地\" = \"#fbf0b2\"\n\"水浇地\" = \"#f5e08a\"\n";
  return dir.file("project.toml");
}

GDALDatasetUniquePtr open_with(const std::string& file, const char* driver) {
  GDALAllRegister();
  const char* drivers[] = {driver, nullptr};
  return GDALDatasetUniquePtr(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR, drivers));
}

// Placemark name → feature, of one folder.
std::map<std::string, OGRFeatureUniquePtr> by_name(OGRLayer& layer) {
  std::map<std::string, OGRFeatureUniquePtr> features;
  for (auto& feature : layer) {
    std::string name = feature->GetFieldAsString("Name");
    features[name] = OGRFeatureUniquePtr(feature.release());
  }
  return features;
}

// Exports the fixture project as `format` into dir/field, which must succeed.
std::string export_project(const TempDir& dir, const std::string& format) {
  auto result =
      run_cli({"export", write_project(dir), "--to", dir.file("field"), "--format", format});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return result.out;
}

}  // namespace

TEST(ExportKml, OneDocumentWithAFolderPerLayerReadsBackWithBothGdalDrivers) {
  TempDir dir;
  std::string summary = export_project(dir, "kml");
  std::string kml = dir.file("field/测试镇.kml");
  ASSERT_TRUE(fs::exists(kml)) << summary;
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.file("field")), fs::directory_iterator()), 1);
  EXPECT_NE(summary.find("CGCS2000 taken as WGS 84"), std::string::npos) << summary;

  for (const char* driver : {"LIBKML", "KML"}) {
    auto dataset = open_with(kml, driver);
    ASSERT_TRUE(dataset) << driver;
    ASSERT_EQ(dataset->GetLayerCount(), 2) << driver;
    EXPECT_STREQ(dataset->GetLayer(0)->GetName(), "parcels") << driver;
    EXPECT_STREQ(dataset->GetLayer(1)->GetName(), "wells") << driver;
    auto parcels = by_name(*dataset->GetLayer(0));
    auto wells = by_name(*dataset->GetLayer(1));
    ASSERT_TRUE(parcels.count("一号地") && parcels.count("二号地")) << driver;
    ASSERT_TRUE(wells.count("J1")) << driver;
    const OGRPoint* well = wells["J1"]->GetGeometryRef()->toPoint();
    EXPECT_NEAR(well->getX(), kWellLon, 1e-9) << driver;
    EXPECT_NEAR(well->getY(), kWellLat, 1e-9) << driver;
    const OGRLinearRing* ring = parcels["一号地"]->GetGeometryRef()->toPolygon()->getExteriorRing();
    EXPECT_NEAR(ring->getX(0), kParcelLon, 1e-9) << driver;
    EXPECT_NEAR(ring->getY(0), kParcelLat, 1e-9) << driver;
  }
  // ExtendedData (the plain KML driver reads only names and descriptions): every attribute,
  // Chinese intact, `description` among them rather than in <description>.
  auto dataset = open_with(kml, "LIBKML");
  auto parcels = by_name(*dataset->GetLayer(0));
  EXPECT_STREQ(parcels["一号地"]->GetFieldAsString("名称"), "一号地");
  EXPECT_STREQ(parcels["一号地"]->GetFieldAsString("地类"), "水浇地");
  EXPECT_EQ(parcels["一号地"]->GetFieldIndex("description_kml"), -1);
  std::string text = file_bytes(kml);
  EXPECT_NE(text.find("<SimpleData name=\"description\">东侧</SimpleData>"), std::string::npos);
  EXPECT_EQ(text.find("<description>东侧</description>"), std::string::npos);
}

TEST(ExportKml, ProjectStylesBecomeSharedKmlStylesInAabbggrr) {
  TempDir dir;
  export_project(dir, "kml");
  std::string text = file_bytes(dir.file("field/测试镇.kml"));
  // 水浇地 #f5e08a from [styles.landuse], opaque: ff 8a e0 f5; the outline #806020: ff206080;
  // the wells' #1565c0 as the icon colour.
  EXPECT_NE(text.find("<color>ff8ae0f5</color>"), std::string::npos);
  EXPECT_NE(text.find("<color>ffb2f0fb</color>"), std::string::npos);  // 旱地 #fbf0b2
  EXPECT_NE(text.find("<color>ff206080</color>"), std::string::npos);
  EXPECT_NE(text.find("<color>ffc06515</color>"), std::string::npos);
  // Each parcel points at its category's style, which LIBKML reads back as the feature style.
  auto dataset = open_with(dir.file("field/测试镇.kml"), "LIBKML");
  auto parcels = by_name(*dataset->GetLayer(0));
  ASSERT_NE(parcels["一号地"]->GetStyleString(), nullptr);
  std::string style = parcels["一号地"]->GetStyleString();
  EXPECT_NE(text.find("<Style id=\"" + style.substr(1) + "\">"), std::string::npos) << style;
  std::size_t at = text.find("<Style id=\"" + style.substr(1) + "\">");
  EXPECT_NE(text.find("ff8ae0f5", at), std::string::npos);
  EXPECT_LT(text.find("ff8ae0f5", at), text.find("</Style>", at));
}

TEST(ExportKml, KmzHoldsOneDocKmlAtItsRootThatGdalReads) {
  TempDir dir;
  std::string summary = export_project(dir, "kmz");
  std::string kmz = dir.file("field/测试镇.kmz");
  ASSERT_TRUE(fs::exists(kmz)) << summary;
  EXPECT_FALSE(fs::exists(dir.file("field/测试镇.kml")));
  char** entries = VSIReadDir(("/vsizip/" + kmz).c_str());
  ASSERT_NE(entries, nullptr);
  EXPECT_EQ(CSLCount(entries), 1);
  EXPECT_STREQ(entries[0], "doc.kml");
  CSLDestroy(entries);
  for (const std::string& file : {kmz, "/vsizip/" + kmz + "/doc.kml"}) {
    auto dataset = open_with(file, "LIBKML");
    ASSERT_TRUE(dataset) << file;
    ASSERT_EQ(dataset->GetLayerCount(), 2) << file;
    EXPECT_STREQ(dataset->GetLayer(1)->GetName(), "wells") << file;
    auto wells = by_name(*dataset->GetLayer(1));
    ASSERT_TRUE(wells.count("J1")) << file;
    EXPECT_NEAR(wells["J1"]->GetGeometryRef()->toPoint()->getX(), kWellLon, 1e-9);
  }
}

TEST(ExportKml, AnEarlierDocumentIsReplacedOnlyWithOverwrite) {
  TempDir dir;
  std::string project = write_project(dir);
  ASSERT_EQ(run_cli({"export", project, "--to", dir.file("f"), "--format", "kml"}).exit_code, 0);
  auto again = run_cli({"export", project, "--to", dir.file("f"), "--format", "kml"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("--overwrite"), std::string::npos) << again.err;
  EXPECT_EQ(run_cli({"export", project, "--to", dir.file("f"), "--format", "kml", "--overwrite"})
                .exit_code,
            0);
}

TEST(ExportKml, CrsIsRefusedSinceKmlIsAlwaysWgs84) {
  TempDir dir;
  auto result = run_cli({"export", write_project(dir), "--to", dir.file("f"), "--format", "kml",
                         "--crs", "EPSG:4549"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("WGS 84"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(dir.file("f")));
}

// A dataset without a project: the document is named after the file, Placemarks after 名称.
TEST(ExportKml, ADatasetIsNamedAfterItsFileAndItsPlacemarksAfterItsNameField) {
  TempDir dir;
  LayerSpecForTest sites;
  sites.driver = "GeoJSON";
  sites.layer = "sites";
  sites.crs = "EPSG:4326";
  sites.fields = {"名称"};
  sites.features = {{"POINT(119.4 39.9)", {{"名称", "安置点甲"}}}};
  landplan::test::write_dataset(dir.file("sites.geojson"), sites);
  auto result =
      run_cli({"export", dir.file("sites.geojson"), "--to", dir.file("f"), "--format", "kml"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto dataset = open_with(dir.file("f/sites.kml"), "KML");
  ASSERT_TRUE(dataset);
  auto placemarks = by_name(*dataset->GetLayer(0));
  ASSERT_TRUE(placemarks.count("安置点甲"));
  EXPECT_NEAR(placemarks["安置点甲"]->GetGeometryRef()->toPoint()->getX(), 119.4, 1e-12);
}
