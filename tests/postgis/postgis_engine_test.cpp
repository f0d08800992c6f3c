// The same answers from a GeoPackage and from PostGIS: `report` on a project whose layers live
// in PostGIS, and `--engine postgis` (SQL in the server) against the local engine.
#include <cmath>
#include <fstream>
#include <regex>

#include "postgis/postgis_fixture.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::parse_csv;
using landplan::test::PostgisTest;
using landplan::test::run_cli;
using landplan::test::TempDir;

namespace {

const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";

// The sample project with every layer's source replaced by `source`, where export_sample wrote
// each layer as a table named by its key.
std::string project_in(const std::string& source, const TempDir& dir) {
  std::ifstream in(kProject);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  text = std::regex_replace(text,
                            std::regex("\\[layers\\.(\\w+)\\]\nsource = \"sanzuodian.gpkg\"\n"
                                       "layer  = \"[^\"]*\""),
                            "[layers.$1]\nsource = \"" + source + "\"\nlayer  = \"$1\"");
  std::string path = dir.file("project.toml");
  std::ofstream(path) << text;
  return path;
}

// Two CSVs of the same command by the two engines: the same rows, in the same order, with the
// same key columns, and numbers that agree to 1e-6 relative. Below 100 m² the bound is 1e-4 m²
// absolute instead: GeographicLib's polygon area (which PostGIS's geography uses) sums per-edge
// areas reaching to the equator, ~10⁷ m² each here, so its rounding is ~10⁻⁵ m² whatever the
// polygon's size (a 12.44 m² triangle of the sample: PostGIS 7e-7 off the value that a 1 km
// square's area ratio gives, landplan 5e-9).
void expect_engines_agree(const std::vector<std::string>& command, std::size_t keys) {
  std::vector<std::string> local = command, in_database = command;
  local.insert(local.end(), {"--engine", "local", "--format", "csv"});
  in_database.insert(in_database.end(), {"--engine", "postgis", "--format", "csv"});
  auto a = run_cli(local), b = run_cli(in_database);
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  auto rows_a = parse_csv(a.out), rows_b = parse_csv(b.out);
  ASSERT_EQ(rows_a.size(), rows_b.size());
  ASSERT_GT(rows_a.size(), 1u);
  ASSERT_EQ(rows_a[0], rows_b[0]);
  for (std::size_t r = 1; r < rows_a.size(); ++r) {
    for (std::size_t c = 0; c < rows_a[r].size(); ++c) {
      const std::string& column = rows_a[0][c];
      if (c < keys) {
        ASSERT_EQ(rows_a[r][c], rows_b[r][c]) << column << " of row " << r;
        continue;
      }
      double x = std::stod(rows_a[r][c]), y = std::stod(rows_b[r][c]);
      double tolerance = std::max(1e-6 * std::fabs(x), column.starts_with("pct") ? 1e-6 : 1e-4);
      EXPECT_NEAR(x, y, tolerance) << column << " of row " << r << " (" << rows_a[r][0] << ")";
    }
  }
}

}  // namespace

TEST_F(PostgisTest, ReportOfLayersInPostgisEqualsReportOfTheGeoPackage) {
  export_sample();
  TempDir dir;
  auto from_file = run_cli({"report", kProject});
  auto from_database = run_cli({"report", project_in(source(), dir)});
  ASSERT_EQ(from_file.exit_code, 0) << from_file.err;
  ASSERT_EQ(from_database.exit_code, 0) << from_database.err;
  EXPECT_EQ(from_database.out, from_file.out);
  EXPECT_NE(from_database.out.find("156"), std::string::npos);  // households displaced
  // The planning rules give the same verdict: one violated, exit 1.
  EXPECT_EQ(run_cli({"check", project_in(source(), dir)}).exit_code, 1);
}

TEST_F(PostgisTest, EnginesAgreeOnAreas) {
  export_sample("parcels,greenhouse_zones");
  for (const char* method : {"ellipsoidal", "planar"}) {
    SCOPED_TRACE(method);
    expect_engines_agree({"area", source(), "--layer", "parcels", "--method", method}, 1);
    expect_engines_agree({"area", source(), "--layer", "greenhouse_zones", "--by", "名称",
                          "--summary", "--method", method},
                         2);
  }
}

TEST_F(PostgisTest, EnginesAgreeOnOverlaps) {
  export_sample("parcels,reservoir,villages");
  for (const char* method : {"ellipsoidal", "planar"}) {
    SCOPED_TRACE(method);
    expect_engines_agree(
        {"overlap", source() + ":parcels", source() + ":reservoir", "--method", method}, 2);
    expect_engines_agree({"overlap", source() + ":parcels", source() + ":villages", "--by-b",
                          "村名", "--summary", "--method", method},
                         1);
  }
}

TEST_F(PostgisTest, EnginesAgreeOnIrrigationCoverage) {
  export_sample("parcels,wells,greenhouse_zones");
  for (const char* method : {"ellipsoidal", "planar"}) {
    SCOPED_TRACE(method);
    expect_engines_agree({"coverage", source() + ":parcels", source() + ":wells", "--radius-field",
                          "服务半径", "--method", method},
                         1);
  }
  expect_engines_agree({"coverage", source() + ":parcels", source() + ":wells", "--radius", "250"},
                       1);
  // Polygons as the cover: unioned as they are.
  expect_engines_agree({"coverage", source() + ":parcels", source() + ":greenhouse_zones"}, 1);
}

TEST_F(PostgisTest, EnginePostgisNeedsTablesOfOneDatabase) {
  auto result = run_cli({"area", std::string(landplan::test::kSampleDir) + "/sanzuodian.gpkg",
                         "--layer", "DLTB", "--engine", "postgis"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("sanzuodian.gpkg:DLTB: is not a PostGIS table — "), std::string::npos)
      << result.err;
}

TEST_F(PostgisTest, EnginesRefuseTheSameNonPolygonAreas) {
  export_sample("wells");
  for (const char* engine : {"local", "postgis"}) {
    SCOPED_TRACE(engine);
    auto result = run_cli({"coverage", source() + ":wells", source() + ":wells", "--radius", "100",
                           "--engine", engine});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_NE(result.err.find("wells: is a point layer — areas need a polygon layer"),
              std::string::npos)
        << result.err;
  }
}
