// Corpus: numbers that make no sense (negative, zero, NaN, infinite radii, distances, areas and
// limits; no well with a service circle) and metre settings in a geographic working CRS.
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "corpus/corpus_case.hpp"
#include "test_data.hpp"

namespace landplan::test::corpus {
namespace {

namespace fs = std::filesystem;
using Args = std::vector<std::string>;
using Edit = std::function<void(const TempDir&)>;

// The sample township, copied so that a case may edit its project.toml and its data.
std::string copy_sample(const TempDir& d) {
  for (const char* file : {"project.toml", "sanzuodian.gpkg"})
    fs::copy_file(fs::path(kSampleDir) / file, d.path() / file);
  return d.file("project.toml");
}

// Replaces the line `key = …` of the copied project.toml (the key must be there).
Edit set(const std::string& key, const std::string& value) {
  return [key, value](const TempDir& d) {
    std::ifstream in(d.file("project.toml"));
    std::regex setting(key + " *=.*");
    std::string edited;
    bool found = false;
    for (std::string line; std::getline(in, line);) {
      if (std::regex_match(line, setting)) {
        line = key + " = " + value;
        found = true;
      }
      edited += line + "\n";
    }
    ASSERT_TRUE(found) << key;
    write_text(d.file("project.toml"), edited);
  };
}

// Runs SQL on the copied sanzuodian.gpkg.
Edit sql(const std::string& statement) {
  return [statement](const TempDir& d) {
    GDALAllRegister();
    std::unique_ptr<GDALDataset> data(
        GDALDataset::Open(d.file("sanzuodian.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(data);
    data->ExecuteSQL(statement.c_str(), nullptr, nullptr);
  };
}

const Edit kNoWells = sql("DELETE FROM wells");
// Each of the 23 wells a radius that is no distance: 0 or negative.
const Edit kNoRadii = sql("UPDATE wells SET 服务半径 = CASE WHEN fid % 2 = 0 THEN 0 ELSE -5 END");

// `command PROJECT args…` on the copied sample, after `edit`.
std::function<Args(const TempDir&)> on_sample(Edit edit, Args command) {
  return [edit, command](const TempDir& d) {
    std::string project = copy_sample(d);
    edit(d);
    Args args = {command.front(), project};
    args.insert(args.end(), command.begin() + 1, command.end());
    for (std::string& arg : args)
      if (arg == "OUT") arg = d.file("out");
    return args;
  };
}

const Args kReport = {"report"};
const Args kExportResults = {"export", "--to", "OUT", "--results", "--format", "gpkg"};
const Args kCheck = {"check"};
const Edit kAsIs = [](const TempDir&) {};

// `coverage parcels wells --project` of the copied sample with these flags.
std::function<Args(const TempDir&)> sample_coverage(Args flags) {
  return [flags](const TempDir& d) {
    Args args = {"coverage", "parcels", "wells", "--project", copy_sample(d), "--format", "csv"};
    args.insert(args.end(), flags.begin(), flags.end());
    return args;
  };
}

// One 100 m square of parcels and the same square as cover, both in EPSG:4549.
std::function<Args(const TempDir&)> square_covering_itself(Args flags) {
  return [flags](const TempDir& d) {
    LayerSpecForTest spec;
    spec.features.push_back({square_wkt(kX, kY, 100), {}});
    write_dataset(d.file("a.gpkg"), spec);
    Args args = {"coverage", d.file("a.gpkg"), d.file("a.gpkg"), "--format", "csv"};
    args.insert(args.end(), flags.begin(), flags.end());
    return args;
  };
}

// A 100 m square of parcels `a.gpkg`, and a cover with no features at all.
std::function<Args(const TempDir&)> square_and_empty_cover() {
  return [](const TempDir& d) {
    LayerSpecForTest spec;
    spec.features.push_back({square_wkt(kX, kY, 100), {}});
    write_dataset(d.file("a.gpkg"), spec);
    write_text(d.file("none.geojson"), R"({"type": "FeatureCollection", "features": []})");
    return Args{"coverage",
                d.file("a.gpkg"),
                d.file("none.geojson"),
                "--radius",
                "300",
                "--method",
                "planar",
                "--crs",
                "EPSG:4549",
                "--format",
                "csv"};
  };
}

const char* kNoCircle = "wells: no well has a service circle — no farmland is irrigated";
const char* kNothingIrrigated = "实际覆盖 0.00 亩，完成 0.0%";
const char* kAllFarmlandUncovered = "uncovered_farmland.gpkg         923  54,753.13";
const char* kInDegrees =
    " is in degrees — use a projected --crs (or project.crs) such as "
    "EPSG:4549, the zone this data lies in";

std::string out_of_range(const std::string& key, const std::string& value,
                         const std::string& range) {
  return key + ": is " + value + ", outside the allowed range — give a finite number " + range;
}

const CorpusCase kNumberCases[] = {
    // Rule 1: no well with a service circle is nothing irrigated, not a crash.
    {"wells_not_surveyed_report",
     on_sample(kNoWells, kReport),
     0,
     {kNoCircle},
     std::nullopt,
     1e-6,
     stdout_has({kNothingIrrigated})},
    // Every farmland parcel (923, by SQL on the sample) is uncovered; no coverage layer is written.
    {"wells_not_surveyed_export_results",
     on_sample(kNoWells, kExportResults),
     0,
     {kNoCircle},
     std::nullopt,
     1e-6,
     stdout_has({kAllFarmlandUncovered})},
    {"wells_all_radii_not_positive_report",
     on_sample(kNoRadii, kReport),
     0,
     {"sanzuodian.gpkg:wells:1: radius -5 is not a finite number > 0 metres — it has no service "
      "circle and covers nothing; set its 服务半径 in metres",
      "sanzuodian.gpkg:wells:2: radius 0 is not a finite number > 0 metres", kNoCircle},
     std::nullopt,
     1e-6,
     stdout_has({kNothingIrrigated})},
    {"wells_all_radii_not_positive_export_results",
     on_sample(kNoRadii, kExportResults),
     0,
     {"sanzuodian.gpkg:wells:23: radius -5 is not", kNoCircle},
     std::nullopt,
     1e-6,
     stdout_has({kAllFarmlandUncovered})},
    {"default_well_radius_zero_report",
     on_sample(set("default_well_radius_m", "0"), kReport),
     2,
     {out_of_range("project.toml:planning.default_well_radius_m", "0", "> 0 metres")}},
    {"default_well_radius_zero_export_results",
     on_sample(set("default_well_radius_m", "0"), kExportResults),
     2,
     {out_of_range("project.toml:planning.default_well_radius_m", "0", "> 0 metres")}},
    {"default_well_radius_negative_report",
     on_sample(set("default_well_radius_m", "-300"), kReport),
     2,
     {out_of_range("project.toml:planning.default_well_radius_m", "-300", "> 0 metres")}},
    {"default_well_radius_nan_report",
     on_sample(set("default_well_radius_m", "nan"), kReport),
     2,
     {out_of_range("project.toml:planning.default_well_radius_m", "nan", "> 0 metres")}},
    {"default_well_radius_nan_export_results",
     on_sample(set("default_well_radius_m", "nan"), kExportResults),
     2,
     {out_of_range("project.toml:planning.default_well_radius_m", "nan", "> 0 metres")}},
    {"default_well_radius_inf_report",
     on_sample(set("default_well_radius_m", "inf"), kReport),
     2,
     {out_of_range("project.toml:planning.default_well_radius_m", "inf", "> 0 metres")}},
    {"coverage_by_an_empty_cover",
     square_and_empty_cover(),
     0,
     {},
     std::vector<std::optional<double>>{10000.0},
     1e-9,
     stdout_has({"1,10000,0,0,0"})},
    // Rule 5 on the command line.
    {"coverage_radius_inf",
     sample_coverage({"--radius", "inf"}),
     2,
     {out_of_range("--radius", "inf", "> 0 metres")}},
    {"coverage_radius_negative",
     sample_coverage({"--radius=-5"}),
     2,
     {out_of_range("--radius", "-5", "> 0 metres")}},
    {"coverage_radius_nan",
     sample_coverage({"--radius", "nan"}),
     2,
     {out_of_range("--radius", "nan", "> 0 metres")}},
    {"coverage_radius_zero",
     sample_coverage({"--radius", "0"}),
     2,
     {out_of_range("--radius", "0", "> 0 metres")}},
    // Rule 3: metres in a geographic working CRS.
    {"report_in_cgcs2000_degrees",
     on_sample(kAsIs, {"report", "--crs", "EPSG:4490"}),
     2,
     {"sanzuodian.gpkg:reservoir: buffer distances are in metres, but the working CRS EPSG:4490",
      kInDegrees}},
    {"report_in_project_crs_degrees",
     on_sample(set("crs ", "\"EPSG:4326\""), kReport),
     2,
     {"buffer distances are in metres, but the working CRS EPSG:4326", kInDegrees}},
    {"check_in_cgcs2000_degrees",
     on_sample(kAsIs, {"check", "--crs", "EPSG:4490"}),
     2,
     {"sanzuodian.gpkg:relocation_sites: distances are in metres, but the working CRS EPSG:4490",
      kInDegrees}},
    {"coverage_in_wgs84_degrees",
     sample_coverage({"--radius", "300", "--crs", "EPSG:4326"}),
     2,
     {"sanzuodian.gpkg:wells: service radii are in metres, but the working CRS EPSG:4326",
      kInDegrees}},
    // --crs of export is the output CRS: the results are computed in the project's EPSG:4549 and
    // then written in degrees — the same 156 displaced parcels, 6,034.72 mu, as without --crs.
    {"export_results_in_cgcs2000_degrees",
     on_sample(kAsIs,
               {"export", "--to", "OUT", "--results", "--format", "gpkg", "--crs", "EPSG:4490"}),
     0,
     {},
     std::nullopt,
     1e-6,
     stdout_has({"crs: EPSG:4490", "displaced_parcels.gpkg          156   6,034.72"})},
    {"planar_area_in_wgs84_degrees",
     on_sample(kAsIs, {"area", "--layer", "parcels", "--method", "planar", "--crs", "EPSG:4326"}),
     2,
     {"sanzuodian.gpkg:parcels: planar areas are in metres, but the working CRS EPSG:4326",
      "such as EPSG:4549, the zone this data lies in, or use --method ellipsoidal"}},
    // Ellipsoidal areas and polygon cover need no metres: fine in degrees (the 100 m square's
    // ellipsoidal area on the GK central meridian, where the scale factor is 1).
    {"polygon_coverage_in_wgs84_degrees",
     square_covering_itself({"--crs", "EPSG:4326"}),
     0,
     {},
     std::vector<std::optional<double>>{10000.0},
     1e-3},
    // Rule 5 in project.toml.
    {"reservoir_safety_negative",
     on_sample(set("reservoir_safety_m", "-50"), kReport),
     2,
     {out_of_range("project.toml:planning.reservoir_safety_m", "-50", "≥ 0 metres")}},
    {"reservoir_safety_zero_is_the_water_edge",
     on_sample(set("reservoir_safety_m", "0"), kReport),
     0,
     {},
     std::nullopt,
     1e-6,
     stdout_has({"水库淹没影响（含安全距离 0 米）"})},
    {"reservoir_safety_nan",
     on_sample(set("reservoir_safety_m", "nan"), kCheck),
     2,
     {out_of_range("project.toml:planning.reservoir_safety_m", "nan", "≥ 0 metres")}},
    {"reservoir_safety_inf",
     on_sample(set("reservoir_safety_m", "inf"), kReport),
     2,
     {out_of_range("project.toml:planning.reservoir_safety_m", "inf", "≥ 0 metres")}},
    {"planning_key_misspelt",
     on_sample(set("household_area_m2", "300\nreservoir_safty_m = 50"), kCheck),
     1,
     {"project.toml:planning.reservoir_safty_m: unknown key — ignored"}},
    {"household_area_zero",
     on_sample(set("household_area_m2", "0"), kReport),
     2,
     {out_of_range("project.toml:planning.household_area_m2", "0", "> 0 m² per household")}},
    {"household_area_negative_inf",
     on_sample(set("household_area_m2", "-inf"), kReport),
     2,
     {out_of_range("project.toml:planning.household_area_m2", "-inf", "> 0 m² per household")}},
    {"greenhouse_target_negative",
     on_sample(set("greenhouse_mu", "-1500"), kReport),
     2,
     {out_of_range("project.toml:targets.greenhouse_mu", "-1500", "≥ 0 mu")}},
    {"irrigation_target_nan",
     on_sample(set("irrigation_mu", "nan"), kReport),
     2,
     {out_of_range("project.toml:targets.irrigation_mu", "nan", "≥ 0 mu")}},
    {"min_distance_negative",
     on_sample(set("min_distance", "[\"relocation_sites\", \"reservoir\", -100]"), kCheck),
     2,
     {out_of_range("project.toml:rules[3].min_distance", "-100", "> 0 metres")}},
    {"min_distance_without_limit",
     on_sample(set("min_distance", "[\"relocation_sites\", \"reservoir\"]"), kCheck),
     2,
     {"project.toml:rules[3].min_distance: has no limit — add it after the layer names, a number "
      "> 0 metres"}},
    {"min_distance_with_two_limits",
     on_sample(set("min_distance", "[\"relocation_sites\", \"reservoir\", 100, 200]"), kCheck),
     2,
     {"project.toml:rules[3].min_distance: has two limits — keep one number"}},
    {"min_area_zero",
     on_sample(set("min_area", "[\"greenhouse_zones\", 0]"), kCheck),
     2,
     {out_of_range("project.toml:rules[4].min_area", "0", "> 0 mu")}},
    {"max_area_inf",
     on_sample(set("min_area",
                   "[\"greenhouse_zones\", 100]\n[[rules]]\nmax_area = "
                   "[\"greenhouse_zones\", inf]"),
               kCheck),
     2,
     {out_of_range("project.toml:rules[5].max_area", "inf", "> 0 mu")}},
    {"max_area_nan",
     on_sample(set("min_area",
                   "[\"greenhouse_zones\", 100]\n[[rules]]\nmax_area = "
                   "[\"greenhouse_zones\", nan]"),
               kCheck),
     2,
     {out_of_range("project.toml:rules[5].max_area", "nan", "> 0 mu")}},
    {"forbid_overlap_with_a_number",
     on_sample(set("forbid_overlap", "[\"greenhouse_zones\", \"reservoir\", 5]"), kCheck),
     2,
     {"project.toml:rules[1].forbid_overlap: takes no number — list only the layer names"}},
};

class NumberCorpus : public testing::TestWithParam<CorpusCase> {};
TEST_P(NumberCorpus, BehavesAsDocumented) {
  check_case(GetParam());
}
INSTANTIATE_TEST_SUITE_P(Corpus, NumberCorpus, testing::ValuesIn(kNumberCases),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace landplan::test::corpus
