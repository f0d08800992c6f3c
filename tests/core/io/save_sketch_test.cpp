// Saving a sketched site, read back with GDAL's C API (never landplan's reader): appended to a
// GeoPackage layer in that layer's CRS (pyproj's coordinates), or to a copy of a shapefile layer
// in sketches.gpkg with project.toml repointed and its comments kept; refused with one clear
// line when it cannot be; and killed at any moment, leaving the GeoPackage as it was or whole.
#include "landplan/io/save_sketch.hpp"

#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "core/export_fixtures.hpp"
#include "landplan/io/read.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::file_bytes;
using landplan::test::input_error_of;
using landplan::test::layer_from_wkt;
using landplan::test::snapshot;
using landplan::test::square_wkt;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

constexpr const char* kSiteName = "孤山子新址";

// One feature as GDAL's C API reads it.
struct Row {
  long long fid = -1;
  std::map<std::string, std::string> values;     // fields set and not null
  std::string geometry;                          // "POLYGON", "MULTIPOLYGON"…
  std::vector<std::pair<double, double>> shell;  // the first polygon's outer ring, as stored
  double area = 0.0;                             // planar, in the layer's own units
};

std::vector<Row> rows_of(const fs::path& file, const std::string& layer_name) {
  GDALAllRegister();
  GDALDatasetH dataset =
      GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
  if (!dataset) throw std::runtime_error("GDAL cannot open " + file.string());
  OGRLayerH layer = GDALDatasetGetLayerByName(dataset, layer_name.c_str());
  if (!layer) throw std::runtime_error(file.string() + " has no layer " + layer_name);
  std::vector<Row> rows;
  OGR_L_ResetReading(layer);
  while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
    Row row;
    row.fid = OGR_F_GetFID(feature);
    for (int i = 0; i < OGR_F_GetFieldCount(feature); ++i) {
      if (!OGR_F_IsFieldSetAndNotNull(feature, i)) continue;
      row.values[OGR_Fld_GetNameRef(OGR_F_GetFieldDefnRef(feature, i))] =
          OGR_F_GetFieldAsString(feature, i);
    }
    OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
    if (geometry) row.geometry = OGR_G_GetGeometryName(geometry);
    OGRwkbGeometryType type = geometry ? wkbFlatten(OGR_G_GetGeometryType(geometry)) : wkbNone;
    if (type == wkbPolygon || type == wkbMultiPolygon) {
      row.area = OGR_G_Area(geometry);
      OGRGeometryH polygon = type == wkbMultiPolygon ? OGR_G_GetGeometryRef(geometry, 0) : geometry;
      OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, 0);
      for (int p = 0; p < OGR_G_GetPointCount(ring); ++p) {
        row.shell.emplace_back(OGR_G_GetX(ring, p), OGR_G_GetY(ring, p));
      }
    }
    rows.push_back(std::move(row));
    OGR_F_Destroy(feature);
  }
  GDALClose(dataset);
  return rows;
}

std::vector<std::string> layer_names_of(const fs::path& file) {
  GDALDatasetH dataset =
      GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
  std::vector<std::string> names;
  for (int i = 0; dataset && i < GDALDatasetGetLayerCount(dataset); ++i) {
    names.push_back(OGR_L_GetName(GDALDatasetGetLayer(dataset, i)));
  }
  if (dataset) GDALClose(dataset);
  return names;
}

void create_polygon_layer(GDALDataset& dataset, const char* name, const char* crs,
                          const std::vector<std::string>& wkt) {
  OGRSpatialReference srs;
  srs.SetFromUserInput(crs);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRLayer* layer = dataset.CreateLayer(name, &srs, wkbPolygon, nullptr);
  OGRFieldDefn text("名称", OFTString), households("户数", OFTInteger), mu("面积", OFTReal);
  layer->CreateField(&text);
  layer->CreateField(&households);
  layer->CreateField(&mu);
  for (std::size_t i = 0; i < wkt.size(); ++i) {
    OGRFeature feature(layer->GetLayerDefn());
    OGRGeometry* geometry = nullptr;
    OGRGeometryFactory::createFromWkt(wkt[i].c_str(), nullptr, &geometry);
    feature.SetGeometryDirectly(geometry);
    feature.SetField(0, ("旧址" + std::to_string(i + 1)).c_str());
    feature.SetField(1, static_cast<int>(10 * (i + 1)));
    feature.SetField(2, 1.5 * static_cast<double>(i + 1));
    if (layer->CreateFeature(&feature) != OGRERR_NONE) throw std::runtime_error("test fixture");
  }
}

