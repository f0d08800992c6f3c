// Planning on the map end to end: `landplan view --script` feeds the window mouse and key events
// (no real mouse, under xvfb-run) that draw a site over the square world's known parcels, edit,
// undo and redo it, save it and export it; the live numbers are checked against `occupy` and
// `check` run on the saved site, and the GeoPackage is read back with GDAL's C API.
#include <gdal.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/square_world.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::kWorldX;
using landplan::test::kWorldY;
using landplan::test::run_cli;
using Json = nlohmann::json;

namespace {

Json read_json(const std::string& file) {
  std::ifstream in(file);
  return Json::parse(in);
}

// Offsets from the world's origin of every vertex of an answers file.
std::vector<std::pair<double, double>> offsets(const Json& answers) {
  std::vector<std::pair<double, double>> out;
  for (const Json& v : answers["vertices"])
    out.emplace_back(v[0].get<double>() - kWorldX, v[1].get<double>() - kWorldY);
  return out;
}

using Offsets = std::vector<std::pair<double, double>>;

}  // namespace

TEST(SketchCli, DrawEditUndoSaveAndTheLiveNumbersAreOccupys) {
  if (!std::getenv("DISPLAY")) GTEST_SKIP() << "needs an X display: run under xvfb-run";
  landplan::test::TempDir dir;
  std::string project = landplan::test::square_world(dir, landplan::test::kSquareWorld);
  // At 0.5 m per pixel centred on (75, 25), world (x, y) is at screen (350 + 2x, 400 − 2y): the
  // site (0,0)–(100,100) is drawn at x 350–550, y 200–400, clear of the panels.
  std::string a = dir.file("a.json"), b = dir.file("b.json"), c = dir.file("c.json"),
              d = dir.file("d.json"), e = dir.file("e.json");
  std::string shot = std::string(landplan::test::kTestOutputDir) + "/sketch/window.png";
  std::filesystem::create_directories(std::filesystem::path(shot).parent_path());
  std::ofstream(dir.file("script.txt"))
      << fmt::format("view {} {} 0.5\n", kWorldX + 75, kWorldY + 25)
      << "sketch\n"
         "name 新安置点\n"
         "click 350 400\nclick 550 400\nclick 550 200\ndouble-click 350 200\n"
         "wait\nanswers "
      << a << "\n"
      << "drag 550 200 530 180\n"  // (100,100) → (90,110)
         "answers "
      << b << "\n"
      << "key Z ctrl\nanswers " << c << "\n"
      << "key Y ctrl\nanswers " << d << "\n"
      << "key Z ctrl\nsave\nexport txt\nexport shp\nanswers " << e << "\n"
      << "screenshot " << shot << "\nquit\n";
  auto view = run_cli({"view", project, "--size", "1000x700", "--script", dir.file("script.txt")});
  ASSERT_EQ(view.exit_code, 0) << view.err;

  Json drawn = read_json(a);
  ASSERT_EQ(drawn["window"][0], 1000) << "the display is too small for the script's clicks";
  const Offsets square = {{0, 0}, {100, 0}, {100, 100}, {0, 100}};
  EXPECT_EQ(offsets(drawn), square);
  EXPECT_EQ(offsets(read_json(b)), (Offsets{{0, 0}, {100, 0}, {90, 110}, {0, 100}}));
  EXPECT_EQ(offsets(read_json(c)), square);  // undo: the exact vertices before the drag
  EXPECT_EQ(offsets(read_json(d)), offsets(read_json(b)));  // redo
  Json saved = read_json(e);
  EXPECT_EQ(offsets(saved), square);
  EXPECT_EQ(saved["occupation"], drawn["occupation"]);

  // The site is in the GeoPackage, read back with GDAL: 甲点, 乙点 and the new one.
  GDALDatasetH ds =
      GDALOpenEx(dir.file("sites.gpkg").c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  ASSERT_NE(ds, nullptr);
  OGRLayerH layer = GDALDatasetGetLayerByName(ds, "sites");
  ASSERT_EQ(OGR_L_GetFeatureCount(layer, 1), 3);
  OGR_L_SetAttributeFilter(layer, "\"名称\" = '新安置点'");
  OGRFeatureH f = OGR_L_GetNextFeature(layer);
  ASSERT_NE(f, nullptr);
  std::int64_t fid = OGR_F_GetFID(f);
  OGREnvelope box;
  OGR_G_GetEnvelope(OGR_F_GetGeometryRef(f), &box);
  EXPECT_DOUBLE_EQ(box.MinX, kWorldX);
  EXPECT_DOUBLE_EQ(box.MaxY, kWorldY + 100);
  OGR_F_Destroy(f);
  GDALClose(ds);

  // `occupy` on the saved site gives the live rows, to 1e-9.
  auto occupy = run_cli({"occupy", "sites", "--project", project, "--format", "json"});
  ASSERT_EQ(occupy.exit_code, 0) << occupy.err;
  Json rows = Json::parse(occupy.out)["rows"];
  std::vector<Json> mine;
  for (const Json& row : rows)
    if (row["fid"] == fid) mine.push_back(row);
  ASSERT_EQ(mine.size(), drawn["occupation"].size());
  for (std::size_t i = 0; i < mine.size(); ++i) {
    const Json& live = drawn["occupation"][i];
    EXPECT_EQ(mine[i]["what"], live["what"]);
    EXPECT_EQ(mine[i]["code"], live["code"]);
    double m2 = live["m2"].get<double>();
    EXPECT_NEAR(mine[i]["area_m2"].get<double>(), m2, m2 * 1e-9) << live.dump();
  }
  // By hand (planar 10,000 m²), the ellipsoid's is 2.0e-4 smaller here.
  EXPECT_NEAR(drawn["area_m2"].get<double>(), 10000 * (1 - 2.04e-4), 2);

  // The exports beside project.toml, read back as any other input: the 100 m square, planar.
  for (const char* file : {"新安置点.txt", "新安置点.shp"}) {
    auto area = run_cli({"area", (dir.path() / "草图导出" / file).string(), "--method", "planar",
                         "--format", "csv"});
    ASSERT_EQ(area.exit_code, 0) << area.err;
    auto rows = landplan::test::parse_csv(area.out);
    ASSERT_EQ(rows.size(), 2u) << area.out;
    EXPECT_NEAR(std::stod(rows[1][1]), 10000.0, 1e-6) << file;
  }

  // `check` names the saved site for each violation the panel showed.
  auto check = run_cli({"check", project, "--format", "json"});
  ASSERT_EQ(check.exit_code, 1) << check.err;
  Json violations = Json::parse(check.out)["rows"];
  for (const Json& live : drawn["violations"]) {
    bool found = false;
    for (const Json& v : violations)
      found |= v.dump().find(live["rule"].get<std::string>()) != std::string::npos &&
               v.dump().find("新安置点") != std::string::npos;
    EXPECT_TRUE(found) << live.dump() << "\n" << check.out;
  }
  EXPECT_FALSE(drawn["violations"].empty());
}
