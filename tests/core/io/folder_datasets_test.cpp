// The vector datasets of a folder: each shapefile once (not its .dbf, .shx, .prj, .cpg or
// .shp.xml), GeoPackages, FileGDB folders, a lone .dbf as the table it is; not other files, not
// subfolders.
#include <gtest/gtest.h>

#include <fstream>

#include "landplan/io/read.hpp"
#include "support/fixtures.hpp"

namespace landplan::io {
namespace {

namespace fs = std::filesystem;
using test::FeatureSpec;
using test::LayerSpecForTest;

TEST(VectorDatasets, EachShapefileOnceWithTheOtherDatasetsInNameOrder) {
  test::TempDir dir;
  LayerSpecForTest shapefile{.driver = "ESRI Shapefile",
                             .layer = "DLTB",
                             .fields = {"DLBM"},
                             .features = {{"POLYGON((0 0,1 0,1 1,0 0))", {{"DLBM", "0103"}}}},
                             .creation_options = {"ENCODING=CP936"}};
  test::write_dataset(dir.file("DLTB.shp"), shapefile);
  std::ofstream(dir.file("DLTB.shp.xml")) << "<metadata/>";  // as ArcGIS leaves beside it
  test::write_dataset(dir.file("wells.gpkg"), {.layer = "wells", .features = {{"POINT(1 1)", {}}}});
  fs::create_directory(dir.path() / "county.gdb");
  fs::create_directory(dir.path() / "old");
  test::write_dataset(dir.file("old/DLTB.shp"), shapefile);
  std::ofstream(dir.file("notes.md")) << "# not data\n";
  // A .dbf whose .shp is missing is a table GDAL opens; it is listed (and found to hold no
  // geometry later).
  fs::copy_file(dir.file("DLTB.dbf"), dir.file("orphan.dbf"));
  std::vector<fs::path> expected = {dir.path() / "DLTB.shp", dir.path() / "county.gdb",
                                    dir.path() / "orphan.dbf", dir.path() / "wells.gpkg"};
  EXPECT_EQ(vector_datasets(dir.path()), expected);
}

}  // namespace
}  // namespace landplan::io