// sites.gpkg as a county hands it over: relocation_sites in CGCS2000 longitude/latitude (two
// sites), parcels in the Gauss-Kruger zone, wells as points, and — for the kill test — an
// archive table of `padding_mb` MB of text, so that copying the file takes a while.
void write_sites_geopackage(const fs::path& file, int padding_mb = 0, bool wal = false) {
  GDALAllRegister();
  if (wal) CPLSetConfigOption("OGR_SQLITE_JOURNAL", "WAL");
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  GDALDatasetUniquePtr dataset(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  dataset->StartTransaction();
  create_polygon_layer(
      *dataset, "relocation_sites", "EPSG:4490",
      {"POLYGON((118.90 42.40,118.901 42.40,118.901 42.401,118.90 42.401,118.90 42.40))",
       "POLYGON((118.91 42.40,118.911 42.40,118.911 42.401,118.91 42.401,118.91 42.40))"});
  create_polygon_layer(*dataset, "parcels", "EPSG:4549",
                       {square_wkt(409000, 4696000, 50), square_wkt(409050, 4696000, 50),
                        square_wkt(409000, 4696050, 50)});
  OGRSpatialReference srs;
  srs.SetFromUserInput("EPSG:4549");
  OGRLayer* wells = dataset->CreateLayer("wells", &srs, wkbPoint, nullptr);
  OGRFeature well(wells->GetLayerDefn());
  well.SetGeometryDirectly(new OGRPoint(409010, 4696010));
  if (wells->CreateFeature(&well) != OGRERR_NONE) throw std::runtime_error("test fixture");
  if (padding_mb > 0) {
    OGRLayer* archive = dataset->CreateLayer("archive", nullptr, wkbNone, nullptr);
    OGRFieldDefn note("note", OFTString);
    archive->CreateField(&note);
    std::string text(64 * 1024, 'x');
    for (int i = 0; i < padding_mb * 16; ++i) {
      OGRFeature row(archive->GetLayerDefn());
      row.SetField(0, text.c_str());
      if (archive->CreateFeature(&row) != OGRERR_NONE) throw std::runtime_error("test fixture");
    }
  }
  dataset->CommitTransaction();
  dataset.reset();
  if (wal) CPLSetConfigOption("OGR_SQLITE_JOURNAL", nullptr);
}

void write_text(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

const std::string kGeoPackageProject =
    "# 测试项目: 三座店镇\n"
    "[project]\n"
    "name = \"测试\"\n"
    "crs = \"EPSG:4549\"\n"
    "\n"
    "[layers.sites]  # 安置点\n"
    "source = \"sites.gpkg\"\n"
    "layer = \"relocation_sites\"\n"
    "role = \"relocation_sites\"\n"
    "\n"
    "[layers.wells]\n"
    "source = \"sites.gpkg\"\n"
    "layer = \"wells\"\n"
    "role = \"wells\"\n";

Project project_in(const fs::path& folder, const std::string& text) {
  write_text(folder / "project.toml", text);
  Warnings warnings;
  return load_project(folder / "project.toml", warnings);
}

// A 100 m square site in the working CRS (EPSG:4549) with a name and households; 面积 left out.
Layer sketch(std::vector<test::ColumnValues> columns = {{"名称", {kSiteName}},
                                                        {"户数", {std::int64_t{40}}}}) {
  return layer_from_wkt(
      {square_wkt(409000, 4696000, 100)},
      {.crs = "EPSG:4549", .name = "sketch", .kind = GeometryKind::polygon, .columns = columns});
}

// Staging folders that saves into `folder` leave beside it when killed.
int staging_folders(const fs::path& folder) {
  int found = 0;
  std::string prefix = "." + folder.filename().string() + ".landplan-export-";
  for (const auto& entry : fs::directory_iterator(folder.parent_path())) {
    found += entry.path().filename().string().starts_with(prefix) ? 1 : 0;
  }
  return found;
}

}  // namespace

TEST(SaveSketch, GeoPackageLayerTakesTheSiteInItsOwnCrsAndNothingElseChanges) {
  TempDir dir;
  write_sites_geopackage(dir.path() / "sites.gpkg");
  Project project = project_in(dir.path(), kGeoPackageProject);
  std::vector<Row> parcels_before = rows_of(dir.path() / "sites.gpkg", "parcels");

  io::SketchSavePlan plan = io::plan_sketch_save(project, "sites");
  EXPECT_EQ(plan.key, "sites");
  EXPECT_EQ(plan.dataset, dir.path() / "sites.gpkg");
  EXPECT_EQ(plan.layer, "relocation_sites");
  EXPECT_TRUE(plan.modifies_input);
  EXPECT_FALSE(plan.repoints_project);
  EXPECT_EQ(plan.summary, "向 sites.gpkg 的图层 relocation_sites 添加 1 个要素");
  std::string project_before = file_bytes(dir.path() / "project.toml");

  std::vector<std::int64_t> fids = io::save_sketch(project, plan, sketch());
  EXPECT_EQ(fids, std::vector<std::int64_t>{3});
  std::vector<Row> sites = rows_of(dir.path() / "sites.gpkg", "relocation_sites");
  ASSERT_EQ(sites.size(), 3u);
  const Row& site = sites.back();
  EXPECT_EQ(site.fid, 3);
  EXPECT_EQ(site.geometry, "POLYGON");
  EXPECT_EQ(site.values, (std::map<std::string, std::string>{{"名称", kSiteName}, {"户数", "40"}}));
  // The square's corners in EPSG:4490 from pyproj 3.4.1 (PROJ 9.1.1):
  // Transformer.from_crs("EPSG:4549", "EPSG:4490", always_xy=True).transform(x, y).
  const std::vector<std::pair<double, double>> expected = {{118.89480085552933, 42.39406261272104},
                                                           {118.89601514104038, 42.394074313598324},
                                                           {118.89599936380347, 42.39497439052203},
                                                           {118.89478506094747, 42.394962689278046},
                                                           {118.89480085552933, 42.39406261272104}};
  ASSERT_EQ(site.shell.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_NEAR(site.shell[i].first, expected[i].first, 1e-9) << i;  // 1e-9° ≈ 0.1 mm
    EXPECT_NEAR(site.shell[i].second, expected[i].second, 1e-9) << i;
  }
  EXPECT_EQ(sites[0].values.at("名称"), "旧址1");
  std::vector<Row> parcels_after = rows_of(dir.path() / "sites.gpkg", "parcels");
  ASSERT_EQ(parcels_after.size(), parcels_before.size());
  for (std::size_t i = 0; i < parcels_after.size(); ++i) {
    EXPECT_EQ(parcels_after[i].values, parcels_before[i].values);
    EXPECT_EQ(parcels_after[i].shell, parcels_before[i].shell);
  }
  EXPECT_EQ(rows_of(dir.path() / "sites.gpkg", "wells").size(), 1u);
  EXPECT_EQ(file_bytes(dir.path() / "project.toml"), project_before);
  EXPECT_EQ(snapshot(dir.path()).size(), 2u);  // sites.gpkg, project.toml: no journal, no staging
  EXPECT_EQ(staging_folders(dir.path()), 0);
}

TEST(SaveSketch, GeoPackageInWalModeIsSavedAndLeftWithoutWalFiles) {
  TempDir dir;
  write_sites_geopackage(dir.path() / "sites.gpkg", 0, /*wal=*/true);
  ASSERT_EQ(file_bytes(dir.path() / "sites.gpkg").substr(18, 2), "\x02\x02");  // WAL, per header
  Project project = project_in(dir.path(), kGeoPackageProject);
  io::save_sketch(project, io::plan_sketch_save(project, "sites"), sketch());
  EXPECT_EQ(rows_of(dir.path() / "sites.gpkg", "relocation_sites").size(), 3u);
  EXPECT_FALSE(fs::exists(dir.path() / "sites.gpkg-wal"));
  EXPECT_FALSE(fs::exists(dir.path() / "sites.gpkg-shm"));
}

// A layer digitised on AMap (assume_crs = "GCJ-02") stores the site with GCJ-02's offset, which
// landplan's reader then takes back.
TEST(SaveSketch, GcjLayerTakesTheSiteWithTheOffsetItsReaderUndoes) {
  TempDir dir;
  {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr dataset(
        driver->Create((dir.path() / "sites.gpkg").c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    create_polygon_layer(*dataset, "amap", "EPSG:4326",
                         {"POLYGON((118.90 42.40,118.901 42.40,118.901 42.401,118.90 42.40))"});
  }
  Project project = project_in(dir.path(),
                               "[project]\ncrs = \"EPSG:4549\"\n"
                               "[layers.amap]\nsource = \"sites.gpkg\"\nlayer = \"amap\"\n"
                               "assume_crs = \"GCJ-02\"\n");
  io::save_sketch(project, io::plan_sketch_save(project, "amap"), sketch());
  // Stored shifted: hundreds of metres east of the WGS 84 corner (118.894801°E from pyproj, as
  // in the first test), since GCJ-02 adds its offset…
  std::vector<Row> amap = rows_of(dir.path() / "sites.gpkg", "amap");
  ASSERT_EQ(amap.size(), 2u);
  EXPECT_GT(std::abs(amap[1].shell.front().first - 118.89480085552933), 1e-3);
  // …and read back through the project, the site is where it was drawn.
  Warnings warnings;
  std::vector<Layer> read = io::read_project(project, {"amap"}, {}, warnings);
  ASSERT_EQ(read[0].size(), 2u);
  RingView ring = read[0].ring(read[0].rings(read[0].parts(1).first).first);
  EXPECT_NEAR(ring.x(0), 409000.0, 1e-3);
  EXPECT_NEAR(ring.y(0), 4696000.0, 1e-3);
}

TEST(SaveSketch, ShapefileLayerIsCopiedIntoSketchesGpkgAndTheProjectRepointed) {
  TempDir dir;
  test::write_dataset((dir.path() / "sites.shp").string(),
                      {.driver = "ESRI Shapefile",
                       .layer = "sites",
                       .fields = {"名称"},
                       .features = {{square_wkt(409500, 4696000, 20), {{"名称", "旧址1"}}},
                                    {square_wkt(409600, 4696000, 30), {{"名称", "旧址2"}}}},
                       .creation_options = {"ENCODING=UTF-8"}});
  const std::string text =
      "# 三座店镇 — 安置点是县里给的 shapefile\n"
      "[project]\n"
      "name = \"测试\"  # 乡镇\n"
      "\n"
      "[layers.sites]\n"
      "source = \"sites.shp\"  # 县里给的\n"
      "source_encoding = \"UTF-8\"\n"
      "role = \"relocation_sites\"\n"
      "fields = { name = \"名称\" }\n"
      "\n"
      "# 规则\n"
      "[[rules]]\n"
      "max_area = [\"sites\", 100]\n";
  Project project = project_in(dir.path(), text);
  auto shapefile_before = snapshot(dir.path());

  io::SketchSavePlan plan = io::plan_sketch_save(project, "sites");
  EXPECT_EQ(plan.dataset, dir.path() / "sketches.gpkg");
  EXPECT_EQ(plan.layer, "sites");
  EXPECT_FALSE(plan.modifies_input);
  EXPECT_TRUE(plan.repoints_project);
  EXPECT_EQ(plan.summary,
            "新建 sketches.gpkg 的图层 sites：复制 sites.shp 的 2 个要素并添加 1 个要素，并把 "
            "project.toml 的 [layers.sites] 改为指向它");
  std::vector<std::int64_t> fids = io::save_sketch(project, plan, sketch({{"名称", {kSiteName}}}));

  std::vector<Row> rows = rows_of(dir.path() / "sketches.gpkg", "sites");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].values.at("名称"), "旧址1");
  EXPECT_NEAR(rows[0].area, 400.0, 1e-6);  // 20 m × 20 m, the shapefile's CRS kept
  EXPECT_EQ(rows[1].values.at("名称"), "旧址2");
  EXPECT_NEAR(rows[1].area, 900.0, 1e-6);
  EXPECT_EQ(rows[2].values.at("名称"), kSiteName);
  EXPECT_NEAR(rows[2].area, 10000.0, 1e-6);
  EXPECT_EQ(fids, std::vector<std::int64_t>{rows[2].fid});
  for (const auto& [name, bytes] : shapefile_before) {
    if (name != "project.toml") {
      EXPECT_EQ(file_bytes(dir.path() / name), bytes) << name;
    }
  }

  // project.toml: the two values changed, the hint for the shapefile commented out, every
  // comment kept; landplan's own loader reads the site from the new layer.
  std::string edited = file_bytes(dir.path() / "project.toml");
  for (const char* line : {"# 三座店镇 — 安置点是县里给的 shapefile\n", "name = \"测试\"  # 乡镇\n",
                           "source = \"sketches.gpkg\"  # 县里给的 — was \"sites.shp\" before a "
                           "sketch was saved\nlayer = \"sites\"\n",
                           "# source_encoding = \"UTF-8\"\n", "# 规则\n[[rules]]\n"}) {
    EXPECT_NE(edited.find(line), std::string::npos) << line << "\nin\n" << edited;
  }
  Warnings warnings;
  Project reloaded = load_project(dir.path() / "project.toml", warnings);
  EXPECT_TRUE(warnings.empty());
  const LayerSpec* spec = reloaded.find_layer("sites");
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->source, (dir.path() / "sketches.gpkg").string());
  EXPECT_EQ(spec->layer, "sites");
  EXPECT_EQ(spec->role, Role::relocation_sites);
  EXPECT_EQ(reloaded.rules.size(), 1u);
  Layer read = io::read_project_layer(reloaded, *spec, warnings);
  ASSERT_EQ(read.size(), 3u);
  EXPECT_EQ(read.column("名称")->text(2), kSiteName);

  // The next save goes into sketches.gpkg itself.
  io::SketchSavePlan second = io::plan_sketch_save(reloaded, "sites");
  EXPECT_EQ(second.summary, "向 sketches.gpkg 的图层 sites 添加 1 个要素");
  EXPECT_FALSE(second.repoints_project);
  io::save_sketch(reloaded, second, sketch({{"名称", {"第二个"}}}));
  EXPECT_EQ(rows_of(dir.path() / "sketches.gpkg", "sites").size(), 4u);
}

