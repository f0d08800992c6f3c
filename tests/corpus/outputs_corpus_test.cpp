// Corpus: what landplan writes and says — --overwrite next to the user's own files and folders,
// staging leftovers, connection passwords in every spelling, field types through export.
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "core/export_fixtures.hpp"
#include "corpus/corpus_case.hpp"
#include "test_data.hpp"

namespace landplan::test::corpus {
namespace {

namespace fs = std::filesystem;

// ---- Rule 6: nothing deleted that landplan did not write ----

// The user's files inside a folder that stands where an output goes: every byte must stay.
const std::map<std::string, std::string> kUserFiles = {
    {"sub/important.docx", "规划说明 — the planner's only copy"},
    {"notes.txt", "field survey 2024-05-01\n"},
    {"sub/deeper/photo.jpg", std::string("\xFF\xD8\xFF\xE0 jpeg bytes", 15)},
};

void write_user_files(const fs::path& root) {
  for (const auto& [name, bytes] : kUserFiles) {
    fs::create_directories((root / name).parent_path());
    write_text((root / name).string(), bytes);
  }
}

// Every file under `root` (links and folders as such, never followed) with its bytes.
std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    std::string name = fs::relative(entry.path(), root).string();
    if (entry.is_symlink()) {
      files[name] = "<link to " + fs::read_symlink(entry.path()).string() + ">";
    } else if (entry.is_regular_file()) {
      files[name] = file_bytes(entry.path());
    }
  }
  return files;
}

void expect_user_files(const fs::path& root) {
  ASSERT_TRUE(fs::is_directory(fs::symlink_status(root))) << root << " is gone";
  EXPECT_EQ(tree(root), kUserFiles) << "the user's files under " << root << " changed";
}

// Two 10 m squares "parcels" in EPSG:4549.
std::string parcels(const TempDir& d) {
  fs::create_directory(d.path() / "in");
  return write_squares_shapefile(d, "in/parcels", 2, "UTF-8");
}

std::vector<std::string> export_args(const TempDir& d, const std::string& format) {
  return {"export", parcels(d), "--to", d.file("out"), "--format", format, "--overwrite"};
}

// An export over a folder of the user's that stands where `output` (a file name in out/) goes.
CorpusCase folder_in_the_way(const std::string& name, const std::string& format,
                             const std::string& output) {
  return {
      name,
      [=](const TempDir& d) {
        write_user_files(d.path() / "out" / output);
        return export_args(d, format);
      },
      2,
      {"out/" + output + ": is a folder where the export writes a file",
       "(--overwrite replaces only files)"},
      std::nullopt,
      1e-6,
      [=](const TempDir& d, const RunResult&) { expect_user_files(d.path() / "out" / output); }};
}

const fs::path kMark = ".landplan-staging";  // what every staging folder of landplan holds

std::string sample_project() {
  return std::string(kSampleDir) + "/project.toml";
}

// An export where `output` is a symbolic link to the user's folder "mine" (or a file in it).
CorpusCase symlink_in_the_way(const std::string& name, const std::string& format,
                              const std::string& output, const std::string& target) {
  return {name,
          [=](const TempDir& d) {
            write_user_files(d.path() / "mine");
            fs::create_directory(d.path() / "out");
            fs::create_symlink(d.path() / "mine" / target, d.path() / "out" / output);
            return export_args(d, format);
          },
          2,
          {"out/" + output + ": is a symbolic link where the export writes a file"},
          std::nullopt,
          1e-6,
          [=](const TempDir& d, const RunResult&) {
            expect_user_files(d.path() / "mine");
            EXPECT_TRUE(fs::is_symlink(d.path() / "out" / output));
          }};
}

// report --out over a folder of the user's where `output` goes: the same writer, the same rule.
CorpusCase report_out_in_the_way(const std::string& name, const std::string& output) {
  return {name,
          [=](const TempDir& d) {
            write_user_files(d.path() / "results" / output);
            return std::vector<std::string>{"report", sample_project(), "--out", d.file("results"),
                                            "--overwrite"};
          },
          2,
          {"results/" + output + ": is a folder where the export writes a file",
           "choose another --out"},
          std::nullopt,
          1e-6,
          [=](const TempDir& d, const RunResult&) {
            expect_user_files(d.path() / "results" / output);
          }};
}

