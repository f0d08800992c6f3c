// `landplan init` end to end: on a copy of the sample folder it writes the project.toml shipped
// with the sample, less what only a planner can know ([planning], [targets], [[rules]]), and with
// those tables added back gives the same report; it never overwrites without --overwrite.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "core/export_fixtures.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::file_bytes;
using landplan::test::run_cli;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

const fs::path kSample = landplan::test::kSampleDir;

// The sample folder as it is shipped, without its project.toml.
void copy_sample(const fs::path& to) {
  for (const char* name : {"sanzuodian.gpkg", "README.md", "generate.py", "sandiao.py"})
    fs::copy_file(kSample / name, to / name);
  fs::copy(kSample / "shp", to / "shp");  // a subfolder: init looks at the folder itself only
}

struct Shipped {
  std::string header;   // generate.py's comment lines at the top
  std::string init;     // what init writes
  std::string planner;  // the rest
};

// The shipped project.toml cut where `init_text` (init's output) sits in it; it must sit right
// after the leading comment lines.
Shipped cut_shipped(const std::string& init_text) {
  std::string shipped = file_bytes(kSample / "project.toml");
  std::size_t at = shipped.find(init_text);
  if (at == std::string::npos) return {};
  return {shipped.substr(0, at), init_text, shipped.substr(at + init_text.size())};
}

}  // namespace

TEST(InitCli, OnTheSampleFolderWritesTheShippedProjectAndGivesTheSameReport) {
  TempDir dir;
  copy_sample(dir.path());
  auto result = run_cli({"init", dir.path().string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const char* line :
       {"  sanzuodian.gpkg:DLTB → parcels (layer name DLTB (三调 地类图斑)); fields households = "
        "户数\n",
        "  sanzuodian.gpkg:YJJBNTBHTB → basic_farmland (layer name YJJBNTBHTB "
        "(永久基本农田保护图斑))\n",
        "  sanzuodian.gpkg:STBHHX → ecological_redline (",
        "  sanzuodian.gpkg:CZKFBJ → development_boundary (",
        "  sanzuodian.gpkg:CJDCQ → village_boundaries (",
        "  sanzuodian.gpkg:XZQ → admin_boundary (",
        "  sanzuodian.gpkg:wells → wells (layer name wells); fields name = 编号, village = 村名, "
        "radius = 服务半径\n"}) {
    EXPECT_NE(result.out.find(line), std::string::npos) << line << "\n" << result.out;
  }
  EXPECT_EQ(result.out.find("not placed"), std::string::npos) << result.out;
  std::string init_text = file_bytes(dir.path() / "project.toml");

  // What init cannot know is the planner's: the shipped file is generate.py's comment lines,
  // exactly init's text, then [map], [planning], [targets] and [[rules]] tables and nothing else.
  Shipped shipped = cut_shipped(init_text);
  ASSERT_FALSE(shipped.init.empty()) << "init's text is not in the shipped project.toml:\n"
                                     << init_text;
  EXPECT_TRUE(std::regex_match(shipped.header, std::regex("(#[^\n]*\n)+\n"))) << shipped.header;
  std::vector<std::string> tables;  // the table headings of the rest, in order
  std::istringstream rest(shipped.planner);
  for (std::string line; std::getline(rest, line);)
    if (line.starts_with("[")) tables.push_back(line);
  EXPECT_EQ(tables, (std::vector<std::string>{"[map]", "[planning]", "[targets]", "[[rules]]",
                                              "[[rules]]", "[[rules]]", "[[rules]]"}));

  // With the planner's tables added, init's project gives the shipped project's report.
  std::ofstream(dir.path() / "project.toml", std::ios::app) << shipped.planner;
  auto ours = run_cli({"report", (dir.path() / "project.toml").string()});
  auto theirs = run_cli({"report", (kSample / "project.toml").string()});
  ASSERT_EQ(ours.exit_code, 0) << ours.err;
  ASSERT_EQ(theirs.exit_code, 0) << theirs.err;
  EXPECT_EQ(ours.out, theirs.out);
  EXPECT_EQ(ours.err, theirs.err);
}

TEST(InitCli, AnExistingProjectIsReplacedOnlyWithOverwrite) {
  TempDir dir;
  copy_sample(dir.path());
  std::ofstream(dir.path() / "project.toml") << "# the planner's own\n";
  std::string file = (dir.path() / "project.toml").string();
  auto refused = run_cli({"init", dir.path().string()});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_EQ(refused.err,
            "landplan: " + file + ": already exists — add --overwrite to replace it\n");
  EXPECT_TRUE(refused.out.empty());
  EXPECT_EQ(file_bytes(file), "# the planner's own\n");
  auto replaced = run_cli({"init", dir.path().string(), "--overwrite"});
  EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
  EXPECT_TRUE(file_bytes(file).starts_with("# Written by landplan init")) << file_bytes(file);
}

TEST(InitCli, AFolderWithNothingToPlaceGetsNoProject) {
  TempDir dir;
  landplan::test::write_dataset(dir.file("plan.gpkg"),
                                {.layer = "规划图斑",
                                 .fields = {"GHDL"},
                                 .features = {{"POLYGON((409000 4696000,409010 4696000,"
                                               "409010 4696010,409000 4696000))",
                                               {}}}});
  auto result = run_cli({"init", dir.path().string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "landplan: " + dir.path().string() +
                            ": holds no layer landplan recognises — name them as the 三调 does "
                            "(DLTB, YJJBNTBHTB…) or write project.toml by hand\n");
  EXPECT_NE(
      result.out.find("  plan.gpkg:规划图斑: neither its name nor its fields say what it is\n"),
      std::string::npos)
      << result.out;
  EXPECT_FALSE(fs::exists(dir.path() / "project.toml"));
  auto missing = run_cli({"init", dir.file("nowhere")});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err,
            "landplan: " + dir.file("nowhere") + ": no such folder — check the path\n");
}