// A save killed after sketches.gpkg was in place but before project.toml was: the next save
// appends to the copy there instead of copying the shapefile again.
TEST(SaveSketch, SketchesLayerLeftByAnInterruptedSaveTakesTheNextSketch) {
  TempDir dir;
  test::write_dataset((dir.path() / "sites.shp").string(),
                      {.driver = "ESRI Shapefile",
                       .layer = "sites",
                       .fields = {"名称"},
                       .features = {{square_wkt(409500, 4696000, 20), {{"名称", "旧址1"}}}},
                       .creation_options = {"ENCODING=UTF-8"}});
  const std::string text = "[layers.sites]\nsource = \"sites.shp\"\nrole = \"relocation_sites\"\n";
  Project project = project_in(dir.path(), text);
  io::save_sketch(project, io::plan_sketch_save(project, "sites"), sketch({{"名称", {"第一个"}}}));
  write_text(dir.path() / "project.toml", text);  // as if the edit had not happened

  io::SketchSavePlan plan = io::plan_sketch_save(project, "sites");
  EXPECT_TRUE(plan.repoints_project);
  EXPECT_EQ(plan.summary,
            "向 sketches.gpkg 的图层 sites 添加 1 个要素，并把 project.toml 的 [layers.sites] "
            "改为指向它");
  io::save_sketch(project, plan, sketch({{"名称", {"第二个"}}}));
  std::vector<Row> rows = rows_of(dir.path() / "sketches.gpkg", "sites");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].values.at("名称"), "第一个");
  EXPECT_EQ(rows[2].values.at("名称"), "第二个");
  Warnings warnings;
  EXPECT_EQ(load_project(dir.path() / "project.toml", warnings).find_layer("sites")->layer,
            "sites");
  // A window still holding the project as first loaded saves into sketches.gpkg again, and
  // leaves project.toml as the last save made it.
  std::string edited = file_bytes(dir.path() / "project.toml");
  io::save_sketch(project, io::plan_sketch_save(project, "sites"), sketch({{"名称", {"第三个"}}}));
  EXPECT_EQ(rows_of(dir.path() / "sketches.gpkg", "sites").size(), 4u);
  EXPECT_EQ(file_bytes(dir.path() / "project.toml"), edited);
}