// ---- Rule 7: connection passwords ----

// The run must not print the secret anywhere, and name the source with *** in its place.
CorpusCase secret_case(const std::string& name, std::vector<std::string> args,
                       const std::string& masked) {
  return {name,
          [=](const TempDir& d) {
            std::vector<std::string> out;
            for (const std::string& a : args) out.push_back(a == "SHP" ? parcels(d) : a);
            return out;
          },
          2,
          {masked, "holds a password, which landplan does not read from text", "PGPASSWORD"},
          std::nullopt,
          1e-6,
          [](const TempDir&, const RunResult& r) {
            EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
            EXPECT_EQ(r.out.find("s3cret"), std::string::npos) << r.out;
          }};
}

CorpusCase project_secret_case(const std::string& name, const std::string& source) {
  return {name,
          [=](const TempDir& d) {
            write_text(d.file("project.toml"),
                       "[project]\ncrs = \"EPSG:4549\"\n\n"
                       "[layers.parcels]\nsource = \"" +
                           source + "\"\nrole = \"parcels\"\n");
            return std::vector<std::string>{"report", d.file("project.toml")};
          },
          2,
          {"project.toml:layers.parcels.source: '", "***", "holds a password"},
          std::nullopt,
          1e-6,
          [](const TempDir&, const RunResult& r) {
            EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
          }};
}

// ---- Rule 9: field types through export ----

struct TypedField {
  std::string name;
  OGRFieldType type;
  OGRFieldSubType subtype = OFSTNone;
  std::string value;  // as GDAL sets it from text
};

// One 10 m square with the fields, written by GDAL in `driver`.
void write_typed(const std::string& path, const std::string& driver,
                 const std::vector<TypedField>& fields) {
  GDALAllRegister();
  GDALDatasetUniquePtr dataset(GetGDALDriverManager()
                                   ->GetDriverByName(driver.c_str())
                                   ->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  OGRSpatialReference srs;
  srs.importFromEPSG(4549);
  const char* options[] = {"RFC7946=NO", nullptr};  // GeoJSON keeps EPSG:4549
  OGRLayer* layer = dataset->CreateLayer(
      "typed", &srs, wkbPolygon, driver == "GeoJSON" ? const_cast<char**>(options) : nullptr);
  for (const TypedField& f : fields) {
    OGRFieldDefn definition(f.name.c_str(), f.type);
    definition.SetSubType(f.subtype);
    layer->CreateField(&definition);
  }
  OGRFeature feature(layer->GetLayerDefn());
  for (const TypedField& f : fields) feature.SetField(f.name.c_str(), f.value.c_str());
  OGRGeometry* geometry = nullptr;
  std::string wkt = square_wkt(kX, kY, 10);
  OGRGeometryFactory::createFromWkt(wkt.c_str(), &srs, &geometry);
  feature.SetGeometryDirectly(geometry);
  if (layer->CreateFeature(&feature) != OGRERR_NONE)
    throw std::runtime_error("cannot write " + path);
}

const std::vector<TypedField> kGeoPackageFields = {
    {"d", OFTDate, OFSTNone, "2024-05-01"},
    // In UTC: GDAL reads other offsets in a GeoPackage with a "non-conformant" warning.
    {"dt", OFTDateTime, OFSTNone, "2024-05-01T08:30:15Z"},
    {"big", OFTInteger64, OFSTNone, "5"},
    {"flag", OFTInteger, OFSTBoolean, "1"},
    {"r", OFTReal, OFSTNone, "2.5"},
    {"s", OFTString, OFSTNone, "村一"},
};
// GeoPackage has no time of day: GeoJSON has.
const std::vector<TypedField> kGeoJsonFields = {
    {"t", OFTTime, OFSTNone, "08:30:15"},
    {"d", OFTDate, OFSTNone, "2024-05-01"},
    {"tags", OFTStringList, OFSTNone, "(2:a,b)"},
};

struct Expected {
  std::string field;
  OGRFieldType type;
  OGRFieldSubType subtype;
  std::string value;  // GDAL's GetFieldAsString
};

const char* main_file(const std::string& format) {
  if (format == "shp") return "typed.shp";
  if (format == "shpzip") return "/vsizip/typed.shp.zip/typed.shp";
  if (format == "gpkg") return "typed.gpkg";
  if (format == "geojson") return "typed.geojson";
  if (format == "fgb") return "typed.fgb";
  return "typed.csv";
}

// Reads the exported layer back with GDAL: each expected field with its type and value.
void expect_fields(const fs::path& out, const std::string& format,
                   const std::vector<Expected>& expected) {
  std::string file = main_file(format);
  std::string path = file.starts_with("/vsizip/") ? "/vsizip/" + (out / file.substr(8)).string()
                                                  : (out / file).string();
  const char* csv_options[] = {"AUTODETECT_TYPE=NO", nullptr};  // the .csvt decides
  GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR, nullptr,
                                                 format == "csv" ? csv_options : nullptr));
  ASSERT_TRUE(dataset) << path;
  OGRLayer* layer = dataset->GetLayer(0);
  OGRFeatureDefn* definition = layer->GetLayerDefn();
  std::unique_ptr<OGRFeature> feature(layer->GetNextFeature());
  ASSERT_TRUE(feature);
  for (const Expected& e : expected) {
    int i = definition->GetFieldIndex(e.field.c_str());
    ASSERT_GE(i, 0) << e.field << " missing in " << path;
    EXPECT_EQ(OGRFieldDefn::GetFieldTypeName(definition->GetFieldDefn(i)->GetType()),
              std::string(OGRFieldDefn::GetFieldTypeName(e.type)))
        << e.field << " in " << path;
    EXPECT_EQ(definition->GetFieldDefn(i)->GetSubType(), e.subtype) << e.field << " in " << path;
    if (e.type == OFTReal) {  // a DBF shows its 15 decimals
      EXPECT_EQ(feature->GetFieldAsDouble(i), std::stod(e.value)) << e.field << " in " << path;
    } else {
      EXPECT_EQ(feature->GetFieldAsString(i), e.value) << e.field << " in " << path;
    }
  }
}

