// Corpus: messages that lead somewhere — unknown commands, GDAL's own errors, unreadable .prj
// files, field mappings, --format choices and GBK CSVs read back.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "corpus/corpus_case.hpp"

namespace landplan::test::corpus {
namespace {

namespace fs = std::filesystem;
using Areas = std::vector<std::optional<double>>;
using Args = std::vector<std::string>;

constexpr const char* kCommands =
    " — the commands are: info, init, area, export, overlap, coverage, report, check, view, "
    "render, landuse, audit, occupy";

std::function<Args(const TempDir&)> just(Args args) {
  return [args](const TempDir&) { return args; };
}

// The 10 m square shapefile `parcels.shp` (field name = 村一) with its .prj replaced by `prj`.
std::string with_prj(const TempDir& d, const std::string& prj) {
  std::string shp = write_squares_shapefile(d, "parcels", 1, "UTF-8");
  write_text(fs::path(shp).replace_extension(".prj").string(), prj);
  return shp;
}

// 300 random bytes from a fixed seed: a .prj overwritten by something else.
std::string random_bytes() {
  std::mt19937 random(17);
  std::string bytes(300, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random() & 0xFF);
  return bytes;
}

// A project over the squares shapefile whose `fields` table is `fields`.
std::function<Args(const TempDir&)> project_with_fields(std::string fields) {
  return [fields](const TempDir& d) {
    write_squares_shapefile(d, "parcels", 1, "UTF-8");
    write_text(d.file("project.toml"),
               "[layers.a]\nsource = \"parcels.shp\"\nfields = " + fields + "\n");
    return Args{"area", d.file("project.toml"), "--layer", "a", "--method", "planar", "--format",
                "csv"};
  };
}

// The squares shapefile exported by landplan as a GBK CSV: returns the CSV's path.
std::string gbk_csv(const TempDir& d) {
  std::string shp = write_squares_shapefile(d, "parcels", 2, "UTF-8");
  RunResult exported =
      run_cli({"export", shp, "--to", d.file("out"), "--format", "csv", "--encoding", "GBK"});
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  return d.file("out/parcels.csv");
}

const CorpusCase kMessageCases[] = {
    // Said only "A subcommand is required".
    {"unknown_command",
     just({"frobnicate"}),
     2,
     {"landplan: 'frobnicate' is not a command", kCommands}},
    {"no_command", just({}), 2, {"A subcommand is required", kCommands}},
    {"unknown_option_of_a_command",
     just({"area", "x.gpkg", "--frobnicate"}),
     2,
     {"--frobnicate", "— see landplan area --help"}},
    // GDAL's own messages arrive as landplan lines naming the file (check_case checks that
    // every line starts "landplan: "; GDAL printed "ERROR 4: Unable to open …").
    {"missing_file",
     just({"area", "nonexistent.shp"}),
     2,
     {"nonexistent.shp: no such file or folder"}},
    {"empty_folder",
     [](const TempDir& d) {
       fs::create_directory(d.path() / "empty");
       return Args{"area", d.file("empty")};
     },
     2,
     {"empty: GDAL cannot read it as vector data"}},
    {"shp_without_shx",
     [](const TempDir& d) {
       std::string shp = write_squares_shapefile(d, "parcels", 1, "UTF-8");
       fs::remove(fs::path(shp).replace_extension(".shx"));
       return planar_area(shp);
     },
     2,
     {"parcels.shp: GDAL cannot read it as vector data (Unable to open", "parcels.shx"}},
    {"folder_with_a_shapefile_gdal_cannot_open",
     [](const TempDir& d) {
       // The folder holds parcels.shp and wells.shp, the second without its .shx.
       write_squares_shapefile(d, "parcels", 1, "UTF-8");
       write_squares_shapefile(d, "wells", 1, "UTF-8");
       fs::remove(d.path() / "wells.shx");
       fs::create_directory(d.path() / "town");
       for (const auto& file : fs::directory_iterator(d.path()))
         if (file.is_regular_file())
           fs::rename(file.path(), d.path() / "town" / file.path().filename());
       return planar_area(d.file("town"));
     },
     0,
     {"landplan: warning: GDAL: Unable to open", "town/wells.shx"},
     Areas{100.0}},
    // GDAL ignores a .prj it cannot parse without a word: "has no CRS (no .prj …)" was wrong.
    {"prj_of_text",
     [](const TempDir& d) { return planar_area(with_prj(d, "not a CRS\n")); },
     2,
     {"parcels.shp:parcels: its parcels.prj is unreadable (not a CRS) — correct ",
      "parcels.prj (export it again), or read the layer with --assume-crs EPSG:4549"}},
    {"prj_of_random_bytes",
     [](const TempDir& d) { return planar_area(with_prj(d, random_bytes())); },
     2,
     {"parcels.shp:parcels: its parcels.prj is unreadable (not a CRS)"}},
    {"prj_empty",
     [](const TempDir& d) { return planar_area(with_prj(d, "")); },
     2,
     {"its parcels.prj is unreadable"}},
    // The remedy is true: --assume-crs stands in for a .prj GDAL could not read.
    {"prj_unreadable_with_assume_crs",
     [](const TempDir& d) {
       Args args = planar_area(with_prj(d, "not a CRS\n"));
       args.insert(args.end(), {"--assume-crs", "EPSG:4549"});
       return args;
     },
     0,
     {},
     Areas{100.0}},
    // The meaning was silently left unmapped.
    {"fields_mapping_to_a_missing_field",
     project_with_fields("{ village = \"村名\" }"),
     2,
     {"project.toml:layers.a.fields.village: ",
      "parcels.shp:parcels has no field '村名' — the fields are: name"}},
    {"fields_mapping_to_a_field_it_has",
     project_with_fields("{ village = \"name\" }"),
     0,
     {},
     Areas{100.0}},
    {"area_format_xml",
     just({"area", "x.gpkg", "--format", "xml"}),
     2,
     {"--format: 'xml' is not one of table, md, csv, json or xlsx — see landplan area --help"}},
    {"report_format_rtf",
     just({"report", "x.toml", "--format", "rtf"}),
     2,
     {"--format: 'rtf' is not one of table, md, csv, json, xlsx, html, pdf or docx — see "
      "landplan report --help"}},
    {"export_format_dxf",
     just({"export", "x.gpkg", "--to", "out", "--format", "dxf"}),
     2,
     {"--format: 'dxf' is not one of shp, shpzip, gpkg, geojson, fgb, csv, jzd, kml, kmz or "
      "postgis"}},
    {"check_format_yaml",
     just({"check", "x.toml", "--format", "yaml"}),
     2,
     {"--format: 'yaml' is not one of table, md, csv, json or xlsx — see landplan check --help"}},
    {"info_format_empty",
     just({"info", "x.gpkg", "--format", ""}),
     2,
     {"--format: '' is not one of table, md, csv, json or xlsx"}},
    // GDAL's CSV driver has no ENCODING: the GBK bytes arrived as they were.
    {"gbk_csv_read_back_with_source_encoding",
     [](const TempDir& d) {
       Args args = planar_area(gbk_csv(d));
       args.insert(args.end(), {"--source-encoding", "GBK"});
       return args;
     },
     0,
     {},
     Areas{100.0, 100.0}},
    // Garbled text is misread data: a data fault (exit 2) naming the flag that reads it right.
    {"gbk_csv_read_back_without_source_encoding",
     [](const TempDir& d) { return planar_area(gbk_csv(d)); },
     2,
     {"parcels.csv:parcels: text is not UTF-8 and a CSV declares no encoding — if it is "
      "Chinese, read it with --source-encoding GBK; or --lenient"}},
    {"gbk_csv_read_back_without_source_encoding_with_lenient",
     lenient([](const TempDir& d) { return planar_area(gbk_csv(d)); }),
     0,
     {"parcels.csv:parcels: text is not UTF-8 and a CSV declares no encoding — if it is "
      "Chinese, read it with --source-encoding GBK (passed over: --lenient)"},
     Areas{100.0, 100.0}},
};

class MessageCorpus : public testing::TestWithParam<CorpusCase> {};
TEST_P(MessageCorpus, BehavesAsDocumented) {
  check_case(GetParam());
}
INSTANTIATE_TEST_SUITE_P(Corpus, MessageCorpus, testing::ValuesIn(kMessageCases),
                         [](const auto& info) { return info.param.name; });

// The text comes back as it went out: a Chinese field name and values, through GBK.
TEST(MessageCorpusGbkCsv, RoundTripKeepsTheChineseText) {
  TempDir d;
  LayerSpecForTest spec;
  spec.fields = {"村名"};
  spec.features = {{square_wkt(kX, kY, 10), {{"村名", "三座店"}}},
                   {square_wkt(kX + 20, kY, 10), {{"村名", "池家营子"}}}};
  write_dataset(d.file("villages.gpkg"), spec);
  RunResult exported = run_cli({"export", d.file("villages.gpkg"), "--to", d.file("out"),
                                "--format", "csv", "--encoding", "GBK"});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  std::ifstream raw(d.file("out/layer.csv"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(raw)), std::istreambuf_iterator<char>());
  ASSERT_EQ(bytes.find("三座店"), std::string::npos) << "the export is not GBK";

  RunResult read = run_cli({"area", d.file("out/layer.csv"), "--source-encoding", "GBK", "--by",
                            "村名", "--method", "planar", "--format", "csv"});
  ASSERT_EQ(read.exit_code, 0) << read.err;
  EXPECT_EQ(read.err, "");
  auto rows = parse_csv(read.out);
  ASSERT_EQ(rows.size(), 3u) << read.out;
  EXPECT_EQ(rows[0][1], "村名");
  std::vector<std::string> names = {rows[1][1], rows[2][1]};
  std::sort(names.begin(), names.end());
  std::vector<std::string> original = {"三座店", "池家营子"};
  std::sort(original.begin(), original.end());
  EXPECT_EQ(names, original);
}

// `info` shows a .prj GDAL could not read as such, not as "(none)".
TEST(MessageCorpusInfo, NamesAnUnreadablePrj) {
  TempDir d;
  std::string shp = with_prj(d, "not a CRS\n");
  RunResult info = run_cli({"info", shp, "--format", "csv"});
  ASSERT_EQ(info.exit_code, 0) << info.err;
  EXPECT_NE(info.out.find("unreadable parcels.prj"), std::string::npos) << info.out;
}

// A file landplan may not read: one landplan line. Root reads anything, so as root (the CI
// container) there is nothing to test.
TEST(MessageCorpusPermissions, UnreadableFileIsOneLandplanLine) {
  if (geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not stop root reading";
  TempDir d;
  std::string shp = write_squares_shapefile(d, "parcels", 1, "UTF-8");
  fs::permissions(shp, fs::perms::none);
  RunResult result = run_cli(planar_area(shp));
  fs::permissions(shp, fs::perms::owner_all);
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_TRUE(result.err.starts_with("landplan: ")) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
}

}  // namespace
}  // namespace landplan::test::corpus
