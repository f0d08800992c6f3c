// Reading GDAL sources: encodings, CRS handling and axis order, geometry types, bad input.
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "landplan/io/read.hpp"
#include "landplan/ops/area.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::FeatureSpec;
using landplan::test::LayerSpecForTest;
using landplan::test::TempDir;
using landplan::test::write_dataset;

namespace {

const char* kSquare = "POLYGON((409000 4696000,409100 4696000,409100 4696100,409000 4696100,409000 4696000))";

LayerSpecForTest gbk_parcels() {
  LayerSpecForTest spec;
  spec.driver = "ESRI Shapefile";
  spec.layer = "parcels";
  spec.fields = {"村名", "地类"};
  spec.features = {{kSquare, {{"村名", "三座店"}, {"地类", "水浇地"}}},
                   {kSquare, {{"村名", "池家营子"}, {"地类", "农村宅基地"}}}};
  spec.creation_options = {"ENCODING=CP936"};
  return spec;
}

std::string message_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST(ReadShapefile, GbkWithCpgArrivesAsUtf8) {
  TempDir dir;
  write_dataset(dir.file("parcels.shp"), gbk_parcels());
  ASSERT_TRUE(std::filesystem::exists(dir.file("parcels.cpg")));
  Warnings warnings;
  Layer layer = io::read_native(dir.file("parcels.shp"), {}, warnings);
  ASSERT_NE(layer.column("村名"), nullptr);
  EXPECT_EQ(layer.column("村名")->text(1), "池家营子");
  EXPECT_EQ(layer.column("地类")->text(0), "水浇地");
  EXPECT_TRUE(warnings.empty());
}

// Garbled text is misread data: refused (a data fault), with the flag that reads it right.
TEST(ReadShapefile, GbkWithoutCpgIsRefusedAndReadsRightWithSourceEncoding) {
  TempDir dir;
  write_dataset(dir.file("parcels.shp"), gbk_parcels());
  std::filesystem::remove(dir.file("parcels.cpg"));
  Warnings warnings;
  try {
    io::read_native(dir.file("parcels.shp"), {}, warnings);
    FAIL() << "no InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("--source-encoding GBK"), std::string::npos);
  }
  Warnings lenient(true);
  io::read_native(dir.file("parcels.shp"), {}, lenient);
  ASSERT_FALSE(lenient.empty());
  EXPECT_NE(lenient.back().find("--source-encoding GBK"), std::string::npos);

  Warnings none;
  io::ReadOptions gbk;
  gbk.source_encoding = "GBK";
  Layer layer = io::read_native(dir.file("parcels.shp"), gbk, none);
  ASSERT_NE(layer.column("村名"), nullptr);
  EXPECT_EQ(layer.column("村名")->text(0), "三座店");
  EXPECT_TRUE(none.empty());
}

TEST(ReadShapefile, Utf8WithoutCpgIsTakenAsItIs) {
  TempDir dir;
  LayerSpecForTest spec = gbk_parcels();
  spec.creation_options = {"ENCODING=UTF-8"};
  write_dataset(dir.file("parcels.shp"), spec);
  std::filesystem::remove(dir.file("parcels.cpg"));
  Warnings warnings;
  Layer layer = io::read_native(dir.file("parcels.shp"), {}, warnings);
  EXPECT_EQ(layer.column("村名")->text(1), "池家营子");
  EXPECT_TRUE(warnings.empty());
}

TEST(ReadCrs, LatitudeFirstCrsArrivesEastNorthInGaussKruger) {
  // EPSG:4326 declares latitude first; GeoJSON stores longitude first. 118.9°E 42.4°N lies in
  // the CGCS2000 GK zone with CM 120°E (EPSG:4549), about 90 km west of the central meridian.
  TempDir dir;
  LayerSpecForTest spec;
  spec.driver = "GeoJSON";
  spec.crs = "EPSG:4326";
  spec.features = {{"POINT(118.9 42.4)", {}}};
  write_dataset(dir.file("wells.geojson"), spec);
  Warnings warnings;
  Layer layer = io::read_layer(dir.file("wells.geojson"), {}, {}, warnings);
  EXPECT_EQ(layer.crs.id(), "EPSG:4549");
  RingView point = layer.ring(0);
  EXPECT_NEAR(point.x(0), 409620, 1000);   // east of the false origin, west of 500 km
  EXPECT_NEAR(point.y(0), 4695760, 1000);  // northing of 42.4°N
  // And back again: the round trip returns the original coordinates.
  std::vector<double> xy = {point.x(0), point.y(0)};
  Transformer(layer.crs, layer.source_crs).transform(xy);
  EXPECT_NEAR(xy[0], 118.9, 1e-10);
  EXPECT_NEAR(xy[1], 42.4, 1e-10);
}

TEST(ReadCrs, OutsideChinaTheWorkingCrsIsUtm) {
  TempDir dir;
  LayerSpecForTest spec;
  spec.driver = "GeoJSON";
  spec.crs = "EPSG:4326";
  spec.features = {{"POINT(13.4 52.5)", {}}};  // Berlin: UTM 33N
  write_dataset(dir.file("berlin.geojson"), spec);
  Warnings warnings;
  Layer layer = io::read_layer(dir.file("berlin.geojson"), {}, {}, warnings);
  EXPECT_EQ(layer.crs.id(), "EPSG:32633");
}

TEST(ReadCrs, LayerWithoutCrsNeedsAssumeCrs) {
  TempDir dir;
  LayerSpecForTest spec;
  spec.driver = "ESRI Shapefile";
  spec.crs = "";
  spec.features = {{kSquare, {}}};
  write_dataset(dir.file("nocrs.shp"), spec);
  Warnings warnings;
  std::string message = message_of([&] { io::read_native(dir.file("nocrs.shp"), {}, warnings); });
  EXPECT_NE(message.find("nocrs.shp:nocrs: has no CRS"), std::string::npos) << message;
  EXPECT_NE(message.find("--assume-crs"), std::string::npos) << message;
  io::ReadOptions assumed;
  assumed.assume_crs = Crs::from_user_input("EPSG:4549");
  Layer layer = io::read_native(dir.file("nocrs.shp"), assumed, warnings);
  EXPECT_EQ(layer.crs.id(), "EPSG:4549");
}

TEST(ReadGeometry, CurvesAreLinearisedAndZIsDropped) {
  TempDir dir;
  LayerSpecForTest spec;
  spec.features = {
      {"CURVEPOLYGON(CIRCULARSTRING(409000 4696000,409100 4696000,409000 4696000))", {}},
      {"POLYGON Z((409000 4696000 5,409010 4696000 5,409010 4696010 9,409000 4696000 5))", {}}};
  write_dataset(dir.file("curves.gpkg"), spec);
  Warnings warnings;
  Layer layer = io::read_layer(dir.file("curves.gpkg"), {}, {}, warnings);
  auto areas = ops::feature_areas(layer, ops::AreaMethod::planar, warnings);
  // A circle of diameter 100 m, linearised: within 0.1% of π·50².
  EXPECT_NEAR(*areas[0], 3.14159265 * 2500, 0.001 * 3.14159265 * 2500);
  EXPECT_NEAR(*areas[1], 50.0, 1e-6);
}

TEST(ReadErrors, MissingFileNamesThePath) {
  Warnings warnings;
  std::string message = message_of([&] { io::read_native("/no/such/parcels.gpkg", {}, warnings); });
  EXPECT_EQ(message, "/no/such/parcels.gpkg: no such file or folder — check the path");
}

TEST(ReadErrors, UnknownLayerListsTheLayersThatExist) {
  TempDir dir;
  LayerSpecForTest spec;
  spec.layer = "parcels";
  spec.features = {{kSquare, {}}};
  write_dataset(dir.file("a.gpkg"), spec);
  Warnings warnings;
  io::ReadOptions roads;
  roads.layer = "roads";
  std::string message = message_of([&] { io::read_native(dir.file("a.gpkg"), roads, warnings); });
  EXPECT_NE(message.find("has no layer 'roads' — the layers are: parcels"), std::string::npos)
      << message;
}

TEST(ReadErrors, CorruptFileIsABadInputNotACrash) {
  TempDir dir;
  std::ofstream(dir.file("broken.gpkg")) << "this is not a geopackage";
  Warnings warnings;
  std::string message = message_of([&] { io::read_native(dir.file("broken.gpkg"), {}, warnings); });
  EXPECT_NE(message.find("broken.gpkg: GDAL cannot read it"), std::string::npos) << message;
}

TEST(ReadErrors, TruncatedShapefileIsReadAsFarAsItGoesOrRefused) {
  TempDir dir;
  LayerSpecForTest spec = gbk_parcels();
  write_dataset(dir.file("parcels.shp"), spec);
  auto size = std::filesystem::file_size(dir.file("parcels.shp"));
  std::filesystem::resize_file(dir.file("parcels.shp"), size - 40);
  Warnings warnings;
  try {
    Layer layer = io::read_native(dir.file("parcels.shp"), {}, warnings);
    // The second square lost its last vertices: it must not come back as a full square.
    EXPECT_LE(layer.size(), 2u);
    if (layer.size() == 2) {
      EXPECT_TRUE(layer.is_null(1));
    }
    // GDAL's complaint reaches the user once, as a warning naming the file, not as "ERROR 1:".
    ASSERT_FALSE(warnings.empty());
    EXPECT_NE(warnings[0].find("parcels.shp:parcels: GDAL: "), std::string::npos) << warnings[0];
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("parcels.shp"), std::string::npos);
  }
}