CorpusCase types_case(const std::string& name, const std::string& source_driver,
                      const std::string& format, std::vector<std::string> warnings,
                      std::vector<Expected> expected) {
  bool gpkg = source_driver == "GPKG";
  return {
      name,
      [=](const TempDir& d) {
        std::string source = d.file(gpkg ? "typed.gpkg" : "typed.geojson");
        write_typed(source, source_driver, gpkg ? kGeoPackageFields : kGeoJsonFields);
        return std::vector<std::string>{"export",      source,     "--to",
                                        d.file("out"), "--format", format};
      },
      0,
      warnings,
      std::nullopt,
      1e-6,
      [=](const TempDir& d, const RunResult& r) {
        for (const char* kept : {"field d:", "field dt:", "field big:", "field r:", "field s:"}) {
          bool warned = std::any_of(warnings.begin(), warnings.end(), [&](const std::string& w) {
            return w.find(kept) != std::string::npos;
          });
          if (!warned) {
            EXPECT_EQ(r.err.find(kept), std::string::npos) << "stray: " << r.err;
          }
        }
        expect_fields(d.path() / "out", format, expected);
      }};
}

const Expected kDateKept = {"d", OFTDate, OFSTNone, "2024/05/01"};
const Expected kDateTimeKept = {"dt", OFTDateTime, OFSTNone, "2024/05/01 08:30:15+00"};
const Expected kDateTimeAsText = {"dt", OFTString, OFSTNone, "2024-05-01T08:30:15Z"};
const Expected kBigKept = {"big", OFTInteger64, OFSTNone, "5"};
const Expected kFlagKept = {"flag", OFTInteger, OFSTBoolean, "1"};
const Expected kRealKept = {"r", OFTReal, OFSTNone, "2.5"};
const Expected kTextKept = {"s", OFTString, OFSTNone, "村一"};
const Expected kTimeKept = {"t", OFTTime, OFSTNone, "08:30:15"};
const Expected kTimeAsText = {"t", OFTString, OFSTNone, "08:30:15"};
const Expected kTagsAsText = {"tags", OFTString, OFSTNone, "(2:a,b)"};