TEST(SaveSketch, WhatCannotBeSavedIsRefusedWithOneLineAndTheFileUntouched) {
  TempDir dir;
  fs::path gpkg = dir.path() / "sites.gpkg";
  write_sites_geopackage(gpkg);
  Project project = project_in(dir.path(), kGeoPackageProject);
  io::SketchSavePlan plan = io::plan_sketch_save(project, "sites");
  const std::string before = file_bytes(gpkg);
  std::string where = gpkg.string() + ":relocation_sites: ";

  EXPECT_EQ(input_error_of([&] { io::plan_sketch_save(project, "greenhouses"); }),
            (dir.path() / "project.toml").string() +
                ": has no layer 'greenhouses' — the layers are: sites, wells");
  EXPECT_EQ(input_error_of([&] { io::plan_sketch_save(project, "wells"); }),
            gpkg.string() +
                ":wells: holds Point geometries, and a sketched site is a polygon — "
                "save it into a layer of polygons (a relocation site, a greenhouse zone)");
  EXPECT_EQ(
      input_error_of([&] {
        io::save_sketch(project, plan, sketch({{"名称", {kSiteName}}, {"备注", {"x"}}}));
      }),
      where + "has no field 备注 — give the sketch only the layer's fields (名称, 户数, 面积)");
  EXPECT_EQ(input_error_of([&] {
              io::save_sketch(project, plan, sketch({{"户数", {"四十"}}}));
            }),
            where + "field 户数: '四十' is not an integer the field holds — enter a whole number");
  EXPECT_EQ(input_error_of([&] {
              io::save_sketch(project, plan, sketch({{"户数", {40.5}}}));
            }),
            where + "field 户数: '40.5' is not an integer the field holds — enter a whole number");
  write_text(gpkg.string() + "-wal", "frames of QGIS's edit");
  EXPECT_EQ(input_error_of([&] { io::save_sketch(project, plan, sketch()); }),
            gpkg.string() +
                ": is open for writing in another program, or holds its unfinished "
                "changes (sites.gpkg-wal beside it) — close it in QGIS or any other "
                "program that has it open, then save again");
  fs::remove(gpkg.string() + "-wal");
  EXPECT_EQ(file_bytes(gpkg), before);
  EXPECT_EQ(staging_folders(dir.path()), 0);
}