TEST(Read, WithoutGeometryKeepsFidsAttributesAndTheExtentThroughReprojection) {
  TempDir dir;
  LayerSpecForTest spec;
  spec.fields = {"name"};
  spec.features = {{kSquare, {{"name", "a"}}},
                   {"POLYGON((410000 4697000,410050 4697000,410050 4697050,410000 4697000))",
                    {{"name", "b"}}}};
  write_dataset(dir.file("two.gpkg"), spec);
  Warnings warnings;
  io::ReadOptions options;
  Layer full = io::read_native(dir.file("two.gpkg"), options, warnings);
  options.geometry = false;
  Layer bare = io::read_native(dir.file("two.gpkg"), options, warnings);
  ASSERT_EQ(bare.size(), 2u);
  EXPECT_EQ(bare.vertex_count(), 0u);
  EXPECT_TRUE(bare.is_null(0) && bare.is_null(1));
  EXPECT_EQ(bare.fid(1), full.fid(1));
  EXPECT_EQ(bare.column("name")->text(1), "b");
  // The extent is the data's (409000…410050, 4696000…4697050) and moves with the layer.
  Box extent = bare.extent();
  EXPECT_EQ(extent.minx, 409000);
  EXPECT_EQ(extent.maxy, 4697050);
  Crs lonlat = Crs::from_user_input("EPSG:4490");
  io::reproject(full, lonlat, warnings);
  io::reproject(bare, lonlat, warnings);
  // The box's corners, not the vertices, are transformed: the box holds the data's, closely.
  Box moved = bare.extent(), data = full.extent();
  EXPECT_TRUE(moved.minx <= data.minx && moved.miny <= data.miny && moved.maxx >= data.maxx &&
              moved.maxy >= data.maxy);
  EXPECT_NEAR(moved.minx, data.minx, 1e-3);
  EXPECT_NEAR(moved.maxy, data.maxy, 1e-3);
  EXPECT_TRUE(io::choose_working_crs({&bare}).equivalent_to(io::choose_working_crs({&full})));
  EXPECT_TRUE(warnings.empty());
}

