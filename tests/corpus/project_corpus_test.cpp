// Corpus: hostile project.toml files — unknown keys, wrong types, missing or looping sources,
// mixed CRSs — and layer names that try to leave the export folder.
#include <gtest/gtest.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <filesystem>
#include <memory>

#include "corpus/corpus_case.hpp"

namespace landplan::test::corpus {
namespace {

namespace fs = std::filesystem;
using Areas = std::vector<std::optional<double>>;

// A 10 m square parcel layer `a.gpkg` next to a project.toml of `toml`; `area` of layer `a`.
std::function<std::vector<std::string>(const TempDir&)> project(std::string toml) {
  return [toml](const TempDir& d) {
    LayerSpecForTest spec;
    spec.features.push_back({square_wkt(kX, kY, 10), {}});
    write_dataset(d.file("a.gpkg"), spec);
    write_text(d.file("project.toml"), toml);
    return std::vector<std::string>{
        "area", d.file("project.toml"), "--layer", "a", "--method", "planar", "--format", "csv"};
  };
}

const CorpusCase kProjectCases[] = {
    {"unknown_keys",
     project("colour = 1\n[layers.a]\nsource = \"a.gpkg\"\nsauce = \"x\"\n"),
     0,
     {"project.toml:colour: unknown key — ignored",
      "project.toml:layers.a.sauce: unknown key — ignored"},
     Areas{100.0}},
    {"source_of_wrong_type",
     project("[layers.a]\nsource = 5\n"),
     2,
     {"project.toml:layers.a.source: must be a string"}},
    {"crs_of_wrong_type",
     project("[project]\ncrs = 4549\n[layers.a]\nsource = \"a.gpkg\"\n"),
     2,
     {"project.toml:project.crs: must be a string"}},
    {"layers_of_wrong_type", project("layers = 3\n"), 2, {"project.toml:layers: must be a table"}},
    {"opacity_of_wrong_type",
     project("[layers.a]\nsource = \"a.gpkg\"\nstyle = { opacity = \"half\" }\n"),
     2,
     {"project.toml:layers.a.style.opacity: must be a number"}},
    {"rule_naming_a_missing_layer",
     project("[layers.a]\nsource = \"a.gpkg\"\n[[rules]]\nforbid_overlap = [\"a\", \"lake\"]\n"),
     2,
     {"project.toml:rules[1].forbid_overlap: names 'lake', which is not a project layer"}},
    {"not_toml",
     project("[layers.a\nsource = \"a.gpkg\"\n"),
     2,
     {"project.toml:1: is not valid TOML"}},
    // Found by fuzz/project_fuzz.cpp: toml++ 3.3 asserts on it in debug builds.
    {"not_toml_header_split",
     project("[\nlayers.a]\nsource = \"a.gpkg\"\n"),
     2,
     {"project.toml:1: is not valid TOML (Error while parsing key"}},
    {"missing_source",
     project("[layers.a]\nsource = \"nope.gpkg\"\n"),
     2,
     {"nope.gpkg: no such file or folder"}},
    {"source_is_the_project_itself",
     project("[layers.a]\nsource = \"project.toml\"\n"),
     2,
     {"project.toml: GDAL cannot read it as vector data"}},
    // A symbolic-link loop made `exists()` throw: it was an internal error (exit 3).
    {"source_is_a_symlink_loop",
     [](const TempDir& d) {
       fs::create_symlink("loop2.gpkg", d.path() / "loop1.gpkg");
       fs::create_symlink("loop1.gpkg", d.path() / "loop2.gpkg");
       return project("[layers.a]\nsource = \"loop1.gpkg\"\n")(d);
     },
     2,
     {"loop1.gpkg: Too many levels of symbolic links — check the path"}},
    {"absolute_source_path",
     [](const TempDir& d) {
       fs::create_directory(d.path() / "elsewhere");
       auto args = project("")(d);
       fs::rename(d.path() / "a.gpkg", d.path() / "elsewhere/a.gpkg");
       write_text(d.file("project.toml"),
                  "[layers.a]\nsource = \"" + d.file("elsewhere/a.gpkg") + "\"\n");
       return args;
     },
     0,
     {},
     Areas{100.0}},
};

class ProjectCorpus : public testing::TestWithParam<CorpusCase> {};
TEST_P(ProjectCorpus, BehavesAsDocumented) {
  check_case(GetParam());
}
INSTANTIATE_TEST_SUITE_P(Corpus, ProjectCorpus, testing::ValuesIn(kProjectCases),
                         [](const auto& info) { return info.param.name; });

// Project keys become file names in an export: none may leave --to.
TEST(ProjectCorpusExport, LayerNamesCannotEscapeTheOutputFolder) {
  TempDir d;
  fs::create_directories(d.path() / "work/in");
  LayerSpecForTest spec;
  spec.features.push_back({square_wkt(kX, kY, 10), {}});
  write_dataset(d.file("work/in/a.gpkg"), spec);
  write_text(d.file("work/in/project.toml"),
             "[layers.\"../../key_escape\"]\nsource = \"a.gpkg\"\n"
             "[layers.\"/tmp/absolute_escape\"]\nsource = \"a.gpkg\"\n"
             "[layers.\"a/../../../dotted\"]\nsource = \"a.gpkg\"\n");
  const std::string out = d.file("work/in/out");
  RunResult r =
      run_cli({"export", d.file("work/in/project.toml"), "--to", out, "--format", "geojson"});
  ASSERT_LT(r.exit_code, 3) << r.err;
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::size_t written = 0;
  for (const auto& entry : fs::recursive_directory_iterator(d.path())) {
    if (!entry.is_regular_file()) continue;
    fs::path relative = fs::relative(entry.path(), d.path());
    bool inside_out = relative.string().starts_with("work/in/out/");
    bool input = relative == "work/in/a.gpkg" || relative == "work/in/project.toml";
    EXPECT_TRUE(inside_out || input) << "written outside --to: " << relative;
    written += inside_out;
  }
  EXPECT_EQ(written, 3u);  // one file per project layer
  EXPECT_FALSE(fs::exists("/tmp/absolute_escape.geojson"));
}

// One polygon stored in CGCS2000 lon/lat (4490) and, reprojected by GDAL, in Gauss-Kruger
// metres (4549): the same project gives both layers the same ellipsoidal area.
TEST(ProjectCorpusMixedCrs, LayersIn4490And4549GiveTheSameArea) {
  TempDir d;
  const std::string lonlat = "POLYGON((120 39.7,120.01 39.7,120.01 39.71,120 39.71,120 39.7))";
  OGRGeometry* geometry = nullptr;
  ASSERT_EQ(OGRGeometryFactory::createFromWkt(lonlat.c_str(), nullptr, &geometry), OGRERR_NONE);
  std::unique_ptr<OGRGeometry> owned(geometry);
  OGRSpatialReference gk;
  gk.importFromEPSG(4549);
  OGRSpatialReference geographic;
  geographic.importFromEPSG(4490);
  geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  gk.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  owned->assignSpatialReference(&geographic);
  ASSERT_EQ(owned->transformTo(&gk), OGRERR_NONE);
  char* projected = nullptr;
  owned->exportToWkt(&projected);
  LayerSpecForTest in_gk, in_lonlat;
  in_gk.features.push_back({projected, {}});
  CPLFree(projected);
  in_lonlat.crs = "EPSG:4490";
  in_lonlat.features.push_back({lonlat, {}});
  write_dataset(d.file("gk.gpkg"), in_gk);
  write_dataset(d.file("lonlat.gpkg"), in_lonlat);
  write_text(d.file("project.toml"),
             "[layers.gk]\nsource = \"gk.gpkg\"\n"
             "[layers.lonlat]\nsource = \"lonlat.gpkg\"\n");
  auto area_of = [&](const std::string& layer) {
    RunResult r = run_cli({"area", d.file("project.toml"), "--layer", layer, "--format", "csv"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    std::string row = r.out.substr(r.out.find('\n') + 1);
    return std::stod(row.substr(row.find(',') + 1));
  };
  double a = area_of("gk"), b = area_of("lonlat");
  EXPECT_NEAR(a, 952200, 2000);  // 0.01° × 0.01° at 39.7°N: 856 m × 1111 m
  EXPECT_NEAR(a, b, 1e-6 * b);
}

}  // namespace
}  // namespace landplan::test::corpus
