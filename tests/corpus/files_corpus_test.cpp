// Corpus: damaged or under-described files — shapefile sidecars, truncation, empty layers.
#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "corpus/corpus_case.hpp"

namespace landplan::test::corpus {
namespace {

namespace fs = std::filesystem;

// Makes the .dbf declare no code page (language driver byte 29 = 0), as old tools write it.
void clear_ldid(const std::string& shp) {
  std::fstream dbf(fs::path(shp).replace_extension(".dbf"),
                   std::ios::in | std::ios::out | std::ios::binary);
  dbf.seekp(29);
  dbf.put('\0');
}

// Two 10 m squares in a GeoPackage, then feature 1's blob replaced by a GeoPackage header and
// `wkb` (hex), as a damaged file or a buggy writer would leave it.
std::string write_corrupt_geopackage(const TempDir& d, const std::string& wkb) {
  LayerSpecForTest spec;
  spec.features = {{square_wkt(kX, kY, 10), {}}, {square_wkt(kX + 20, kY, 10), {}}};
  std::string path = d.file("corrupt.gpkg");
  write_dataset(path, spec);
  GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);  // GeoPackage triggers parse the bad blob
  // "GP", version 0, flags 1 (little-endian, no envelope), srs_id 4549.
  std::string sql = "UPDATE layer SET geom = X'47500001C5110000" + wkb + "' WHERE fid = 1";
  dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
  return path;
}

std::string repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

const Setup setup_gk_zone_number_in_x_but_declared_without = [](const TempDir& d) {
  LayerSpecForTest spec;
  spec.features = {{square_wkt(40e6 + kX, kY, 10), {}}};
  write_dataset(d.file("zoned.gpkg"), spec);
  return planar_area(d.file("zoned.gpkg"));
};

const Setup setup_gk_zone_number_in_x_but_assumed_without = [](const TempDir& d) {
  write_text(d.file("zoned.csv"), "WKT,id\n\"" + square_wkt(40e6 + kX, kY, 10) + "\",1\n");
  auto args = planar_area(d.file("zoned.csv"));
  args.insert(args.end(), {"--assume-crs", "EPSG:4549"});
  return args;
};

const Setup setup_gk_no_zone_number_but_declared_with = [](const TempDir& d) {
  LayerSpecForTest spec;
  spec.crs = "EPSG:4528";
  spec.features = {{square_wkt(kX, kY, 10), {}}};
  write_dataset(d.file("unzoned.gpkg"), spec);
  return planar_area(d.file("unzoned.gpkg"));
};

const Setup setup_missing_cpg_with_gbk_text = [](const TempDir& d) {
  std::string shp = write_squares_shapefile(d, "parcels", 2, "CP936");
  fs::remove(fs::path(shp).replace_extension(".cpg"));
  clear_ldid(shp);
  return planar_area(shp);
};

const Setup setup_wrong_cpg_utf8_over_gbk_text = [](const TempDir& d) {
  std::string shp = write_squares_shapefile(d, "parcels", 2, "CP936");
  write_text(fs::path(shp).replace_extension(".cpg").string(), "UTF-8");
  clear_ldid(shp);
  return planar_area(shp);
};

const Setup setup_truncated_shp = [](const TempDir& d) {
  std::string shp = write_squares_shapefile(d, "parcels", 3, "UTF-8");
  fs::resize_file(shp, 200);  // the header and part of the first shape
  return planar_area(shp);
};

const Setup setup_dbf_with_fewer_records_than_shp = [](const TempDir& d) {
  std::string shp = write_squares_shapefile(d, "parcels", 3, "UTF-8");
  std::string other = write_squares_shapefile(d, "two", 2, "UTF-8");
  fs::copy_file(fs::path(other).replace_extension(".dbf"), fs::path(shp).replace_extension(".dbf"),
                fs::copy_options::overwrite_existing);
  return planar_area(shp);
};

const CorpusCase kFileCases[] = {
    // A line claiming 4294967295 points in 0 bytes: the WKB reader sized its buffer (64 GB)
    // before checking the count against the bytes left.
    {"corrupt_wkb_huge_count",
     [](const TempDir& d) {
       return planar_area(write_corrupt_geopackage(d, "0102000000FFFFFFFF"));
     },
     2,
     {"corrupt.gpkg:layer:1: geometry is corrupt"}},
    // 100000 nested collections: the WKB reader recursed once per level, to a stack overflow.
    {"corrupt_wkb_deep_nesting",
     [](const TempDir& d) {
       return planar_area(write_corrupt_geopackage(d, repeat("010700000001000000", 100000)));
     },
     2,
     {"corrupt.gpkg:layer:1: geometry is corrupt"}},
    {"missing_prj",
     [](const TempDir& d) {
       std::string shp = write_squares_shapefile(d, "parcels", 1, "UTF-8");
       fs::remove(fs::path(shp).replace_extension(".prj"));
       return planar_area(shp);
     },
     2,
     {"parcels.shp:parcels: has no CRS", "--assume-crs"}},
    {"missing_prj_with_assume_crs",
     [](const TempDir& d) {
       std::string shp = write_squares_shapefile(d, "parcels", 1, "UTF-8");
       fs::remove(fs::path(shp).replace_extension(".prj"));
       auto args = planar_area(shp);
       args.insert(args.end(), {"--assume-crs", "EPSG:4549"});
       return args;
     },
     0,
     {},
     std::vector<std::optional<double>>{100.0}},
    // Gauss-Kruger x with the zone number (40,500,000) under the code without it (EPSG:4549):
    // the commonest wrong .prj in China. Planar in its own CRS the square still measures.
    {"gk_zone_number_in_x_but_declared_without",
     setup_gk_zone_number_in_x_but_declared_without,
     2,
     {"zoned.gpkg:layer: x from 40500000 carries the zone number 40, which EPSG:4549 (no zone "
      "number) does not: the data looks like EPSG:4528 — the source declares EPSG:4549: correct "
      "its .prj or SRID to EPSG:4528; or --lenient"}},
    {"gk_zone_number_in_x_but_declared_without_with_lenient",
     lenient(setup_gk_zone_number_in_x_but_declared_without),
     0,
     {"(passed over: --lenient)",
      "zoned.gpkg:layer: x from 40500000 carries the zone number 40, which EPSG:4549 (no zone "
      "number) does not: the data looks like EPSG:4528 — the source declares EPSG:4549: correct "
      "its .prj or SRID to EPSG:4528"},
     std::vector<std::optional<double>>{100.0}},
    // The same x with no CRS in the file and the wrong code given by the user.
    {"gk_zone_number_in_x_but_assumed_without",
     setup_gk_zone_number_in_x_but_assumed_without,
     2,
     {"the data looks like EPSG:4528 — read it with --assume-crs EPSG:4528; or --lenient"}},
    {"gk_zone_number_in_x_but_assumed_without_with_lenient",
     lenient(setup_gk_zone_number_in_x_but_assumed_without),
     0,
     {"(passed over: --lenient)",
      "the data looks like EPSG:4528 — read it with --assume-crs EPSG:4528"},
     std::vector<std::optional<double>>{100.0}},
    // And the other way: x without the zone number under EPSG:4528, which PROJ cannot place.
    {"gk_no_zone_number_but_declared_with",
     setup_gk_no_zone_number_but_declared_with,
     2,
     {"unzoned.gpkg:layer: x from 500000 carries no zone number, which EPSG:4528 (zone 40 in the "
      "x) expects: the data looks like EPSG:4549 — the source declares EPSG:4528: correct its "
      ".prj or SRID to EPSG:4549; or --lenient"}},
    {"gk_no_zone_number_but_declared_with_with_lenient",
     lenient(setup_gk_no_zone_number_but_declared_with),
     0,
     {"(passed over: --lenient)",
      "unzoned.gpkg:layer: x from 500000 carries no zone number, which EPSG:4528 (zone 40 in the "
      "x) expects: the data looks like EPSG:4549 — the source declares EPSG:4528: correct its "
      ".prj or SRID to EPSG:4549"},
     std::vector<std::optional<double>>{std::nullopt}},
    {"missing_cpg_with_gbk_text",
     setup_missing_cpg_with_gbk_text,
     2,
     {"parcels.shp:parcels: text is not UTF-8 and there is no .cpg", "--source-encoding GBK"}},
    {"missing_cpg_with_gbk_text_with_lenient",
     lenient(setup_missing_cpg_with_gbk_text),
     0,
     {"(passed over: --lenient)", "parcels.shp:parcels: text is not UTF-8 and there is no .cpg",
      "--source-encoding GBK"},
     std::vector<std::optional<double>>{100.0, 100.0}},
    {"wrong_cpg_utf8_over_gbk_text",
     setup_wrong_cpg_utf8_over_gbk_text,
     2,
     {"parcels.shp:parcels: text is not valid UTF-8 as declared", "--source-encoding GBK"}},
    {"wrong_cpg_utf8_over_gbk_text_with_lenient",
     lenient(setup_wrong_cpg_utf8_over_gbk_text),
     0,
     {"(passed over: --lenient)", "parcels.shp:parcels: text is not valid UTF-8 as declared",
      "--source-encoding GBK"},
     std::vector<std::optional<double>>{100.0, 100.0}},
    {"truncated_shp",
     setup_truncated_shp,
     2,
     {"parcels.shp:parcels: the shapefile is damaged: the .shp holds 200 bytes but its header "
      "says 508, so it is cut short — export it again from its source; or --lenient"}},
    {"truncated_shp_with_lenient",
     lenient(setup_truncated_shp),
     0,
     {"(passed over: --lenient)", "parcels.shp:parcels: GDAL could not read all of it (Error in fread()",
      "parcels.shp:parcels:2: no geometry"},
     std::vector<std::optional<double>>{std::nullopt, std::nullopt, std::nullopt}},
    {"dbf_with_fewer_records_than_shp",
     setup_dbf_with_fewer_records_than_shp,
     2,
     {"parcels.shp:parcels: the shapefile is damaged: the .shx lists 3 shapes but the .dbf "
      "holds 2 records"}},
    {"dbf_with_fewer_records_than_shp_with_lenient",
     lenient(setup_dbf_with_fewer_records_than_shp),
     0,
     {"(passed over: --lenient)",
      "the .shx lists 3 shapes but the .dbf holds 2 records"},
     std::vector<std::optional<double>>{100.0, 100.0}},
    {"empty_layer",
     [](const TempDir& d) {
       LayerSpecForTest spec;
       write_dataset(d.file("empty.gpkg"), spec);
       return planar_area(d.file("empty.gpkg"));
     },
     2,
     {"empty.gpkg:layer: has no features"}},
    {"not_a_dataset",
     [](const TempDir& d) {
       write_text(d.file("parcels.shp"), "this is not a shapefile");
       return planar_area(d.file("parcels.shp"));
     },
     2,
     {"parcels.shp: GDAL cannot read it as vector data"}},
    {"vertical_crs_declared",
     [](const TempDir& d) {
       return std::vector<std::string>{"area", copy_case_file(d, "vertical_crs.geojson"),
                                       "--format", "csv"};
     },
     2,
     {"vertical_crs.geojson:vertical_crs: 'EPSG:5737' (Yellow Sea 1985 height) is not a "
      "horizontal CRS — use a geographic or projected CRS such as EPSG:4549"}},
    {"geocentric_crs_declared",
     [](const TempDir& d) {
       return std::vector<std::string>{"area", copy_case_file(d, "geocentric_crs.geojson"),
                                       "--format", "csv"};
     },
     2,
     {"geocentric_crs.geojson:geocentric_crs: 'EPSG:4372' (", ") is not a horizontal CRS"}},
    {"null_and_empty_geometries",
     [](const TempDir& d) { return planar_area(copy_case_file(d, "null_geometries.geojson")); },
     0,
     {"null_geometries.geojson:null_geometries:0: no geometry", ":1: no geometry",
      ":2: no geometry"},
     std::vector<std::optional<double>>{std::nullopt, std::nullopt, std::nullopt, 100.0}},
};

class FileCorpus : public testing::TestWithParam<CorpusCase> {};
TEST_P(FileCorpus, BehavesAsDocumented) {
  check_case(GetParam());
}
INSTANTIATE_TEST_SUITE_P(Corpus, FileCorpus, testing::ValuesIn(kFileCases),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace landplan::test::corpus
