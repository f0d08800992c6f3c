// Corpus: data that landplan can tell is misread or incomplete (a CRS the coordinates
// contradict, a damaged shapefile, nothing measurable) — exit 2 with the way out, or under
// --lenient the result with every fault as a warning (Warnings::fault).
#include <gdal_utils.h>
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

#include "corpus/corpus_case.hpp"
#include "test_data.hpp"

namespace landplan::test::corpus {
namespace {

namespace fs = std::filesystem;
using Areas = std::vector<std::optional<double>>;

void replace_in_file(const std::string& path, const std::string& from, const std::string& to) {
  std::ifstream in(path);
  std::string text{std::istreambuf_iterator<char>(in), {}};
  std::size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  write_text(path, text);
}

// The sample project copied into `d`, its reservoir moved into `reservoir.shp` whose .prj says
// EPSG:4528 (Gauss-Kruger zone 40 *with* the zone number in x) over x without it: the single
// commonest fault of Chinese files. The sample's real violation (a greenhouse zone 5 mu inside
// the reservoir) must not turn into "all rules pass".
std::string sample_with_misdeclared_reservoir(const TempDir& d) {
  for (const char* name : {"project.toml", "sanzuodian.gpkg"})
    fs::copy_file(fs::path(kSampleDir) / name, d.file(name));
  GDALAllRegister();
  GDALDatasetH source =
      GDALOpenEx(d.file("sanzuodian.gpkg").c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  const char* args[] = {"-f",   "ESRI Shapefile", "-a_srs",    "EPSG:4528",
                        "-lco", "ENCODING=UTF-8", "reservoir", nullptr};
  GDALVectorTranslateOptions* options =
      GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
  GDALDatasetH out =
      GDALVectorTranslate(d.file("reservoir.shp").c_str(), nullptr, 1, &source, options, nullptr);
  GDALVectorTranslateOptionsFree(options);
  GDALClose(out);
  GDALClose(source);
  replace_in_file(d.file("project.toml"), "source = \"sanzuodian.gpkg\"\nlayer  = \"reservoir\"",
                  "source = \"reservoir.shp\"\nlayer  = \"reservoir\"");
  return d.file("project.toml");
}

Setup sample_command(std::vector<std::string> command) {
  return [command](const TempDir& d) {
    std::vector<std::string> args = command;
    args.insert(args.begin() + 1, sample_with_misdeclared_reservoir(d));
    return args;
  };
}

const char* const kMisdeclaredReservoir =
    "reservoir.shp:reservoir: x from 4";  // the x, then: carries no zone number…
const char* const kLooksLike4549 =
    "carries no zone number, which EPSG:4528 (zone 40 in the x) expects: the data looks like "
    "EPSG:4549 — the source declares EPSG:4528: correct its .prj or SRID to EPSG:4549; or "
    "--lenient";

// A GeoPackage of one polygon declared in `crs`.
Setup polygon_in(std::string crs, std::string wkt) {
  return [crs, wkt](const TempDir& d) {
    LayerSpecForTest spec;
    spec.crs = crs;
    spec.features = {{wkt, {}}};
    write_dataset(d.file("layer.gpkg"), spec);
    return std::vector<std::string>{"area", d.file("layer.gpkg"), "--format", "csv"};
  };
}

// Three 10 m squares as a shapefile, then `damage` applied to the bytes of its `ext` file.
Setup damaged_squares(std::string ext, std::function<void(std::string&)> damage) {
  return [ext, damage](const TempDir& d) {
    std::string shp = write_squares_shapefile(d, "parcels", 3, "UTF-8");
    fs::path path = fs::path(shp).replace_extension(ext);
    std::ifstream in(path, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(in), {}};
    in.close();
    damage(bytes);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    return planar_area(shp);
  };
}

// Byte offsets in a shapefile of 10 m squares (one part, five points: 136-byte records).
constexpr std::size_t kFirstRecord = 100, kFirstShapeType = 108, kFirstX = 108 + 44 + 4;
constexpr std::size_t kDbfHeaderLength = 8;

void put_double(std::string& bytes, std::size_t at, double value) {
  std::memcpy(bytes.data() + at, &value, sizeof value);
}

std::size_t dbf_header_length(const std::string& dbf) {
  return static_cast<unsigned char>(dbf[kDbfHeaderLength]) |
         static_cast<unsigned char>(dbf[kDbfHeaderLength + 1]) << 8;
}

const Setup setup_check_misdeclared = sample_command({"check"});
const Setup setup_report_misdeclared = sample_command({"report"});
const Setup setup_degrees_declared_on_zoned_metres =
    polygon_in("EPSG:4490", square_wkt(40e6 + kX, kY, 10));
const Setup setup_metres_declared_on_degrees =
    polygon_in("EPSG:4549", "POLYGON((120 40,120.001 40,120.001 40.001,120 40.001,120 40))");
const Setup setup_nan_coordinate_in_shp = damaged_squares(".shp", [](std::string& b) {
  put_double(b, kFirstX, std::numeric_limits<double>::quiet_NaN());
});
const Setup setup_dbf_cut_short =
    damaged_squares(".dbf", [](std::string& b) { b.resize(b.size() - 10); });

const CorpusCase kFaultCases[] = {
    {"check_reservoir_prj_contradicts_its_x",
     setup_check_misdeclared,
     2,
     {kMisdeclaredReservoir, kLooksLike4549}},
    // Under --lenient the reservoir cannot be placed, so its violation vanishes (the relocation
    // site on 永久基本农田 stays: exit 1), but every fault is said, and that the results may be
    // wrong.
    {"check_reservoir_prj_contradicts_its_x_with_lenient",
     lenient(setup_check_misdeclared),
     1,
     {"(passed over: --lenient)", "vertices could not be transformed to EPSG:4549",
      "landplan: warning: --lenient: the input has the faults above — results built on it may "
      "be wrong"}},
    {"report_reservoir_prj_contradicts_its_x",
     setup_report_misdeclared,
     2,
     {kMisdeclaredReservoir, kLooksLike4549}},
    {"export_results_reservoir_prj_contradicts_its_x",
     sample_command(
         {"export", "--results", "--to", "/nonexistent/never-written", "--format", "gpkg"}),
     2,
     {kMisdeclaredReservoir, kLooksLike4549}},
    {"overlap_reservoir_prj_contradicts_its_x",
     [](const TempDir& d) {
       std::string project = sample_with_misdeclared_reservoir(d);
       return std::vector<std::string>{"overlap", "greenhouse_zones", "reservoir", "--project",
                                       project,   "--format",         "csv"};
     },
     2,
     {kMisdeclaredReservoir, kLooksLike4549}},
    // `check` reads only the layers its rules name; a project naming a source that is not there
    // must still not pass.
    {"check_with_a_missing_layer_source",
     [](const TempDir& d) {
       for (const char* name : {"project.toml", "sanzuodian.gpkg"})
         fs::copy_file(fs::path(kSampleDir) / name, d.file(name));
       replace_in_file(d.file("project.toml"), "source = \"sanzuodian.gpkg\"\nlayer  = \"roads\"",
                       "source = \"roads_not_here.gpkg\"\nlayer  = \"roads\"");
       return std::vector<std::string>{"check", d.file("project.toml")};
     },
     2,
     {"roads_not_here.gpkg: no such file or folder"}},
    {"degrees_declared_on_zoned_metres",
     setup_degrees_declared_on_zoned_metres,
     2,
     {"layer.gpkg:layer: x from 4.05e+07 to 4.05e+07, y from 4.4e+06 to 4.40001e+06 are metres, "
      "not the degrees of EPSG:4490: the data looks like EPSG:4528 (CGCS2000 3-degree "
      "Gauss-Kruger zone 40) — the source declares EPSG:4490: correct its .prj or SRID to "
      "EPSG:4528"}},
    {"degrees_declared_on_zoned_metres_with_lenient",
     lenient(setup_degrees_declared_on_zoned_metres),
     0,
     {"are metres, not the degrees of EPSG:4490", "(passed over: --lenient)"}},
    {"degrees_declared_on_metres_without_zone",
     polygon_in("EPSG:4490", square_wkt(kX, kY, 10)),
     2,
     {"are metres, not the degrees of EPSG:4490 — name the projected CRS the data was made in "
      "(correct its .prj or SRID; Gauss-Kruger x without a zone number: EPSG:4534–4554"}},
    {"degrees_assumed_on_metres",
     [](const TempDir& d) {
       write_text(d.file("m.csv"), "WKT,id\n\"" + square_wkt(kX, kY, 10) + "\",1\n");
       return std::vector<std::string>{"area",      d.file("m.csv"), "--assume-crs",
                                       "EPSG:4490", "--format",      "csv"};
     },
     2,
     {"m.csv:m: x from 500000", "are metres, not the degrees of EPSG:4490", "(--assume-crs;"}},
    // x of 1e300 under a Gauss-Kruger CRS: the zone check must judge it without converting it
    // to an integer (undefined behaviour, found by the wkt fuzzer under UBSan in CI).
    {"x_beyond_every_zone_under_gauss_kruger",
     [](const TempDir& d) {
       write_text(d.file("huge.csv"),
                  "WKT,id\n\"POLYGON ((1e300 4400000,1e300 4400010,2e300 4400010,"
                  "1e300 4400000))\",1\n");
       return std::vector<std::string>{"area",      d.file("huge.csv"), "--assume-crs",
                                       "EPSG:4549", "--format",        "csv"};
     },
     2,
     {"huge.csv:huge:1: area cannot be computed (coordinates too large or outside the CRS)"}},
    {"metres_declared_on_degrees",
     setup_metres_declared_on_degrees,
     2,
     {"layer.gpkg:layer: x from 120 to 120.001, y from 40 to 40.001 are longitude and latitude, "
      "not the metres of EPSG:4549: the data looks like EPSG:4490 — the source declares "
      "EPSG:4549: correct its .prj or SRID to EPSG:4490"}},
    {"metres_declared_on_degrees_with_lenient",
     lenient(setup_metres_declared_on_degrees),
     0,
     {"are longitude and latitude, not the metres of EPSG:4549", "(passed over: --lenient)"}},
    {"every_geometry_missing",
     [](const TempDir& d) {
       write_text(d.file("nulls.geojson"),
                  R"({"type":"FeatureCollection","features":[)"
                  R"({"type":"Feature","properties":{},"geometry":null},)"
                  R"({"type":"Feature","properties":{},"geometry":null}]})");
       return std::vector<std::string>{"area", d.file("nulls.geojson"), "--format", "csv"};
     },
     2,
     {"nulls.geojson:nulls: no feature has an area (every geometry is missing or empty)"}},
    {"nan_coordinate_in_shp",
     setup_nan_coordinate_in_shp,
     2,
     {"parcels.shp:parcels: the shapefile is damaged: shape 0 has a point outside its own "
      "bounding box (or NaN): its bytes are damaged — export it again from its source"}},
    {"nan_coordinate_in_shp_with_lenient",
     lenient(setup_nan_coordinate_in_shp),
     0,
     {"(passed over: --lenient)", "parcels.shp:parcels:0: a coordinate is NaN or infinite"},
     Areas{std::nullopt, 100.0, 100.0}},
    {"shape_of_another_type",
     damaged_squares(".shp", [](std::string& b) { b[kFirstShapeType] = 3; }),
     2,
     {"shape 0 has shape type 3 in a file of type 5"}},
    {"shx_pointing_elsewhere",
     damaged_squares(".shx", [](std::string& b) { b[100 + 8 + 3] ^= 4; }),
     2,
     {"shape 1 is not where the .shx says"}},
    {"shp_record_number_wrong",
     damaged_squares(".shp", [](std::string& b) { b[kFirstRecord + 3] = 7; }),
     2,
     {"shape 0 is not where the .shx says"}},
    {"dbf_cut_short",
     setup_dbf_cut_short,
     2,
     {"parcels.shp:parcels: the shapefile is damaged: the .dbf holds", "so it is cut short"}},
    {"dbf_cut_short_with_lenient", lenient(setup_dbf_cut_short), 0, {"(passed over: --lenient)"}},
    {"dbf_record_without_deletion_flag",
     damaged_squares(".dbf", [](std::string& b) { b[dbf_header_length(b)] = 'x'; }),
     2,
     {"record 0 of the .dbf has no valid deletion flag"}},
    // A record the .dbf marks deleted is meant to be gone: left out, with a word.
    {"dbf_record_marked_deleted",
     damaged_squares(".dbf", [](std::string& b) { b[dbf_header_length(b)] = '*'; }),
     0,
     {"parcels.shp:parcels: the .dbf marks 1 record deleted — left out"},
     Areas{100.0, 100.0}},
};

class FaultCorpus : public ::testing::TestWithParam<CorpusCase> {};

TEST_P(FaultCorpus, BehavesAsDocumented) {
  check_case(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Corpus, FaultCorpus, ::testing::ValuesIn(kFaultCases),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace landplan::test::corpus
