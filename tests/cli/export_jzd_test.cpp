// `landplan export --format jzd` and the coordinate-exchange TXT as a source, end to end: the
// sample's relocation sites written and read back to the same vertices and areas, the file's
// bytes (GBK, CRLF, the header), the CRS refusal, and a broken file refused in one line.
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "landplan/io/read.hpp"
#include "landplan/planar.hpp"
#include "landplan/project.hpp"
#include "landplan/text.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using namespace landplan;
using landplan::test::run_cli;
using landplan::test::RunResult;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::string three_decimals(double value) {
  char text[64];
  std::snprintf(text, sizeof text, "%.3f", value);
  return text;
}

// The ring's vertices as written (3 decimals), x shifted by `x_shift`.
std::vector<std::string> ring_text(const Layer& layer, std::size_t ring, double x_shift) {
  RingView view = layer.ring(ring);
  std::vector<std::string> points;
  for (std::size_t i = 0; i < view.size; ++i)
    points.push_back(three_decimals(view.x(i) + x_shift) + "," + three_decimals(view.y(i)));
  return points;
}

Layer sample_sites(Warnings& warnings) {
  GDALAllRegister();
  Project project = load_project(kProject, warnings);
  return std::move(io::read_project(project, {"relocation_sites"}, Crs{}, warnings).front());
}

