// Running and checking one corpus case, and the small builders the case tables share.
#include "corpus/corpus_case.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_data.hpp"

namespace landplan::test::corpus {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// area_m2 is the column after fid (no --by in the corpus); an empty cell is a missing area.
std::vector<std::optional<double>> areas_of(const std::string& csv) {
  std::vector<std::optional<double>> areas;
  std::vector<std::string> lines = lines_of(csv);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::istringstream cells(lines[i]);
    std::string fid, m2;
    std::getline(cells, fid, ',');
    std::getline(cells, m2, ',');
    areas.push_back(m2.empty() ? std::nullopt : std::optional<double>(std::stod(m2)));
  }
  return areas;
}

}  // namespace

void check_case(const CorpusCase& c) {
  TempDir dir;
  std::vector<std::string> args = c.setup(dir);
  RunResult result = run_cli(args);
  std::string context = "stderr:\n" + result.err + "stdout:\n" + result.out;

  ASSERT_LT(result.exit_code, 3) << "crash or internal error\n" << context;
  EXPECT_EQ(result.exit_code, c.exit_code) << context;
  std::vector<std::string> lines = lines_of(result.err);
  for (const std::string& line : lines) {
    EXPECT_TRUE(line.starts_with("landplan: ")) << "stray stderr line: " << line;
  }
  if (c.exit_code == 2) {
    EXPECT_EQ(lines.size(), 1u) << "a bad input gives one line\n" << context;
    EXPECT_TRUE(result.out.empty()) << context;
  }
  for (const std::string& wanted : c.stderr_has) {
    EXPECT_NE(result.err.find(wanted), std::string::npos) << "wanted: " << wanted << "\n"
                                                          << context;
  }
  if (c.areas_m2) {
    std::vector<std::optional<double>> got = areas_of(result.out);
    ASSERT_EQ(got.size(), c.areas_m2->size()) << context;
    for (std::size_t i = 0; i < got.size(); ++i) {
      const std::optional<double>& want = (*c.areas_m2)[i];
      ASSERT_EQ(got[i].has_value(), want.has_value()) << "row " << i << "\n" << context;
      if (want) {
        EXPECT_NEAR(*got[i], *want, c.tolerance * *want) << "row " << i;
      }
    }
  }
  if (c.after) c.after(dir, result);
}

std::function<void(const TempDir&, const RunResult&)> stdout_has(std::vector<std::string> wanted) {
  return [wanted](const TempDir&, const RunResult& result) {
    for (const std::string& text : wanted) {
      EXPECT_NE(result.out.find(text), std::string::npos) << "wanted on stdout: " << text << "\n"
                                                          << result.out;
    }
  };
}

Setup lenient(Setup setup) {
  return [setup](const TempDir& dir) {
    std::vector<std::string> args = setup(dir);
    args.push_back("--lenient");
    return args;
  };
}

std::vector<std::string> planar_area(const std::string& source) {
  return {"area", source, "--method", "planar", "--crs", "EPSG:4549", "--format", "csv"};
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string copy_case_file(const TempDir& dir, const std::string& name) {
  std::filesystem::path from = std::filesystem::path(kSourceDir) / "tests/corpus/cases" / name;
  std::filesystem::copy_file(from, dir.path() / name);
  return dir.file(name);
}

std::string write_squares_shapefile(const TempDir& dir, const std::string& name, int count,
                                    const std::string& encoding) {
  LayerSpecForTest spec;
  spec.driver = "ESRI Shapefile";
  spec.layer = name;
  spec.fields = {"name"};
  spec.creation_options = {"ENCODING=" + encoding};
  for (int i = 0; i < count; ++i)
    spec.features.push_back({square_wkt(kX + 20 * i, kY, 10), {{"name", "村一"}}});
  std::string path = dir.file(name + ".shp");
  write_dataset(path, spec);
  return path;
}

}  // namespace landplan::test::corpus
