// Shapefile limits checked before writing: the .shp and .dbf sizes landplan predicts are the
// sizes GDAL writes, so the 2 GB refusal is exact; more than 255 DBF fields is refused too.
#include <gtest/gtest.h>

#include "core/export_fixtures.hpp"
#include "io/write_schema.hpp"
#include "landplan/io/write.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::io::detail::check_shapefile_limits;
using landplan::io::detail::dbf_file_size;
using landplan::io::detail::LayerSchema;
using landplan::io::detail::layer_schema;
using landplan::io::detail::shp_file_size;
using landplan::io::detail::TextEncoder;
using landplan::test::chinese_parcels;
using landplan::test::layer_from_wkt;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::vector<Layer> layers_of_every_kind() {
  Layer wells = layer_from_wkt({"POINT(409000 4696000)", ""}, {.name = "wells", .source = "test"});
  Layer groups = layer_from_wkt(  // written as MultiPoint
      {"MULTIPOINT((409000 4696000),(409010 4696000),(409020 4696000))", "POINT(409100 4696000)"},
      {.name = "groups", .source = "test"});
  Layer roads = layer_from_wkt({"MULTILINESTRING((0 0,10 0,10 10),(20 0,30 0))"},
                               {.name = "roads", .source = "test"});
  Column name("名称", FieldType::text);
  name.push(std::string("一条很长的路"));
  roads.columns = {name};
  return {chinese_parcels("parcels"), wells, groups, roads};
}

LayerSchema schema_of(const Layer& layer, const std::string& where = "out/x.shp") {
  TextEncoder encoder(io::TextEncoding::gbk);
  io::WriteOptions options;
  options.encoding = io::TextEncoding::gbk;
  Warnings warnings;
  return layer_schema(layer, layer.name, where, options, encoder, warnings);
}

}  // namespace

TEST(ExportLimits, PredictedShpAndDbfSizesAreTheSizesGdalWrites) {
  TempDir dir;
  auto layers = layers_of_every_kind();
  io::WriteOptions options;
  options.encoding = io::TextEncoding::gbk;
  Warnings warnings;
  io::write_layers(layers, dir.path(), options, warnings);
  for (const Layer& layer : layers) {
    SCOPED_TRACE(layer.name);
    LayerSchema schema = schema_of(layer);
    EXPECT_EQ(shp_file_size(schema), fs::file_size(dir.path() / (layer.name + ".shp")));
    EXPECT_EQ(dbf_file_size(schema), fs::file_size(dir.path() / (layer.name + ".dbf")));
  }
}

TEST(ExportLimits, FileAtTheLimitIsRefusedBeforeWritingWithWhatToDo) {
  Layer layer = chinese_parcels("parcels");
  LayerSchema schema = schema_of(layer, "out/parcels.shp");
  std::uint64_t shp = shp_file_size(schema);
  EXPECT_NO_THROW(check_shapefile_limits(schema, std::max(shp, dbf_file_size(schema)) + 1));
  try {
    check_shapefile_limits(schema, shp);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "out/parcels.shp: its .shp would be " + std::to_string(shp) +
                                         " bytes, over the " + std::to_string(shp) +
                                         " bytes a shapefile can hold — export with --format "
                                         "gpkg or fgb, or split the layer");
  }
  EXPECT_EQ(io::detail::kShapefileMaxBytes, 2147483648u);
}

TEST(ExportLimits, MoreThan255FieldsAreRefusedAndNothingIsWritten) {
  TempDir dir;
  Layer layer = layer_from_wkt({"POINT(409000 4696000)"}, {.name = "wide", .source = "test"});
  for (int i = 0; i < 256; ++i) {
    Column column("f" + std::to_string(i), FieldType::integer);
    column.push(std::int64_t{i});
    layer.columns.push_back(column);
  }
  Warnings warnings;
  try {
    io::write_layers({layer}, dir.path() / "out", {}, warnings);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("has 256 fields, more than the 255 a DBF file can hold "
                                         "— export with --format gpkg"),
              std::string::npos);
  }
  EXPECT_FALSE(fs::exists(dir.path() / "out"));
  EXPECT_TRUE(fs::is_empty(dir.path()));  // no staging folder left either
}
