// Reading the Ministry's coordinate-exchange TXT (界址点坐标) through the ordinary reader:
// hand-made files with known areas, in both column orders and both encodings, and every refusal
// with its line number.
#include <cpl_string.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "landplan/gauss_kruger.hpp"
#include "landplan/io/read.hpp"
#include "landplan/planar.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::input_error_of;
using landplan::test::TempDir;

namespace {

// A 100 m square with a 20 m square hole (9,600 m² = 0.96 公顷), in CGCS2000 3-degree zone 40.

std::string header(const std::string& zone = "40", const std::string& datum = "2000国家大地坐标系",
                   const std::string& width = "3") {
  return "[属性描述]\n格式版本号=1.01版本\n数据产生单位=\n数据产生日期=2024-05-20\n坐标系=" +
         datum + "\n几度分带=" + width + "\n投影类型=高斯克吕格\n计量单位=米\n带号=" + zone +
         "\n精度=0.001\n转换参数=,,,,,,\n[地块坐标]\n";
}

// The plot's points as "X,Y" (northing, easting) or, with `easting_first`, "Y,X"; the easting
// with the zone number 40 unless `prefix` is false.
std::string square_with_hole(bool easting_first = false, bool prefix = true,
                             const std::string& area = "0.9600") {
  double e0 = prefix ? 40423000 : 423000, n0 = 4702300;
  auto point = [&](int number, int ring, double n, double e) {
    char text[128];
    if (easting_first) {
      std::snprintf(text, sizeof text, "J%d,%d,%.3f,%.3f\n", number, ring, e, n);
    } else {
      std::snprintf(text, sizeof text, "J%d,%d,%.3f,%.3f\n", number, ring, n, e);
    }
    return std::string(text);
  };
  std::string plot = "10," + area + ",1,三座店移民新村,面,,建设用地,0702,@\n";
  plot += point(1, 1, n0, e0) + point(2, 1, n0 + 100, e0) + point(3, 1, n0 + 100, e0 + 100) +
          point(4, 1, n0, e0 + 100) + point(1, 1, n0, e0);
  plot += point(5, 2, n0 + 40, e0 + 40) + point(6, 2, n0 + 60, e0 + 40) +
          point(7, 2, n0 + 60, e0 + 60) + point(8, 2, n0 + 40, e0 + 60) +
          point(5, 2, n0 + 40, e0 + 40);
  return plot;
}

std::string crlf(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

std::string gbk(const std::string& utf8) {
  std::unique_ptr<char, decltype(&CPLFree)> bytes(CPLRecode(utf8.c_str(), CPL_ENC_UTF8, "CP936"),
                                                  CPLFree);
  return bytes.get();
}

std::string write(const TempDir& d, const std::string& name, const std::string& bytes) {
  std::ofstream(d.file(name), std::ios::binary) << bytes;
  return d.file(name);
}

Layer read(const std::string& file, Warnings& warnings, const std::string& encoding = "") {
  io::ReadOptions options;
  options.source_encoding = encoding;
  return io::read_native(file, options, warnings);
}

double total_area(const Layer& layer) {
  double m2 = 0;
  for (std::size_t f = 0; f < layer.size(); ++f) m2 += planar_area(layer, f);
  return m2;
}

bool any_contains(const Warnings& warnings, const std::string& part) {
  for (const std::string& line : warnings)
    if (line.find(part) != std::string::npos) return true;
  return false;
}

TEST(ReadJzd, SquareWithHoleInBothOrdersAndEncodingsHasTheSameArea) {
  TempDir d;
  struct Variant {
    std::string name, bytes, encoding;
    bool swapped;
  };
  std::string utf8 = header() + square_with_hole();
  std::string swapped = header() + square_with_hole(true);
  std::vector<Variant> variants = {
      {"utf8.txt", utf8, "", false},
      {"bom_crlf.txt", "\xEF\xBB\xBF" + crlf(utf8), "", false},
      {"gbk_crlf.txt", gbk(crlf(utf8)), "", false},
      {"gbk_named.txt", gbk(utf8), "GBK", false},
      {"swapped_gbk.txt", gbk(crlf(swapped)), "", true},
      {"swapped_utf8.TXT", swapped, "", true},
  };
  for (const Variant& v : variants) {
    SCOPED_TRACE(v.name);
    Warnings warnings;
    Layer layer = read(write(d, v.name, v.bytes), warnings, v.encoding);
    ASSERT_EQ(layer.size(), 1u);
    EXPECT_EQ(layer.kind, GeometryKind::polygon);
    EXPECT_EQ(layer.crs.id(), "EPSG:4528");
    EXPECT_DOUBLE_EQ(total_area(layer), 100.0 * 100 - 20.0 * 20);
    EXPECT_EQ(layer.part_count(0), 1u);
    Box box = layer.box(0);
    EXPECT_DOUBLE_EQ(box.minx, 40423000);  // x east, y north whatever the file's order
    EXPECT_DOUBLE_EQ(box.miny, 4702300);
    EXPECT_EQ(layer.field("地块名称").text(0), "三座店移民新村");
    EXPECT_EQ(layer.field("地块编号").text(0), "1");
    EXPECT_EQ(layer.field("地块用途").text(0), "建设用地");
    EXPECT_EQ(layer.field("地类编码").text(0), "0702");
    EXPECT_TRUE(layer.field("图幅号").is_null(0));
    EXPECT_DOUBLE_EQ(layer.field("申报面积_公顷").real(0), 0.96);
    EXPECT_EQ(layer.encoding, v.name.find("gbk") == 0 || v.name.find("_gbk") != std::string::npos
                                  ? "GBK"
                                  : "UTF-8");
    EXPECT_EQ(any_contains(warnings, "easting first"), v.swapped);
    EXPECT_EQ(warnings.size(), v.swapped ? 1u : 0u);
  }
}

TEST(ReadJzd, FieldsComeInTheIssuesOrder) {
  TempDir d;
  Warnings warnings;
  Layer layer = read(write(d, "a.txt", header() + square_with_hole()), warnings);
  std::vector<std::string> names;
  for (const Column& column : layer.columns) names.push_back(column.name());
  EXPECT_EQ(names, (std::vector<std::string>{"地块编号", "地块名称", "地块用途", "地类编码",
                                             "图幅号", "申报面积_公顷"}));
}

TEST(ReadJzd, EastingsWithoutZoneNumberTakeTheZoneOf带号WithAWarning) {
  TempDir d;
  Warnings warnings;
  Layer layer = read(write(d, "a.txt", header() + square_with_hole(false, false)), warnings);
  EXPECT_EQ(layer.crs.id(), "EPSG:4549");
  EXPECT_DOUBLE_EQ(total_area(layer), 9600);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("a.txt:a: line 14: the eastings carry no zone number though 带号=40 "
                             "(line 9): read as EPSG:4549 (CGCS2000 3-degree Gauss-Kruger CM "
                             "120E)"),
            std::string::npos)
      << warnings[0];
}

TEST(ReadJzd, ZoneOf带号ContradictingThePrefixIsRefusedWithTheLine) {
  TempDir d;
  Warnings warnings;
  std::string file = write(d, "a.txt", header("39") + square_with_hole());
  EXPECT_EQ(input_error_of([&] { read(file, warnings); }),
            file +
                ": line 14: the easting carries the zone number 40, but 带号=39 (line 9) says "
                "zone 39 — correct 带号 or the eastings");
}

TEST(ReadJzd, XianAndSixDegreeZonesNameTheirCode) {
  TempDir d;
  std::string text = header("20", "1980西安坐标系", "6") +
                     "5,1.0000,7,地块,面,,,,@\n1,1,4702300,20423000\n2,1,4702400,20423000\n"
                     "3,1,4702400,20423100\n4,1,4702300,20423100\n1,1,4702300,20423000\n";
  Warnings warnings;
  Layer layer = read(write(d, "a.txt", text), warnings);
  EXPECT_EQ(layer.crs.id(), (GaussKruger{GkDatum::xian1980, 6, 20, true}).id());
  EXPECT_EQ(layer.crs.name(), "Xian 1980 / Gauss-Kruger zone 20");
  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

TEST(ReadJzd, ASixDegreeZoneUnder几度分带3IsRefused) {
  TempDir d;
  std::string text = header("20") +
                     "5,,1,a,面,,,,@\n1,1,4702300,20423000\n2,1,4702400,20423000\n"
                     "3,1,4702400,20423100\n1,1,4702300,20423000\n";
  std::string file = write(d, "a.txt", text);
  Warnings warnings;
  EXPECT_EQ(input_error_of([&] { read(file, warnings); }),
            file +
                ": line 6: zone 20 is no 3-degree Gauss-Kruger zone of China (25–45) but a "
                "6-degree one — correct 几度分带 or 带号");
}

TEST(ReadJzd, ARingOutsideRingOneIsAFurtherPart) {
  TempDir d;
  std::string text = header() +
                     "10,2.0000,1,两块,面,,,,@\n"
                     "J1,1,4702300,40423000\nJ2,1,4702400,40423000\nJ3,1,4702400,40423100\n"
                     "J4,1,4702300,40423100\nJ1,1,4702300,40423000\n"
                     "J5,2,4702300,40423200\nJ6,2,4702400,40423200\nJ7,2,4702400,40423300\n"
                     "J8,2,4702300,40423300\nJ5,2,4702300,40423200\n";
  Warnings warnings;
  Layer layer = read(write(d, "a.txt", text), warnings);
  EXPECT_EQ(layer.part_count(0), 2u);
  EXPECT_DOUBLE_EQ(total_area(layer), 20000);
  EXPECT_TRUE(warnings.empty());
}

TEST(ReadJzd, ProvincialExtraFieldsAreKept) {
  TempDir d;
  std::string text = header() +
                     "4,0.5000,1,三角,面,K50,建设用地,0702,乡村,2024,@\n"
                     "J1,1,4702300,40423000\nJ2,1,4702400,40423000\nJ3,1,4702400,40423100\n"
                     "J1,1,4702300,40423000\n";
  Warnings warnings;
  Layer layer = read(write(d, "a.txt", text), warnings);
  EXPECT_EQ(layer.field("图幅号").text(0), "K50");
  EXPECT_EQ(layer.field("附加属性1").text(0), "乡村");
  EXPECT_EQ(layer.field("附加属性2").text(0), "2024");
  EXPECT_TRUE(warnings.empty()) << warnings.front();  // 5,000 m² = 0.5000 公顷
}

TEST(ReadJzd, DeclaredHectaresOffByMoreThanTheFourthDecimalAreWarned) {
  TempDir d;
  Warnings exact, off;
  read(write(d, "a.txt", header() + square_with_hole(false, true, "0.96")), exact);
  read(write(d, "b.txt", header() + square_with_hole(false, true, "0.9601")), off);
  EXPECT_TRUE(exact.empty());
  ASSERT_EQ(off.size(), 1u);
  EXPECT_NE(off[0].find("b.txt:b: line 13: the plot declares 0.9601 公顷, its coordinates give "
                        "0.9600"),
            std::string::npos)
      << off[0];
}

// Each error a broken file can have, with the line it names.
TEST(ReadJzd, ErrorsNameTheLine) {
  TempDir d;
  struct Case {
    std::string name, text, message;
  };
  std::string plot = "5,,1,a,面,,,,@\n";
  std::vector<Case> cases = {
      {"unclosed",
       header() + plot +
           "J1,1,4702300,40423000\nJ2,1,4702400,40423000\n"
           "J3,1,4702400,40423100\nJ4,1,4702300,40423100\n",
       "line 17: ring 1 (from line 14) is not closed: its last point is not its first — repeat "
       "the ring's first point at its end"},
      {"two_points",
       header() + plot +
           "J1,1,4702300,40423000\nJ2,1,4702400,40423000\n"
           "J1,1,4702300,40423000\n",
       "line 14: ring 1 has fewer than 3 points"},
      {"not_a_number", header() + plot + "J1,1,4702300,40423000\nJ2,1,47O2400,40423000\n",
       "line 15: the coordinate '47O2400' is not a number"},
      {"no_plots_section", "[属性描述]\n坐标系=2000国家大地坐标系\n带号=40\n",
       "line 4: the file ends without a [地块坐标] section"},
      {"ambiguous",
       header() + plot +
           "J1,1,4702300,4702300\nJ2,1,4702400,4702300\n"
           "J3,1,4702400,4702400\nJ1,1,4702300,4702300\n",
       "line 14: cannot tell the northing from the easting in 4702300.000, 4702300.000"},
      {"mixed_prefix",
       header() + plot +
           "J1,1,4702300,40423000\nJ2,1,4702400,423000\n"
           "J3,1,4702400,40423100\nJ1,1,4702300,40423000\n",
       "line 15: the easting 423000.000 carries no zone number, unlike line 14 (zone 40)"},
      {"line_plot", header() + "2,,1,a,线,,,,@\nJ1,1,4702300,40423000\n",
       "line 13: the plot records a 线 (记录图形属性), not a 面 (polygon)"},
      // Found by the fuzzer: a ring number too large for an int, which the cast made undefined
      // behaviour.
      {"huge_ring", header() + plot + "J1,1e50,4702300,40423000\n",
       "line 14: the ring number (圈号) '1e50' is not a whole number from 0 to 99999"},
  };
  for (const Case& c : cases) {
    std::string file = write(d, c.name + ".txt", c.text);
    Warnings warnings;
    std::string message = input_error_of([&] { read(file, warnings); });
    EXPECT_EQ(message.rfind(file + ": " + c.message, 0), 0u) << message;
  }
}

TEST(ReadJzd, OtherTextFilesAreNoDatasetsOfAFolder) {
  TempDir d;
  write(d, "plots.txt", gbk(header() + square_with_hole()));
  write(d, "readme.txt", "[notes]\nnothing here\n");
  std::vector<std::filesystem::path> found = io::vector_datasets(d.path());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].filename(), "plots.txt");
}

}  // namespace
