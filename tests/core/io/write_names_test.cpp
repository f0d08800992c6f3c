// Names for other software: DBF field names shortened by landplan on character boundaries
// (valid, unique, stable, mapped in fields.csv), and layer names as safe file names.
#include <gtest/gtest.h>

#include "core/export_fixtures.hpp"
#include "io/write_encoding.hpp"
#include "io/write_names.hpp"
#include "landplan/io/write.hpp"
#include "landplan/text.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::io::detail::output_field_names;
using landplan::io::detail::safe_file_name;
using landplan::io::detail::TextEncoder;
using landplan::test::file_bytes;
using landplan::test::layer_from_wkt;
using landplan::test::read_back;
using landplan::test::square_wkt;
using landplan::test::TempDir;

namespace {

const std::string kEightCharacters = "地类名称代码说明";  // 24 bytes in UTF-8, 16 in GBK

Layer layer_with_fields(const std::vector<std::string>& names) {
  Layer layer =
      layer_from_wkt({square_wkt(409000, 4696000, 10)}, {.name = "parcels", .source = "test"});
  for (std::size_t i = 0; i < names.size(); ++i) {
    Column column(names[i], FieldType::text);
    column.push("值" + std::to_string(i));
    layer.columns.push_back(column);
  }
  return layer;
}

}  // namespace

TEST(ExportNames, EightChineseCharactersFitTenBytesOnCharacterBoundaries) {
  TextEncoder utf8(io::TextEncoding::utf8), gbk(io::TextEncoding::gbk);
  EXPECT_EQ(output_field_names({kEightCharacters}, utf8, 10),
            std::vector<std::string>{"地类名"});  // 9 bytes: a 4th character would need 12
  EXPECT_EQ(output_field_names({kEightCharacters}, gbk, 10),
            std::vector<std::string>{"地类名称代"});  // 5 characters × 2 bytes
  EXPECT_EQ(utf8.size("地类名"), 9u);
  EXPECT_EQ(gbk.size("地类名称代"), 10u);
}

TEST(ExportNames, ShortenedNamesAreUniqueStableAndLeaveFittingNamesAlone) {
  TextEncoder gbk(io::TextEncoding::gbk);
  std::vector<std::string> names = {kEightCharacters, "地类名称代码",    "地类名称代",     "DLBM",
                                    "dlbm",           "population_2020", "population_2021"};
  auto short_names = output_field_names(names, gbk, 10);
  EXPECT_EQ(short_names, (std::vector<std::string>{"地类名称_1", "地类名称_2", "地类名称代", "DLBM",
                                                   "dlbm_1", "population", "populati_1"}));
  for (const std::string& name : short_names) {
    EXPECT_TRUE(is_valid_utf8(name)) << name;
    EXPECT_LE(gbk.size(name), 10u) << name;
  }
  EXPECT_EQ(output_field_names(names, gbk, 10), short_names);  // same input, same names
}

TEST(ExportNames, CharactersTheEncodingLacksBecomeUnderscores) {
  TextEncoder gbk(io::TextEncoding::gbk);
  EXPECT_EQ(output_field_names({"温室🌱", ""}, gbk, 10),
            (std::vector<std::string>{"温室_", "field"}));
}

TEST(ExportNames, OtherFormatsOnlyMakeNamesUniqueIgnoringCase) {
  TextEncoder utf8(io::TextEncoding::utf8);
  EXPECT_EQ(output_field_names({kEightCharacters, "Name", "NAME"}, utf8, 0),
            (std::vector<std::string>{kEightCharacters, "Name", "NAME_1"}));
}

