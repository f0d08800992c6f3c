// --assume-crs GCJ-02 and assume_crs = "GCJ-02" end to end: a point digitised on a GCJ-02 map
// comes out at its published WGS 84 position, with one warning; projected layers are refused.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <fstream>

#include "support/fixtures.hpp"

using landplan::test::LayerSpecForTest;
using landplan::test::run_cli;
using landplan::test::TempDir;

namespace {

// googollee/eviltransform's Beijing pair (c/test.c, python/test.py): WGS 84 116.377817,
// 39.911954 is GCJ-02 116.38404722455657, 39.91334545536069 — 554.65 m apart (pyproj Geod).
constexpr double kWgsLon = 116.377817, kWgsLat = 39.911954;
const char* kGcjPoint = "POINT(116.38404722455657 39.91334545536069)";

std::string write_gcj_points(const TempDir& dir, const std::string& crs) {
  std::string file = dir.file("digitised.geojson");
  LayerSpecForTest spec;
  spec.driver = "GeoJSON";
  spec.layer = "digitised";
  spec.crs = crs;
  spec.fields = {"名称"};
  spec.features = {{kGcjPoint, {{"名称", "安置点甲"}}}};
  landplan::test::write_dataset(file, spec);
  return file;
}

// The first point of the only layer of `file`, as GDAL reads it.
std::pair<double, double> first_point(const std::string& file) {
  GDALAllRegister();
  GDALDatasetUniquePtr dataset(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR));
  EXPECT_TRUE(dataset) << file;
  OGRLayer* layer = dataset->GetLayer(0);
  auto feature = OGRFeatureUniquePtr(layer->GetNextFeature());
  auto* point = feature->GetGeometryRef()->toPoint();
  return {point->getX(), point->getY()};
}

int count_of(const std::string& text, const std::string& part) {
  int n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST(Gcj02Cli, ExportPutsAGcjPointAtItsPublishedWgs84Position) {
  TempDir dir;
  std::string source = write_gcj_points(dir, "EPSG:4326");  // what AMap exports declare
  auto result = run_cli({"export", source, "--to", dir.file("out"), "--format", "geojson", "--crs",
                         "EPSG:4326", "--assume-crs", "GCJ-02"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto [lon, lat] = first_point(dir.file("out/digitised.geojson"));
  EXPECT_NEAR(lon, kWgsLon, 1e-9);
  EXPECT_NEAR(lat, kWgsLat, 1e-9);
  EXPECT_EQ(count_of(result.err, "converted from GCJ-02 to WGS 84"), 1) << result.err;
  EXPECT_NE(result.err.find("moved it about 555 m"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("approximate"), std::string::npos) << result.err;
}

TEST(Gcj02Cli, WithoutBeingAskedNothingMoves) {
  TempDir dir;
  std::string source = write_gcj_points(dir, "EPSG:4326");
  auto result = run_cli(
      {"export", source, "--to", dir.file("out"), "--format", "geojson", "--crs", "EPSG:4326"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto [lon, lat] = first_point(dir.file("out/digitised.geojson"));
  EXPECT_NEAR(lon, 116.38404722455657, 1e-12);
  EXPECT_NEAR(lat, 39.91334545536069, 1e-12);
  EXPECT_EQ(result.err.find("GCJ-02"), std::string::npos) << result.err;
}

TEST(Gcj02Cli, ProjectLayerWithoutCrsTakesAssumeCrsGcj02) {
  TempDir dir;
  std::string source = write_gcj_points(dir, "");  // declares no CRS: WGS 84 lon/lat assumed
  std::ofstream(dir.file("project.toml"))
      << "[layers.sites]\nsource = \"digitised.geojson\"\nrole = \"relocation_sites\"\n"
         "assume_crs = \"GCJ-02\"\n";
  auto result = run_cli({"export", dir.file("project.toml"), "--to", dir.file("out"), "--format",
                         "geojson", "--crs", "EPSG:4326"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto [lon, lat] = first_point(dir.file("out/sites.geojson"));
  EXPECT_NEAR(lon, kWgsLon, 1e-9);
  EXPECT_NEAR(lat, kWgsLat, 1e-9);
}

TEST(Gcj02Cli, AreaOfAGcjPolygonWarnsOnceAndMeasuresTheMovedShape) {
  TempDir dir;
  std::string file = dir.file("zone.geojson");
  LayerSpecForTest spec;
  spec.driver = "GeoJSON";
  spec.layer = "zone";
  spec.crs = "EPSG:4326";
  spec.features = {
      {"POLYGON((116.384 39.913,116.385 39.913,116.385 39.914,116.384 39.914,"
       "116.384 39.913))",
       {}}};
  landplan::test::write_dataset(file, spec);
  auto plain = run_cli({"area", file, "--format", "csv"});
  auto gcj = run_cli({"area", file, "--assume-crs", "gcj02", "--format", "csv"});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(gcj.exit_code, 0) << gcj.err;
  EXPECT_EQ(count_of(gcj.err, "converted from GCJ-02"), 1) << gcj.err;
  // The offset varies slowly: the shape moves as a whole and keeps its area to 0.5%.
  double plain_m2 = std::stod(landplan::test::parse_csv(plain.out)[1][1]);
  double gcj_m2 = std::stod(landplan::test::parse_csv(gcj.out)[1][1]);
  EXPECT_NEAR(gcj_m2, plain_m2, 0.005 * plain_m2);
}

TEST(Gcj02Cli, AProjectedLayerIsRefusedInOneLine) {
  TempDir dir;
  std::string file = dir.file("gk.gpkg");
  LayerSpecForTest spec;
  spec.crs = "EPSG:4549";
  spec.features = {{"POINT(450000 4420000)", {}}};
  landplan::test::write_dataset(file, spec);
  auto result = run_cli({"area", file, "--assume-crs", "GCJ-02"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(count_of(result.err, "\n"), 1) << result.err;
  EXPECT_NE(result.err.find("EPSG:4549"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("drop --assume-crs GCJ-02"), std::string::npos) << result.err;
}
