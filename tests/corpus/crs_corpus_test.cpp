// Corpus: CRSs as users and files write them — every accepted form of EPSG:4549 must measure
// the same 100 m², and anything PROJ would only guess at (foo → Amersfoort) must be refused.
#include <gtest/gtest.h>
#include <proj.h>

#include "corpus/corpus_case.hpp"

namespace landplan::test::corpus {
namespace {

using Areas = std::vector<std::optional<double>>;

// The message every refused CRS ends with: what is accepted.
constexpr const char* kAccepted =
    "give an authority code (EPSG:4549, urn:ogc:def:crs:EPSG::4549), WKT, PROJJSON, a PROJ "
    "string (+proj=tmerc …) or a CRS's exact name (CGCS2000 / 3-degree Gauss-Kruger CM 120E)";

// One 10 m square in EPSG:4549 (a GeoPackage): `area --method planar --crs TEXT`.
std::function<std::vector<std::string>(const TempDir&)> with_crs(std::string text) {
  return [text](const TempDir& d) {
    LayerSpecForTest spec;
    spec.features.push_back({square_wkt(kX, kY, 10), {}});
    write_dataset(d.file("a.gpkg"), spec);
    return std::vector<std::string>{"area", d.file("a.gpkg"), "--method", "planar", "--crs",
                                    text,   "--format",       "csv"};
  };
}

// The same square as a WKT CSV with no CRS: `area --assume-crs TEXT`, planar in its own CRS.
std::function<std::vector<std::string>(const TempDir&)> assuming(std::string text) {
  return [text](const TempDir& d) {
    write_text(d.file("a.csv"), "WKT,name\n\"" + square_wkt(kX, kY, 10) + "\",a\n");
    return std::vector<std::string>{"area", d.file("a.csv"), "--method", "planar", "--assume-crs",
                                    text,   "--format",      "csv"};
  };
}

// EPSG:4549 as PROJ writes it (an independent spelling of the same CRS).
std::string epsg4549(bool projjson) {
  PJ* pj = proj_create(nullptr, "EPSG:4549");
  std::string text = projjson ? proj_as_projjson(nullptr, pj, nullptr)
                              : proj_as_wkt(nullptr, pj, PJ_WKT1_ESRI, nullptr);
  proj_destroy(pj);
  return text;
}

// A project.toml over the square `a.gpkg` (or, with `no_crs`, the CSV without CRS).
std::function<std::vector<std::string>(const TempDir&)> project(std::string toml, bool no_crs) {
  return [toml, no_crs](const TempDir& d) {
    LayerSpecForTest spec;
    spec.features.push_back({square_wkt(kX, kY, 10), {}});
    write_dataset(d.file("a.gpkg"), spec);
    write_text(d.file("a.csv"), "WKT,name\n\"" + square_wkt(kX, kY, 10) + "\",a\n");
    write_text(d.file("project.toml"), toml + "[layers.a]\nsource = \"" +
                                           (no_crs ? "a.csv" : "a.gpkg") + "\"\n" +
                                           (no_crs ? "assume_crs = \"EPSG:4549\"\n" : ""));
    return std::vector<std::string>{
        "area", d.file("project.toml"), "--layer", "a", "--method", "planar", "--format", "csv"};
  };
}

const CorpusCase kCrsCases[] = {
    // PROJ's name search (proj_create) took these for Amersfoort (EPSG:4289) and Barbados 1938
    // (EPSG:4212): the square measured in a Dutch or Caribbean CRS, exit 0.
    {"crs_foo",
     with_crs("foo"),
     2,
     {"--crs: 'foo' is neither a CRS code nor the exact name of a CRS — ", kAccepted}},
    {"crs_bar", with_crs("bar"), 2, {"--crs: 'bar' is neither a CRS code nor the exact name"}},
    {"crs_empty", with_crs(""), 2, {"--crs: no CRS given (empty text) — ", kAccepted}},
    {"crs_blank", with_crs("  "), 2, {"--crs: no CRS given (empty text)"}},
    {"crs_code_with_a_digit_too_many",
     with_crs("EPSG:45490"),
     2,
     {"--crs: 'EPSG:45490' is not a CRS PROJ knows (crs not found) — ", kAccepted}},
    {"crs_authority_misspelt",
     with_crs("ESPG:4549"),
     2,
     {"--crs: 'ESPG:4549' is not a CRS PROJ knows"}},
    {"crs_unknown_code",
     with_crs("EPSG:999999"),
     2,
     {"--crs: 'EPSG:999999' is not a CRS PROJ knows"}},
    {"crs_bare_number",
     with_crs("4549"),
     2,
     {"--crs: '4549' is neither a CRS code nor the exact name of a CRS — write the authority "
      "with the code, e.g. EPSG:4549"}},
    {"crs_name_cut_short",
     with_crs("CGCS2000 / 3-degree Gauss-Kruger"),
     2,
     {"'CGCS2000 / 3-degree Gauss-Kruger' is neither a CRS code nor the exact name"}},
    {"crs_proj_pipeline",
     with_crs("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad"),
     2,
     {"is a coordinate operation, not a CRS"}},
    {"crs_vertical",
     with_crs("EPSG:5737"),
     2,
     {"--crs: 'EPSG:5737' (Yellow Sea 1985 height) is not a horizontal CRS"}},
    {"crs_lower_case_code", with_crs("epsg:4549"), 0, {}, Areas{100.0}},
    {"crs_urn", with_crs("urn:ogc:def:crs:EPSG::4549"), 0, {}, Areas{100.0}},
    {"crs_opengis_url",
     with_crs("http://www.opengis.net/def/crs/EPSG/0/4549"),
     0,
     {},
     Areas{100.0}},
    {"crs_exact_name", with_crs("CGCS2000 / 3-degree Gauss-Kruger CM 120E"), 0, {}, Areas{100.0}},
    {"crs_esri_wkt", with_crs(epsg4549(false)), 0, {}, Areas{100.0}},
    {"crs_projjson", with_crs(epsg4549(true)), 0, {}, Areas{100.0}},
    // Was refused as "a coordinate operation": PROJ needs +type=crs to read it as a CRS.
    {"crs_proj_string",
     with_crs("+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m"),
     0,
     {},
     Areas{100.0}},
    {"assume_crs_foo", assuming("foo"), 2, {"--assume-crs: 'foo' is neither a CRS code"}},
    {"assume_crs_empty", assuming(""), 2, {"--assume-crs: no CRS given (empty text)"}},
    {"assume_crs_urn", assuming("urn:ogc:def:crs:EPSG::4549"), 0, {}, Areas{100.0}},
    {"project_crs_foo",
     project("[project]\ncrs = \"foo\"\n", false),
     2,
     {"project.toml:project.crs: 'foo' is neither a CRS code nor the exact name"}},
    {"project_crs_empty",
     project("[project]\ncrs = \"\"\n", false),
     2,
     {"project.toml:project.crs: no CRS given (empty text)"}},
    {"project_crs_urn",
     project("[project]\ncrs = \"urn:ogc:def:crs:EPSG::4549\"\n", false),
     0,
     {},
     Areas{100.0}},
    {"project_assume_crs_bar",
     [](const TempDir& d) {
       auto args = project("", true)(d);
       write_text(d.file("project.toml"), "[layers.a]\nsource = \"a.csv\"\nassume_crs = \"bar\"\n");
       return args;
     },
     2,
     {"project.toml:layers.a.assume_crs: 'bar' is neither a CRS code"}},
    {"project_assume_crs_code", project("", true), 0, {}, Areas{100.0}},
    // GDAL says "crs not found" and reads the metres as WGS 84 degrees: the square measured
    // 0 m² near the South Pole (or an error far from the cause).
    {"geojson_unknown_crs_urn",
     [](const TempDir& d) { return planar_area(copy_case_file(d, "unknown_crs.geojson")); },
     2,
     {"unknown_crs.geojson: declares the CRS 'urn:ogc:def:crs:EPSG::999999', which PROJ does not "
      "know"}},
    {"geojson_unknown_crs_code",
     [](const TempDir& d) { return planar_area(copy_case_file(d, "unknown_crs_code.geojson")); },
     2,
     {"unknown_crs_code.geojson: declares the CRS 'EPSG:999999', which PROJ does not know"}},
    // GDAL takes a crs name it cannot resolve for WGS 84 without any message.
    {"geojson_crs_named_foo",
     [](const TempDir& d) { return planar_area(copy_case_file(d, "crs_named_foo.geojson")); },
     2,
     {"crs_named_foo.geojson: 'foo' is neither a CRS code nor the exact name of a CRS"}},
};

class CrsCorpus : public testing::TestWithParam<CorpusCase> {};
TEST_P(CrsCorpus, BehavesAsDocumented) {
  check_case(GetParam());
}
INSTANTIATE_TEST_SUITE_P(Corpus, CrsCorpus, testing::ValuesIn(kCrsCases),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace landplan::test::corpus