TEST(ExportNames, ShapefileOfAnEightCharacterFieldReadsBackShortAndMapped) {
  for (auto [encoding, expected] : {std::pair{io::TextEncoding::utf8, "地类名"},
                                    std::pair{io::TextEncoding::gbk, "地类名称代"}}) {
    SCOPED_TRACE(expected);
    TempDir dir;
    Layer layer = layer_with_fields({kEightCharacters, "地类名称代码", "村名"});
    io::WriteOptions options;
    options.encoding = encoding;
    Warnings warnings;
    auto written = io::write_layers({layer}, dir.path(), options, warnings);
    auto back = read_back(dir.file("parcels.shp"));
    ASSERT_EQ(back.fields.size(), 3u);
    EXPECT_EQ(back.fields[0], expected);
    EXPECT_EQ(back.fields[2], "村名");
    EXPECT_NE(back.fields[0], back.fields[1]);
    for (std::size_t i = 0; i < 3; ++i) {
      EXPECT_TRUE(is_valid_utf8(back.fields[i]));
      EXPECT_EQ(back.values[0].at(back.fields[i]), "值" + std::to_string(i));
    }
    ASSERT_EQ(written[0].fields, dir.path() / "parcels.fields.csv");
    EXPECT_EQ(file_bytes(written[0].fields),
              "\xEF\xBB\xBFlong_name,short_name\n" + kEightCharacters + "," + back.fields[0] +
                  "\n地类名称代码," + back.fields[1] + "\n村名,村名\n");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_NE(warnings[0].find("field names changed to fit the 10 bytes of a DBF name"),
              std::string::npos);
    EXPECT_NE(warnings[0].find("parcels.fields.csv"), std::string::npos);
  }
}

TEST(ExportNames, LayerNamesBecomeSafeFileNames) {
  EXPECT_EQ(safe_file_name("../evil"), "_evil");
  EXPECT_EQ(safe_file_name(".."), "layer");
  EXPECT_EQ(safe_file_name(""), "layer");
  EXPECT_EQ(safe_file_name("a/b\\c:d*e?f\"g<h>i|j"), "a_b_c_d_e_f_g_h_i_j");
  EXPECT_EQ(safe_file_name("tab\there\nline"), "tab_here_line");
  EXPECT_EQ(safe_file_name("三座店 地块"), "三座店 地块");
  EXPECT_EQ(safe_file_name("trailing. "), "trailing");
  EXPECT_EQ(safe_file_name("CON"), "_CON");
  EXPECT_EQ(safe_file_name("lpt1"), "_lpt1");
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += "地";
  std::string safe = safe_file_name(long_name);
  EXPECT_EQ(safe.size(), 78u);  // 26 whole characters within 80 bytes
  EXPECT_TRUE(is_valid_utf8(safe));
}

TEST(ExportNames, LayerNamedDotDotEvilIsWrittenInsideTheFolder) {
  TempDir dir;
  std::filesystem::create_directory(dir.path() / "out");
  Layer evil = layer_with_fields({"名称"});
  evil.name = "../evil";
  Layer same = layer_with_fields({"名称"});
  same.name = "_EVIL";  // the same file name on Windows: numbered, not overwritten
  Warnings warnings;
  auto written = io::write_layers({evil, same}, dir.path() / "out", {}, warnings);
  EXPECT_EQ(written[0].file, dir.path() / "out" / "_evil.shp");
  EXPECT_EQ(written[1].file, dir.path() / "out" / "_EVIL_2.shp");
  std::vector<std::string> beside;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    beside.push_back(entry.path().filename().string());
  }
  EXPECT_EQ(beside, std::vector<std::string>{"out"});  // nothing escaped, no staging left
  EXPECT_EQ(read_back(dir.file("out/_evil.shp")).values.size(), 1u);
}

TEST(ExportEncoding, CutsKeepWholeCharactersInTheTargetEncoding) {
  TextEncoder utf8(io::TextEncoding::utf8), gbk(io::TextEncoding::gbk);
  EXPECT_EQ(utf8.cut("ab水田", 4), "ab");
  EXPECT_EQ(utf8.cut("ab水田", 5), "ab水");
  EXPECT_EQ(gbk.cut("ab水田", 5), "ab水");
  EXPECT_EQ(gbk.cut("ab水田", 6), "ab水田");
  std::size_t replaced = 0;
  EXPECT_EQ(gbk.representable("水🌱田", "?", replaced), "水?田");
  EXPECT_EQ(replaced, 1u);
  EXPECT_FALSE(gbk.encode("🌱").has_value());
  EXPECT_EQ(*gbk.encode("水"), "\xCB\xAE");
}