TEST(SaveSketch, ReadOnlyFolderOrFileIsRefusedBeforeAnythingIsWritten) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
  TempDir dir;
  fs::path folder = dir.path() / "project";
  fs::create_directory(folder);
  fs::path gpkg = folder / "sites.gpkg";
  write_sites_geopackage(gpkg);
  Project project = project_in(folder, kGeoPackageProject);
  io::SketchSavePlan plan = io::plan_sketch_save(project, "sites");
  const std::string before = file_bytes(gpkg);

  fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
  std::string error = input_error_of([&] { io::save_sketch(project, plan, sketch()); });
  fs::permissions(folder, fs::perms::owner_all);
  EXPECT_EQ(error, gpkg.string() + ": cannot be saved: its folder " + folder.string() +
                       " cannot be written (Permission denied) — make the folder writable, or "
                       "copy the project to a folder you can write");
  fs::permissions(gpkg, fs::perms::owner_read);
  error = input_error_of([&] { io::save_sketch(project, plan, sketch()); });
  fs::permissions(gpkg, fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(error, gpkg.string() +
                       ": is read-only (Permission denied) — make it writable to save the sketch "
                       "into it");
  EXPECT_EQ(file_bytes(gpkg), before);
  EXPECT_EQ(staging_folders(folder), 0);
}

