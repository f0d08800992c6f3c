// `landplan render` end to end without a display (DISPLAY unset, as on a server): PNG, PDF and
// SVG by the file's extension, a map sheet with --paper and --scale, and one-line errors with
// exit code 2 for what it cannot draw.
#include <gtest/gtest.h>

#include <cstdlib>

#include "core/export_fixtures.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::file_bytes;
using landplan::test::run_cli;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";

// DISPLAY unset for the test's children, and put back afterwards.
class NoDisplay : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* d = std::getenv("DISPLAY")) saved_ = d;
    unsetenv("DISPLAY");
  }
  void TearDown() override {
    if (saved_) setenv("DISPLAY", saved_->c_str(), 1);
  }
  std::optional<std::string> saved_;
};

}  // namespace

TEST_F(NoDisplay, RenderWritesPngPdfAndSvgByTheExtension) {
  TempDir dir;
  // A small image: what is checked is the format, not the drawing (tests/print does that).
  auto png = run_cli({"render", kProject, "-o", dir.file("map.png"), "--size", "320x240"});
  ASSERT_EQ(png.exit_code, 0) << png.err;
  EXPECT_EQ(png.err, "");  // stderr is not a terminal: no progress, no "wrote"
  std::string bytes = file_bytes(dir.path() / "map.png");
  EXPECT_EQ(bytes.substr(0, 8), "\x89PNG\r\n\x1a\n");
  EXPECT_NE(bytes.find("pHYs"), std::string::npos);  // carries its dpi
  auto pdf = run_cli({"render", kProject, "-o", dir.file("map.PDF"), "--paper", "A4",
                      "--scale", "1:25000", "--no-labels"});
  ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
  EXPECT_EQ(file_bytes(dir.path() / "map.PDF").substr(0, 5), "%PDF-");
  auto svg = run_cli({"render", kProject, "-o", dir.file("map.svg"), "--size", "320x240",
                      "--no-decorations"});
  ASSERT_EQ(svg.exit_code, 0) << svg.err;
  EXPECT_NE(file_bytes(dir.path() / "map.svg").find("<svg"), std::string::npos);
}

TEST_F(NoDisplay, RenderRefusesWhatItCannotDrawWithOneLineAndExitCode2) {
  TempDir dir;
  auto tif = run_cli({"render", kProject, "-o", dir.file("map.tif")});
  EXPECT_EQ(tif.exit_code, 2);
  EXPECT_EQ(tif.err, "landplan: " + dir.file("map.tif") +
                         ": is not a .png, .pdf or .svg file name — name the output map.png, "
                         "map.pdf or map.svg\n");
  auto paper = run_cli({"render", kProject, "-o", dir.file("map.pdf"), "--paper", "B5"});
  EXPECT_EQ(paper.exit_code, 2);
  EXPECT_EQ(paper.err,
            "landplan: --paper: 'B5' is not a paper size — use A4, A3, A2, A1 or A0, with "
            "-landscape for landscape (A3-landscape)\n");
  auto scale = run_cli({"render", kProject, "-o", dir.file("map.pdf"), "--scale", "1:abc",
                        "--paper", "A3"});
  EXPECT_EQ(scale.exit_code, 2);
  EXPECT_EQ(scale.err, "landplan: --scale: '1:abc' is not a map scale — write it as 1:10000\n");
  auto no_paper = run_cli({"render", kProject, "-o", dir.file("map.pdf"), "--scale", "1:5000"});
  EXPECT_EQ(no_paper.exit_code, 2);
  EXPECT_EQ(no_paper.err, "landplan: --scale: needs --paper — add --paper A3 (or A4, A2, A1, A0)\n");
  for (const char* name : {"map.tif", "map.pdf"}) EXPECT_FALSE(fs::exists(dir.file(name)));
}