TEST(ExportJzd, SampleRelocationSitesReadBackWithTheSameVerticesAndAreas) {
  TempDir d;
  RunResult result = run_cli({"export", kProject, "--to", d.file("out"), "--format", "jzd",
                              "--layers", "relocation_sites"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("crs: EPSG:4528"), std::string::npos) << result.out;
  fs::path file = d.path() / "out" / "relocation_sites.txt";
  std::string bytes = bytes_of(file);
  EXPECT_FALSE(is_valid_utf8(bytes));  // GBK by default
  EXPECT_NE(bytes.find("\r\n[\xB5\xD8\xBF\xE9\xD7\xF8\xB1\xEA]\r\n"),
            std::string::npos);                                         // [地块坐标]
  EXPECT_NE(bytes.find("\xB4\xF8\xBA\xC5=40\r\n"), std::string::npos);  // 带号=40

  Warnings warnings;
  Layer original = sample_sites(warnings);
  ASSERT_EQ(original.crs.id(), "EPSG:4549");
  Layer back = io::read_native(file.string(), {}, warnings);
  EXPECT_TRUE(warnings.empty()) << warnings.front();  // declared 公顷 agree with the points
  EXPECT_EQ(back.crs.id(), "EPSG:4528");              // the zone number in Y, by default
  ASSERT_EQ(back.size(), original.size());
  const Column& names = back.field("地块名称");
  const Column& hectares = back.field("申报面积_公顷");
  for (std::size_t f = 0; f < original.size(); ++f) {
    SCOPED_TRACE(f);
    EXPECT_EQ(names.text(f), original.field("名称").text(f));
    EXPECT_EQ(back.field("地块编号").text(f), std::to_string(f + 1));
    ASSERT_EQ(back.part_count(f), original.part_count(f));
    auto [first, end] = original.rings(original.parts(f).first);
    auto [back_first, back_end] = back.rings(back.parts(f).first);
    ASSERT_EQ(end - first, back_end - back_first);
    for (std::size_t r = 0; r < end - first; ++r) {
      std::vector<std::string> expected = ring_text(original, first + r, 40e6);
      std::vector<std::string> read = ring_text(back, back_first + r, 0);
      // Written clockwise: the same ring, or the same ring reversed from the same start.
      std::vector<std::string> reversed(expected.rbegin(), expected.rend());
      EXPECT_TRUE(read == expected || read == reversed);
    }
    double m2 = planar_area(original, f);
    EXPECT_NEAR(planar_area(back, f), m2, 0.01);
    char written[32];
    std::snprintf(written, sizeof written, "%.4f", m2 / 1e4);
    EXPECT_DOUBLE_EQ(hectares.real(f), std::stod(written));
  }
}

// A TXT's plots are named by 地块名称 wherever a command names features (here `occupy`'s name
// column), as the sample's sites were by 名称.
TEST(ExportJzd, PlotsReadBackAreNamedByTheirPlotNames) {
  TempDir d;
  ASSERT_EQ(run_cli({"export", kProject, "--to", d.file("out"), "--format", "jzd", "--layers",
                     "relocation_sites"})
                .exit_code,
            0);
  RunResult occupy = run_cli({"occupy", (d.path() / "out" / "relocation_sites.txt").string(),
                              "--project", kProject, "--format", "csv"});
  ASSERT_EQ(occupy.exit_code, 0) << occupy.err;
  Warnings warnings;
  Layer original = sample_sites(warnings);
  for (std::size_t f = 0; f < original.size(); ++f) {
    std::string total_row =
        std::to_string(f + 1) + "," + original.field("名称").text(f) + ",total,";
    EXPECT_NE(occupy.out.find(total_row), std::string::npos) << total_row << "\n" << occupy.out;
  }
}

TEST(ExportJzd, WithoutZonePrefixInUtf8) {
  TempDir d;
  RunResult result =
      run_cli({"export", kProject, "--to", d.file("out"), "--format", "jzd", "--layers",
               "relocation_sites", "--zone-prefix", "no", "--encoding", "UTF-8"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string text = bytes_of(d.path() / "out" / "relocation_sites.txt");
  EXPECT_TRUE(is_valid_utf8(text));
  EXPECT_TRUE(text.starts_with("[属性描述]\r\n格式版本号=1.01版本\r\n"));
  EXPECT_NE(text.find("\r\n坐标系=2000国家大地坐标系\r\n几度分带=3\r\n投影类型=高斯克吕格\r\n"
                      "计量单位=米\r\n带号=40\r\n精度=0.001\r\n转换参数=,,,,,,\r\n[地块坐标]\r\n"),
            std::string::npos);
  Warnings warnings;
  Layer back = io::read_native(d.file("out/relocation_sites.txt"), {}, warnings);
  EXPECT_EQ(back.crs.id(), "EPSG:4549");
  EXPECT_LT(back.extent().maxx, 1e6);
  // 带号 without zone number in Y: read right, with the warning that says so.
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("the eastings carry no zone number though 带号=40"),
            std::string::npos);
}

TEST(ExportJzd, ACrsThatIsNoGaussKrugerIsRefusedNamingTheFlag) {
  TempDir d;
  RunResult result = run_cli({"export", kProject, "--to", d.file("out"), "--format", "jzd",
                              "--layers", "relocation_sites", "--crs", "EPSG:4326"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("the coordinate-exchange TXT needs a Gauss-Kruger CRS, and the layer "
                            "is in EPSG:4326 — pass --crs EPSG:4549 (CGCS2000 3-degree "
                            "Gauss-Kruger CM 120E)"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(d.file("out")));
}

TEST(ExportJzd, PointAndLineLayersAreLeftOutAndNothingIsClobbered) {
  TempDir d;
  std::vector<std::string> args = {
      "export",   kProject, "--to",     d.file("out"),
      "--format", "jzd",    "--layers", "relocation_sites,wells,roads"};
  RunResult result = run_cli(args);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("wells: points left out"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("roads: lines left out"), std::string::npos) << result.err;
  EXPECT_TRUE(fs::exists(d.file("out/relocation_sites.txt")));
  EXPECT_FALSE(fs::exists(d.file("out/wells.txt")));
  RunResult again = run_cli(args);
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("already holds relocation_sites.txt"), std::string::npos) << again.err;
  args.push_back("--overwrite");
  EXPECT_EQ(run_cli(args).exit_code, 0);
  EXPECT_EQ(run_cli({"export", kProject, "--to", d.file("shp"), "--zone-prefix", "no"}).exit_code,
            2);
}

TEST(ExportJzd, ATxtIsASourceOfAreaAndOfAProject) {
  TempDir d;
  std::string text =
      "[属性描述]\n坐标系=2000国家大地坐标系\n几度分带=3\n带号=40\n[地块坐标]\n"
      "5,1.0000,1,三座店移民新村,面,,建设用地,,@\n"
      "J1,1,4702300.000,40423000.000\nJ2,1,4702400.000,40423000.000\n"
      "J3,1,4702400.000,40423100.000\nJ4,1,4702300.000,40423100.000\n"
      "J1,1,4702300.000,40423000.000\n";
  std::ofstream(d.file("site.txt"), std::ios::binary) << text;
  RunResult area = run_cli({"area", d.file("site.txt"), "--method", "planar", "--format", "csv"});
  ASSERT_EQ(area.exit_code, 0) << area.err;
  auto row = landplan::test::parse_csv(area.out);
  ASSERT_EQ(row.size(), 2u) << area.out;
  EXPECT_NEAR(std::stod(row[1][1]), 10000, 1e-6);  // m², in the working CRS EPSG:4549
  EXPECT_NEAR(std::stod(row[1][3]), 15, 1e-9);     // 1 ha = 15 mu
  std::ofstream(d.file("project.toml"))
      << "[project]\nname = \"t\"\n[layers.sites]\nsource = \"site.txt\"\nrole = "
         "\"relocation_sites\"\nfields = { name = \"地块名称\" }\n";
  RunResult project = run_cli({"area", d.file("project.toml"), "--layer", "sites", "--method",
                               "planar", "--format", "csv"});
  EXPECT_EQ(project.exit_code, 0) << project.err;

  std::ofstream(d.file("bad.txt"), std::ios::binary)
      << text.substr(0, text.find("带号=40")) + "带号=39" + text.substr(text.find("带号=40") + 9);
  RunResult bad = run_cli({"area", d.file("bad.txt")});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err, "landplan: " + d.file("bad.txt") +
                         ": line 7: the easting carries the zone number 40, but 带号=39 (line 4) "
                         "says zone 39 — correct 带号 or the eastings\n");
}

}  // namespace