// Dates and times arrive as ISO 8601 text marked with their kind (GDAL's own text would be
// "2024/05/01 08:30:15.5+08"), so that an export can give them their type back.
TEST(Read, DatesAndTimesKeepTheirKindAsIso8601) {
  TempDir dir;
  std::string path = dir.file("typed.geojson");
  {
    std::ofstream(path) << R"({"type":"FeatureCollection",
      "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},
      "features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[500000,4400000]},
      "properties":{"d":"2024-05-01","dt":"2024-05-01T08:30:15.500+08:00","t":"23:05:09",
                    "big":12345678901,"tags":["a","b"]}}]})";
  }
  GDALAllRegister();  // no GDAL writer ran before: the reader alone
  Warnings warnings;
  Layer layer = io::read_native(path, {}, warnings);
  auto kind_and_text = [&](const char* name) {
    const Column* c = layer.column(name);
    return std::pair{c->kind(), c->to_string(0)};
  };
  EXPECT_EQ(kind_and_text("d"), std::pair(ValueKind::date, std::string("2024-05-01")));
  EXPECT_EQ(kind_and_text("dt"),
            std::pair(ValueKind::date_time, std::string("2024-05-01T08:30:15.500+08:00")));
  EXPECT_EQ(kind_and_text("t"), std::pair(ValueKind::time, std::string("23:05:09")));
  EXPECT_EQ(kind_and_text("big"), std::pair(ValueKind::integer64, std::string("12345678901")));
  EXPECT_EQ(kind_and_text("tags").first, ValueKind::list);
}
