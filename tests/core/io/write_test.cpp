// Export round trips, read back with GDAL: the same features, the same areas (1e-9 relative),
// the same Chinese text in UTF-8 and GBK, the .cpg that says which, and values DBF cannot hold.
#include "landplan/io/write.hpp"

#include <gtest/gtest.h>
#include <iconv.h>

#include <cmath>

#include "core/export_fixtures.hpp"
#include "landplan/planar.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::chinese_parcels;
using landplan::test::file_bytes;
using landplan::test::layer_from_wkt;
using landplan::test::read_back;
using landplan::test::square_wkt;
using landplan::test::TempDir;

namespace {

std::vector<io::WrittenLayer> export_layers(const std::vector<Layer>& layers,
                                            const std::filesystem::path& dir,
                                            io::OutputFormat format, io::TextEncoding encoding,
                                            Warnings& warnings) {
  io::WriteOptions options;
  options.format = format;
  options.encoding = encoding;
  return io::write_layers(layers, dir, options, warnings);
}

std::string gbk(const std::string& utf8) {
  iconv_t cd = iconv_open("CP936", "UTF-8");
  std::string out(utf8.size() * 2, '\0');
  char* in = const_cast<char*>(utf8.data());
  char* next = out.data();
  std::size_t in_left = utf8.size(), out_left = out.size();
  iconv(cd, &in, &in_left, &next, &out_left);
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

// Same features, areas, Chinese text and integers as `layer`, in the same order.
void expect_same_features(const Layer& layer, const test::ReadBack& back) {
  ASSERT_EQ(back.values.size(), layer.size());
  for (std::size_t f = 0; f < layer.size(); ++f) {
    SCOPED_TRACE("feature " + std::to_string(f));
    EXPECT_EQ(back.has_geometry[f], !layer.is_null(f));
    if (!layer.is_null(f)) {
      double expected = planar_area(layer, f);
      EXPECT_NEAR(back.areas[f], expected, 1e-9 * expected);
    }
    EXPECT_EQ(back.values[f].at("村名"), layer.column("村名")->text(f));
    EXPECT_EQ(back.values[f].at("地类"), layer.column("地类")->text(f));
    if (layer.column("户数")->is_null(f)) {
      EXPECT_EQ(back.values[f].count("户数"), 0u);
    } else {
      EXPECT_EQ(back.values[f].at("户数"), std::to_string(layer.column("户数")->integer(f)));
    }
    EXPECT_DOUBLE_EQ(std::stod(back.values[f].at("亩数")), layer.column("亩数")->real(f));
  }
}

}  // namespace

TEST(WriteShapefile, Utf8RoundTripKeepsAreasAndChineseTextWithUtf8Cpg) {
  TempDir dir;
  Layer layer = chinese_parcels("parcels");
  Warnings warnings;
  auto written = export_layers({layer}, dir.path() / "out", io::OutputFormat::shp,
                               io::TextEncoding::utf8, warnings);
  ASSERT_EQ(written.size(), 1u);
  EXPECT_EQ(written[0].file, dir.path() / "out" / "parcels.shp");
  EXPECT_EQ(written[0].features, 4u);
  EXPECT_TRUE(written[0].fields.empty());  // every name fits 10 bytes of UTF-8
  for (const char* part : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / (std::string("parcels") + part)))
        << part;
  }
  EXPECT_EQ(file_bytes(dir.path() / "out" / "parcels.cpg"), "UTF-8");
  auto back = read_back(dir.file("out/parcels.shp"));
  expect_same_features(layer, back);
  EXPECT_NE(back.srs_wkt.find("CGCS2000"), std::string::npos);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

TEST(WriteShapefile, GbkRoundTripWritesCp936BytesAndA936Cpg) {
  TempDir dir;
  Layer layer = chinese_parcels("parcels");
  Warnings warnings;
  export_layers({layer}, dir.path(), io::OutputFormat::shp, io::TextEncoding::gbk, warnings);
  // "936" is the .cpg that both ArcGIS and GDAL read as GBK; the DBF's language driver byte
  // 0x4D says the same to software that ignores .cpg.
  EXPECT_EQ(file_bytes(dir.path() / "parcels.cpg"), "936");
  std::string dbf = file_bytes(dir.path() / "parcels.dbf");
  EXPECT_EQ(static_cast<unsigned char>(dbf[29]), 0x4D);
  EXPECT_NE(dbf.find(gbk("池家营子")), std::string::npos);
  EXPECT_EQ(dbf.find("池家营子"), std::string::npos);   // not UTF-8
  EXPECT_NE(dbf.find(gbk("户数")), std::string::npos);  // field names in GBK too
  expect_same_features(layer, read_back(dir.file("parcels.shp")));
}