const CorpusCase kOutputCases[] = {
    // Found: the folder (and everything in it) was moved aside and deleted with the staging
    // folder; GDAL's rename cannot put a file over a folder, so landplan "made room".
    folder_in_the_way("overwrite_folder_at_shp", "shp", "parcels.shp"),
    folder_in_the_way("overwrite_folder_at_dbf_sidecar", "shp", "parcels.dbf"),
    folder_in_the_way("overwrite_folder_at_qix_index", "shp", "parcels.qix"),
    folder_in_the_way("overwrite_folder_at_shpzip", "shpzip", "parcels.shp.zip"),
    folder_in_the_way("overwrite_folder_at_geojson", "geojson", "parcels.geojson"),
    folder_in_the_way("overwrite_folder_at_gpkg", "gpkg", "parcels.gpkg"),
    folder_in_the_way("overwrite_folder_at_gpkg_wal", "gpkg", "parcels.gpkg-wal"),
    folder_in_the_way("overwrite_folder_at_fgb", "fgb", "parcels.fgb"),
    folder_in_the_way("overwrite_folder_at_csv", "csv", "parcels.csv"),
    folder_in_the_way("overwrite_folder_at_fields_csv", "geojson", "parcels.fields.csv"),
    // Without --overwrite the message must not suggest it: it would not help.
    {"folder_in_the_way_without_overwrite",
     [](const TempDir& d) {
       write_user_files(d.path() / "out/parcels.geojson");
       return std::vector<std::string>{"export",      parcels(d), "--to",
                                       d.file("out"), "--format", "geojson"};
     },
     2,
     {"out/parcels.geojson: is a folder where the export writes a file"},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       expect_user_files(d.path() / "out/parcels.geojson");
     }},
    // A link in an output's place: replacing it would silently redirect what the user set up.
    symlink_in_the_way("overwrite_symlink_to_user_file", "geojson", "parcels.geojson", "notes.txt"),
    symlink_in_the_way("overwrite_symlink_to_user_folder", "gpkg", "parcels.gpkg", ""),
    // A named pipe is never opened (that would hang): refused by its kind.
    {"overwrite_named_pipe",
     [](const TempDir& d) {
       fs::create_directory(d.path() / "out");
       mkfifo(d.file("out/parcels.csv").c_str(), 0600);
       return export_args(d, "csv");
     },
     2,
     {"out/parcels.csv: is a named pipe where the export writes a file"}},
    // report --out: the same writer, the same rule.
    report_out_in_the_way("report_out_folder_at_results_gpkg", "landplan_results.gpkg"),
    report_out_in_the_way("report_out_folder_at_results_journal", "landplan_results.gpkg-journal"),
    // The control: files of an earlier export are replaced; the user's files beside them stay.
    {"overwrite_earlier_export_keeps_user_files_beside",
     [](const TempDir& d) {
       write_user_files(d.path() / "out");
       write_text(d.file("out/parcels.shp"), "an earlier, broken export");
       write_text(d.file("out/parcels.qix"), "stale index");
       return export_args(d, "shp");
     },
     0,
     {},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       std::map<std::string, std::string> files = tree(d.path() / "out");
       for (const auto& [name, bytes] : kUserFiles) EXPECT_EQ(files[name], bytes) << name;
       EXPECT_FALSE(fs::exists(d.path() / "out/parcels.qix"));  // stale, of the earlier export
       EXPECT_EQ(read_back(d.file("out/parcels.shp")).values.size(), 2u);
     }},
    // Staging folders: only landplan's own (marked, named exactly so) are cleared.
    {"staging_name_without_mark_kept",
     [](const TempDir& d) {
       write_user_files(d.path() / ".out.landplan-export-999999-0");
       return export_args(d, "geojson");
     },
     0,
     {},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       expect_user_files(d.path() / ".out.landplan-export-999999-0");
     }},
    {"staging_name_with_suffix_kept",
     [](const TempDir& d) {
       write_user_files(d.path() / ".out.landplan-export-999999-0-mine");
       write_text(d.file(".out.landplan-export-999999-0-mine" / kMark), "");
       return export_args(d, "geojson");
     },
     0,
     {},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       auto files = tree(d.path() / ".out.landplan-export-999999-0-mine");
       EXPECT_EQ(files.size(), kUserFiles.size() + 1);
     }},
    {"staging_name_as_symlink_not_followed",
     [](const TempDir& d) {
       write_user_files(d.path() / "mine");
       write_text(d.file("mine" / kMark), "");
       fs::create_directory_symlink(d.path() / "mine", d.path() / ".out.landplan-export-999999-1");
       return export_args(d, "geojson");
     },
     0,
     {},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       EXPECT_EQ(tree(d.path() / "mine").size(), kUserFiles.size() + 1);
       EXPECT_TRUE(fs::is_symlink(d.path() / ".out.landplan-export-999999-1"));
     }},
    // A killed export's leftover (marked) is cleared, as before.
    {"staging_leftover_of_killed_export_cleared",
     [](const TempDir& d) {
       fs::create_directories(d.path() / ".out.landplan-export-999999-2");
       write_text(d.file(".out.landplan-export-999999-2" / kMark), "");
       write_text(d.file(".out.landplan-export-999999-2/parcels.geojson"), "half written");
       return export_args(d, "geojson");
     },
     0,
     {},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       EXPECT_FALSE(fs::exists(d.path() / ".out.landplan-export-999999-2"));
       EXPECT_FALSE(fs::exists(d.path() / "out" / kMark));  // the mark is no output
     }},
    {"to_is_a_user_file",
     [](const TempDir& d) {
       write_text(d.file("out"), "the user's file");
       return export_args(d, "geojson");
     },
     2,
     {"out: is a file, not a folder"},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       EXPECT_EQ(file_bytes(d.path() / "out"), "the user's file");
     }},
    {"to_is_the_inputs_folder",
     [](const TempDir& d) {
       std::string shp = parcels(d);
       write_user_files(d.path() / "in/parcels.fields.csv");  // a folder beside the input
       return std::vector<std::string>{"export",   shp,   "--to",       d.file("in"),
                                       "--format", "shp", "--overwrite"};
     },
     2,
     {"in/parcels.fields.csv: is a folder where the export writes a file"},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       expect_user_files(d.path() / "in/parcels.fields.csv");
       EXPECT_EQ(read_back(d.file("in/parcels.shp")).values.size(), 2u);
     }},
    {"to_is_the_input_itself",
     [](const TempDir& d) {
       std::string shp = parcels(d);
       return std::vector<std::string>{"export",   shp,   "--to",       d.file("in"),
                                       "--format", "shp", "--overwrite"};
     },
     2,
     {"in/parcels.shp: is an input of this export"},
     std::nullopt,
     1e-6,
     [](const TempDir& d, const RunResult&) {
       EXPECT_EQ(read_back(d.file("in/parcels.shp")).values.size(), 2u);
     }},

    // Found: URI spellings were neither refused nor hidden — the password came back in the
    // error. No server is needed: the text is refused before any connection.
    secret_case("secret_key_value_area", {"area", "PG:host=127.0.0.1 dbname=x password=s3cret"},
                "PG:host=127.0.0.1 dbname=x password=***: holds"),
    secret_case("secret_key_value_spaced_quoted_info",
                {"info", "PG:dbname=x password = 's3cret word' user=u"},
                "PG:dbname=x password = *** user=u: holds"),
    secret_case("secret_pg_uri_userinfo_area", {"area", "PG:postgresql://u:s3cret@127.0.0.1/db"},
                "PG:postgresql://u:***@127.0.0.1/db: holds"),
    secret_case("secret_bare_uri_with_layer_area",
                {"area", "postgresql://u:s3cret@127.0.0.1:5432/db:public.parcels"},
                "postgresql://u:***@127.0.0.1:5432/db:public.parcels: holds"),
    secret_case("secret_postgres_scheme_percent_encoded_overlap",
                {"overlap", "postgres://u:s3cret%21x@127.0.0.1/db:t", "SHP"},
                "postgres://u:***@127.0.0.1/db: holds"),
    secret_case("secret_uri_query_coverage",
                {"coverage", "SHP", "postgresql://127.0.0.1/db?user=u&password=s3cret:wells",
                 "--radius", "10"},
                "postgresql://127.0.0.1/db?user=u&password=***: holds"),
    secret_case("secret_uri_query_percent_key_info",
                {"info", "PG:postgresql://127.0.0.1/db?pass%77ord=s3cret"},
                "PG:postgresql://127.0.0.1/db?pass%77ord=***: holds"),
    secret_case("secret_export_to_key_value",
                {"export", "SHP", "--to", "PG:dbname=x password=s3cret", "--format", "postgis"},
                "PG:dbname=x password=***: holds"),
    secret_case("secret_export_to_bare_uri",
                {"export", "SHP", "--to", "postgresql://u:s3cret@h/db"},
                "postgresql://u:***@h/db: holds"),
    project_secret_case("secret_project_key_value", "PG:dbname=x password=s3cret"),
    project_secret_case("secret_project_uri_userinfo", "postgresql://u:s3cret@127.0.0.1/db"),
    project_secret_case("secret_project_uri_query",
                        "PG:postgresql:///db?host=/tmp&password=s3cret"),
    // A mistyped flag: CLI11 repeats the arguments it did not expect.
    {"secret_in_usage_error_masked",
     [](const TempDir&) {
       return std::vector<std::string>{"area", "PG:dbname=x", "PG:password=s3cret"};
     },
     2,
     {"password=***"},
     std::nullopt,
     1e-6,
     [](const TempDir&, const RunResult& r) {
       EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
     }},
    // A bare URI is a PostgreSQL source (GDAL opens it): unreachable says so, not "no such file".
    {"bare_uri_without_password_unreachable",
     [](const TempDir&) {
       return std::vector<std::string>{"area", "postgresql://planner@127.0.0.1:1/town"};
     },
     2,
     {"postgresql://planner@127.0.0.1:1/town: cannot reach the PostgreSQL server"}},

    // Found: every date and time became text, so a DBF got a C(10) field instead of a date.
    types_case("types_gpkg_to_shp", "GPKG", "shp",
               {"typed.shp: field dt: date-times written as text",
                "field flag: booleans written as integers"},
               {kDateKept,
                kDateTimeAsText,
                kBigKept,
                {"flag", OFTInteger, OFSTNone, "1"},
                kRealKept,
                kTextKept}),
    types_case("types_gpkg_to_shpzip", "GPKG", "shpzip", {"field dt: date-times written as text"},
               {kDateKept, kDateTimeAsText, kBigKept, kRealKept, kTextKept}),
    types_case("types_gpkg_to_gpkg", "GPKG", "gpkg", {},
               {kDateKept, kDateTimeKept, kBigKept, kFlagKept, kRealKept, kTextKept}),
    // GeoJSON declares no types: GDAL infers them, and a small Integer64 reads back as Integer.
    types_case("types_gpkg_to_geojson", "GPKG", "geojson", {},
               {kDateKept,
                kDateTimeKept,
                {"big", OFTInteger, OFSTNone, "5"},
                kFlagKept,
                kRealKept,
                kTextKept}),
    types_case("types_gpkg_to_fgb", "GPKG", "fgb",
               {"typed.fgb: field d: dates written as date-times at 00:00:00"},
               {{"d", OFTDateTime, OFSTNone, "2024/05/01 00:00:00"},
                kDateTimeKept,
                kBigKept,
                kFlagKept,
                kRealKept,
                kTextKept}),
    types_case("types_gpkg_to_csv", "GPKG", "csv", {},
               {kDateKept, kDateTimeKept, kBigKept, kFlagKept, kRealKept, kTextKept}),
    types_case("types_time_to_geojson", "GeoJSON", "geojson", {"field tags: lists written as text"},
               {kTimeKept, kDateKept, kTagsAsText}),
    types_case("types_time_to_csv", "GeoJSON", "csv", {"field tags: lists written as text"},
               {kTimeKept, kDateKept, kTagsAsText}),
    types_case(
        "types_time_to_shp", "GeoJSON", "shp",
        {"typed.shp: field t: times of day written as text", "field tags: lists written as text"},
        {kTimeAsText, kDateKept, kTagsAsText}),
    types_case("types_time_to_gpkg", "GeoJSON", "gpkg",
               {"typed.gpkg: field t: times of day written as text"},
               {kTimeAsText, kDateKept, kTagsAsText}),
    types_case("types_time_to_fgb", "GeoJSON", "fgb",
               {"typed.fgb: field t: times of day written as text",
                "field d: dates written as date-times"},
               {kTimeAsText, {"d", OFTDateTime, OFSTNone, "2024/05/01 00:00:00"}, kTagsAsText}),
};

class OutputCorpus : public ::testing::TestWithParam<CorpusCase> {};

TEST_P(OutputCorpus, Case) {
  check_case(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Outputs, OutputCorpus, ::testing::ValuesIn(kOutputCases),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace landplan::test::corpus