// The save killed with SIGKILL at moments spread over 1.5 times a whole save's duration:
// after each kill sites.gpkg is byte for byte as it was, or a valid GeoPackage holding exactly
// the one new site — and some kills are shown to have landed mid-write: the save's staging,
// which only its own end removes, was left behind with the original still unchanged.
TEST(SaveSketch, SaveKilledAtAnyMomentLeavesTheGeoPackageAsItWasOrWithTheSiteWhole) {
  TempDir dir;
  fs::path folder = dir.path() / "project";
  fs::create_directory(folder);
  fs::path gpkg = folder / "sites.gpkg";
  fs::path pristine = dir.path() / "pristine.gpkg";
  write_sites_geopackage(pristine, /*padding_mb=*/8);
  fs::copy_file(pristine, gpkg);
  const std::string before = file_bytes(pristine);
  Project project = project_in(folder, kGeoPackageProject);
  io::SketchSavePlan plan = io::plan_sketch_save(project, "sites");
  Layer site = sketch();
  auto start_save = [&] {
    pid_t child = fork();
    if (child == 0) {
      try {
        io::save_sketch(project, plan, site);
      } catch (...) {
        _exit(1);
      }
      _exit(0);
    }
    return child;
  };
  auto started = std::chrono::steady_clock::now();
  int status = 0;
  waitpid(start_save(), &status, 0);
  auto whole = std::chrono::steady_clock::now() - started;
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  ASSERT_EQ(rows_of(gpkg, "relocation_sites").size(), 3u);

  constexpr int kRounds = 12;
  int unchanged = 0, complete = 0, mid_write = 0;
  for (int round = 0; round < kRounds; ++round) {
    auto delay = whole * round * 3 / (2 * kRounds);
    SCOPED_TRACE(
        "killed after " +
        std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(delay).count()) +
        " µs");
    fs::copy_file(pristine, gpkg, fs::copy_options::overwrite_existing);
    pid_t child = start_save();
    auto kill_at = std::chrono::steady_clock::now() + delay;
    bool exited = false;
    while (!exited && std::chrono::steady_clock::now() < kill_at) {
      exited = waitpid(child, nullptr, WNOHANG) == child;
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    if (!exited) {
      kill(child, SIGKILL);
      waitpid(child, nullptr, 0);
    }
    bool staging_left = staging_folders(folder) > 0;
    EXPECT_FALSE(fs::exists(gpkg.string() + "-journal"));
    EXPECT_FALSE(fs::exists(gpkg.string() + "-wal"));
    if (file_bytes(gpkg) == before) {
      ++unchanged;
      mid_write += staging_left ? 1 : 0;
      continue;
    }
    ++complete;
    std::vector<Row> rows = rows_of(gpkg, "relocation_sites");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows.back().values.at("名称"), kSiteName);
    EXPECT_EQ(rows_of(gpkg, "parcels").size(), 3u);
    EXPECT_EQ(layer_names_of(gpkg).size(), 4u);
  }
  std::cout << "      a save took "
            << std::chrono::duration_cast<std::chrono::milliseconds>(whole).count()
            << " ms; kills left it unchanged " << unchanged << "× (" << mid_write
            << "× mid-write), complete " << complete << "×\n";
  EXPECT_GT(mid_write, 0);
  EXPECT_EQ(unchanged + complete, kRounds);
  // The next save clears what the killed ones left.
  fs::copy_file(pristine, gpkg, fs::copy_options::overwrite_existing);
  io::save_sketch(project, plan, site);
  EXPECT_EQ(staging_folders(folder), 0);
  EXPECT_EQ(rows_of(gpkg, "relocation_sites").size(), 3u);
}