class WriteEveryFormat : public testing::TestWithParam<io::OutputFormat> {};

TEST_P(WriteEveryFormat, RoundTripKeepsFeaturesAreasAndChineseText) {
  TempDir dir;
  Layer layer = chinese_parcels();
  Warnings warnings;
  auto written = export_layers({layer}, dir.path(), GetParam(), io::TextEncoding::utf8, warnings);
  ASSERT_EQ(written.size(), 1u);
  ASSERT_TRUE(std::filesystem::exists(written[0].file));
  if (GetParam() == io::OutputFormat::fgb) {
    // FlatGeobuf cannot hold a feature without geometry: left out, and said so.
    ASSERT_EQ(written[0].features, 3u);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_NE(warnings[0].find("1 feature without geometry left out"), std::string::npos);
    layer = chinese_parcels("地块", false);
  } else {
    EXPECT_EQ(written[0].features, 4u);
    EXPECT_TRUE(warnings.empty()) << warnings.front();
  }
  std::string path = written[0].file.string();
  if (GetParam() == io::OutputFormat::shpzip) path = "/vsizip/" + path + "/地块.shp";
  auto back = read_back(path);
  expect_same_features(layer, back);
  EXPECT_NE(back.srs_wkt.find("CGCS2000"), std::string::npos);
  if (GetParam() == io::OutputFormat::gpkg) {
    EXPECT_EQ(back.layer_name, "地块");
    EXPECT_EQ(back.fids, (std::vector<std::int64_t>{1, 2, 3, 4}));  // FIDs kept for tracing
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, WriteEveryFormat,
                         testing::Values(io::OutputFormat::shp, io::OutputFormat::shpzip,
                                         io::OutputFormat::gpkg, io::OutputFormat::geojson,
                                         io::OutputFormat::fgb, io::OutputFormat::csv),
                         [](const auto& info) { return std::string(io::format_name(info.param)); });

TEST(WriteShapefile, ZipHoldsTheShapefileAndA936CpgForGbk) {
  TempDir dir;
  Warnings warnings;
  export_layers({chinese_parcels()}, dir.path(), io::OutputFormat::shpzip, io::TextEncoding::gbk,
                warnings);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "地块.shp.zip"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "地块.shp"));  // only the zip is left
  std::string zip = "/vsizip/" + dir.file("地块.shp.zip");
  char** names = VSIReadDir(zip.c_str());
  std::vector<std::string> listed;
  for (char** n = names; n && *n; ++n) listed.emplace_back(*n);
  CSLDestroy(names);
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(listed,
            (std::vector<std::string>{"地块.cpg", "地块.dbf", "地块.prj", "地块.shp", "地块.shx"}));
  VSILFILE* cpg = VSIFOpenL((zip + "/地块.cpg").c_str(), "rb");
  ASSERT_NE(cpg, nullptr);
  char text[8] = {};
  VSIFReadL(text, 1, sizeof text - 1, cpg);
  VSIFCloseL(cpg);
  EXPECT_STREQ(text, "936");
  expect_same_features(chinese_parcels(), read_back(zip + "/地块.shp"));
}

TEST(WriteCsv, GbkCsvIsCp936WithoutByteOrderMarkAndUtf8HasOne) {
  TempDir dir;
  Warnings warnings;
  export_layers({chinese_parcels("gbk")}, dir.path(), io::OutputFormat::csv, io::TextEncoding::gbk,
                warnings);
  export_layers({chinese_parcels("utf8")}, dir.path(), io::OutputFormat::csv,
                io::TextEncoding::utf8, warnings);
  std::string gbk_text = file_bytes(dir.path() / "gbk.csv");
  std::string utf8_text = file_bytes(dir.path() / "utf8.csv");
  EXPECT_TRUE(gbk_text.starts_with("WKT,"));
  EXPECT_NE(gbk_text.find(gbk("池家营子")), std::string::npos);
  EXPECT_TRUE(utf8_text.starts_with("\xEF\xBB\xBFWKT,"));
  EXPECT_NE(utf8_text.find("池家营子"), std::string::npos);
}

TEST(WriteGeometry, PointLayerWithAMultiPointFeatureIsWrittenAsMultiPoint) {
  TempDir dir;
  Layer wells = layer_from_wkt(
      {"POINT(409000 4696000)", "MULTIPOINT((409100 4696000),(409200 4696050))"},  // 2: one well
      {.name = "wells", .source = "test"});
  Warnings warnings;
  export_layers({wells}, dir.path(), io::OutputFormat::shp, io::TextEncoding::utf8, warnings);
  export_layers({wells}, dir.path(), io::OutputFormat::gpkg, io::TextEncoding::utf8, warnings);
  for (std::string file : {"wells.shp", "wells.gpkg"}) {
    auto back = read_back(dir.file(file));
    EXPECT_EQ(wkbFlatten(back.type), wkbMultiPoint) << file;
    EXPECT_EQ(back.values.size(), 2u) << file;
    EXPECT_EQ(back.geometry_types[1], "MULTIPOINT") << file;
  }
}

TEST(WriteGeometry, LinesAndPolygonsWithSomeMultiPartFeaturesKeepEveryPart) {
  TempDir dir;
  Layer roads = layer_from_wkt(
      {"LINESTRING(0 0,100 0)", "MULTILINESTRING((0 10,100 10),(0 20,50 25,100 20))"},
      {.name = "roads", .source = "test"});
  Warnings warnings;
  export_layers({roads}, dir.path(), io::OutputFormat::gpkg, io::TextEncoding::utf8, warnings);
  auto back = read_back(dir.file("roads.gpkg"));
  EXPECT_EQ(wkbFlatten(back.type), wkbMultiLineString);
  EXPECT_EQ(back.geometry_types, (std::vector<std::string>{"MULTILINESTRING", "MULTILINESTRING"}));
}

TEST(WriteDbfLimits, LongTextIsCutOnACharacterBoundaryAndWarned) {
  TempDir dir;
  Layer layer = layer_from_wkt({square_wkt(409000, 4696000, 10)},
                               {.name = "notes", .source = "test", .fids = {7}});
  Column note("备注", FieldType::text);
  std::string long_text = "a";  // 1 + 3 × 100 bytes in UTF-8: 254 falls inside a character
  for (int i = 0; i < 100; ++i) long_text += "水";
  note.push(long_text);
  layer.columns = {note};
  Warnings warnings;
  export_layers({layer}, dir.path(), io::OutputFormat::shp, io::TextEncoding::utf8, warnings);
  auto back = read_back(dir.file("notes.shp"));
  std::string cut = back.values[0].at("备注");
  EXPECT_EQ(cut.size(), 1u + 3 * 84);  // 253 bytes: the 85th 水 would need 256
  EXPECT_EQ(cut, long_text.substr(0, cut.size()));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("1 value over 254 bytes, the DBF limit, cut on a character boundary"),
            std::string::npos);
  EXPECT_NE(warnings[0].find("first at fid 7"), std::string::npos);
  // In GBK 水 takes 2 bytes, so the cut keeps 126 of them.
  warnings.clear();
  export_layers({layer}, dir.path() / "gbk", io::OutputFormat::shp, io::TextEncoding::gbk,
                warnings);
  EXPECT_EQ(read_back(dir.file("gbk/notes.shp")).values[0].at("备注"),
            long_text.substr(0, 1 + 3 * 126));
}

TEST(WriteDbfLimits, CharactersGbkLacksBecomeQuestionMarksWithAWarning) {
  TempDir dir;
  Layer layer =
      layer_from_wkt({square_wkt(409000, 4696000, 10)}, {.name = "names", .source = "test"});
  Column name("名称", FieldType::text);
  name.push(std::string("温室🌱一号"));  // the emoji has no GBK code
  layer.columns = {name};
  Warnings warnings;
  export_layers({layer}, dir.path(), io::OutputFormat::shp, io::TextEncoding::gbk, warnings);
  EXPECT_EQ(read_back(dir.file("names.shp")).values[0].at("名称"), "温室?一号");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("1 character that GBK cannot hold written as '?'"), std::string::npos);
  EXPECT_NE(warnings[0].find("--encoding UTF-8"), std::string::npos);
}

TEST(WriteDbfLimits, IntegersBeyondFifteenDigitsStayWholeAsText) {
  TempDir dir;
  Layer layer = layer_from_wkt({square_wkt(409000, 4696000, 10), square_wkt(409100, 4696000, 10)},
                               {.name = "ids", .source = "test"});
  Column small("small", FieldType::integer), wide("wide", FieldType::integer),
      huge("huge", FieldType::integer);
  small.push(std::int64_t{-42});
  small.push(std::int64_t{123456789});
  wide.push(std::int64_t{4'294'967'296});  // beyond 32 bits, exact in ArcGIS's doubles
  wide.push(std::int64_t{-999'999'999'999'999});
  huge.push(std::int64_t{9'007'199'254'740'993});  // 2^53 + 1: a double would round it
  huge.push_null();
  layer.columns = {small, wide, huge};
  Warnings warnings;
  export_layers({layer}, dir.path(), io::OutputFormat::shp, io::TextEncoding::utf8, warnings);
  auto back = read_back(dir.file("ids.shp"));
  EXPECT_EQ(back.definitions[0].GetType(), OFTInteger);
  EXPECT_EQ(back.definitions[1].GetType(), OFTInteger64);
  EXPECT_EQ(back.definitions[2].GetType(), OFTString);
  EXPECT_EQ(back.values[0].at("small"), "-42");
  EXPECT_EQ(back.values[1].at("small"), "123456789");
  EXPECT_EQ(back.values[0].at("wide"), "4294967296");
  EXPECT_EQ(back.values[1].at("wide"), "-999999999999999");
  EXPECT_EQ(back.values[0].at("huge"), "9007199254740993");
  EXPECT_EQ(back.values[1].count("huge"), 0u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("field huge: integers of more than 15 digits written as text"),
            std::string::npos);
}

TEST(WriteDbfLimits, RealsKeepTheirDigitsAndNonFiniteValuesBecomeEmpty) {
  TempDir dir;
  Column value("value", FieldType::real);
  double values[] = {1.5, 1e12 + 0.25, -123456789.125, std::nan("")};
  std::vector<std::string> squares;
  for (int i = 0; i < 4; ++i) {
    squares.push_back(square_wkt(409000 + 100 * i, 4696000, 10));
    value.push(values[i]);
  }
  Layer layer = layer_from_wkt(squares, {.name = "reals", .source = "test", .fids = {0, 1, 2, 3}});
  layer.columns = {value};
  Warnings warnings;
  export_layers({layer}, dir.path(), io::OutputFormat::shp, io::TextEncoding::utf8, warnings);
  auto back = read_back(dir.file("reals.shp"));
  for (int i = 0; i < 3; ++i) EXPECT_EQ(std::stod(back.values[i].at("value")), values[i]);
  EXPECT_EQ(back.values[3].count("value"), 0u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("1 value NaN or infinite left empty"), std::string::npos);
}

TEST(WriteDbfLimits, FixedDecimalsAreRoundedAndStatedInTheFieldWidth) {
  TempDir dir;
  Layer layer =
      layer_from_wkt({square_wkt(409000, 4696000, 10)}, {.name = "zones", .source = "test"});
  Column mu("area_mu", FieldType::real);
  mu.push(1650.123456789);
  layer.columns = {mu};
  io::WriteOptions options;
  options.fixed_decimals["area_mu"] = 4;
  for (io::OutputFormat format : {io::OutputFormat::shp, io::OutputFormat::gpkg}) {
    options.format = format;
    Warnings warnings;
    io::write_layers({layer}, dir.path(), options, warnings);
  }
  auto shp = read_back(dir.file("zones.shp"));
  EXPECT_EQ(shp.definitions[0].GetWidth(), 18);
  EXPECT_EQ(shp.definitions[0].GetPrecision(), 4);
  EXPECT_EQ(shp.values[0].at("area_mu"), "1650.1235");
  EXPECT_EQ(std::stod(read_back(dir.file("zones.gpkg")).values[0].at("area_mu")), 1650.1235);
}

TEST(WriteEncoding, GeoPackageRefusesGbkBecauseItIsAlwaysUtf8) {
  TempDir dir;
  Warnings warnings;
  try {
    export_layers({chinese_parcels()}, dir.path() / "out", io::OutputFormat::gpkg,
                  io::TextEncoding::gbk, warnings);
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("--encoding: gpkg files are always UTF-8"),
              std::string::npos);
  }
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out"));
}

TEST(WriteOptions, FormatAndEncodingNamesParse) {
  EXPECT_EQ(io::parse_output_format("shpzip"), io::OutputFormat::shpzip);
  EXPECT_EQ(io::parse_output_format("kmz"), io::OutputFormat::kmz);
  EXPECT_FALSE(io::parse_output_format("dxf").has_value());
  EXPECT_EQ(io::parse_text_encoding("gbk"), io::TextEncoding::gbk);
  EXPECT_EQ(io::parse_text_encoding("936"), io::TextEncoding::gbk);
  EXPECT_EQ(io::parse_text_encoding("utf8"), io::TextEncoding::utf8);
  EXPECT_FALSE(io::parse_text_encoding("big5").has_value());
}
