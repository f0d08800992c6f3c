// `landplan export --format postgis`: the sample township as tables that GDAL reads back exactly
// (fids, Chinese text, geometry, SRID, GiST index), written in one transaction, never clobbering.
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <fstream>

#include "postgis/postgis_fixture.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::PostgisTest;
using landplan::test::run_cli;

namespace {

const std::string kProject = std::string(landplan::test::kSampleDir) + "/project.toml";
const std::string kGeoPackage = std::string(landplan::test::kSampleDir) + "/sanzuodian.gpkg";

GDALDatasetUniquePtr open_vector(const std::string& source) {
  GDALAllRegister();
  return GDALDatasetUniquePtr(GDALDataset::Open(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

// A geometry of one part as that part: export writes a layer whose features all have a single
// part as polygons (lines, points), so CJDCQ's one-part multipolygons come back as polygons.
const OGRGeometry* single_part(const OGRGeometry* geometry) {
  if (OGR_GT_IsSubClassOf(wkbFlatten(geometry->getGeometryType()), wkbGeometryCollection)) {
    const OGRGeometryCollection* parts = geometry->toGeometryCollection();
    if (parts->getNumGeometries() == 1) return parts->getGeometryRef(0);
  }
  return geometry;
}

std::int64_t row_count(landplan::io::PgConnection& sql, const std::string& table) {
  return sql.query("SELECT count(*) FROM " + table).integer(0, 0);
}

}  // namespace

TEST_F(PostgisTest, ExportedSampleReadsBackWithSameFidsTextGeometrySridAndIndex) {
  export_sample();
  auto original = open_vector(kGeoPackage);
  auto exported = open_vector(source());
  ASSERT_TRUE(original && exported);
  // Each table is named by its project key; the GeoPackage's layers keep the county's names.
  const std::pair<const char*, const char*> kLayers[] = {{"parcels", "DLTB"},
                                                         {"reservoir", "reservoir"},
                                                         {"villages", "villages"},
                                                         {"relocation_sites", "relocation_sites"},
                                                         {"greenhouse_zones", "greenhouse_zones"},
                                                         {"wells", "wells"},
                                                         {"roads", "roads"},
                                                         {"basic_farmland", "YJJBNTBHTB"},
                                                         {"ecological_redline", "STBHHX"},
                                                         {"development_boundary", "CZKFBJ"},
                                                         {"village_boundaries", "CJDCQ"},
                                                         {"admin_boundary", "XZQ"}};
  for (const auto& [name, layer] : kLayers) {
    SCOPED_TRACE(name);
    OGRLayer* from = original->GetLayerByName(layer);
    OGRLayer* to = exported->GetLayerByName(name);
    ASSERT_TRUE(from && to);
    ASSERT_EQ(to->GetFeatureCount(), from->GetFeatureCount());
    std::map<GIntBig, OGRFeatureUniquePtr> written;
    for (auto& feature : *to) written[feature->GetFID()].reset(feature.release());
    for (auto& feature : *from) {
      const auto& copy = written[feature->GetFID()];
      ASSERT_TRUE(copy) << "fid " << feature->GetFID();
      EXPECT_TRUE(
          single_part(copy->GetGeometryRef())->Equals(single_part(feature->GetGeometryRef())));
      for (int i = 0; i < feature->GetFieldCount(); ++i) {
        const char* field = feature->GetFieldDefnRef(i)->GetNameRef();
        EXPECT_STREQ(copy->GetFieldAsString(field), feature->GetFieldAsString(i)) << field;
      }
    }
    auto srid = sql().query(
        "SELECT srid FROM geometry_columns WHERE f_table_schema = $1 AND "
        "f_table_name = $2",
        {schema(), name});
    ASSERT_EQ(srid.rows(), 1);
    EXPECT_EQ(srid.integer(0, 0), 4549);
    auto gist = sql().query(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = $1 AND "
        "tablename = $2 AND indexdef LIKE '%USING gist%'",
        {schema(), name});
    EXPECT_EQ(gist.integer(0, 0), 1);
  }
}

TEST_F(PostgisTest, FailedExportLeavesTheDatabaseAsItWas) {
  export_sample("parcels");
  // A view named like a later layer: GDAL cannot replace it, so the export fails part way.
  sql().execute("CREATE VIEW roads AS SELECT 1 AS x");
  auto result = run_cli(
      {"export", kProject, "--format", "postgis", "--to", source(), "--overwrite", "--areas"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("roads"), std::string::npos) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  // parcels as before the failed export (no area fields), and no table of the other layers.
  EXPECT_EQ(row_count(sql(), "parcels"), 2498);
  auto columns = sql().query(
      "SELECT count(*) FROM information_schema.columns WHERE table_schema "
      "= $1 AND table_name = 'parcels' AND column_name = 'area_mu'",
      {schema()});
  EXPECT_EQ(columns.integer(0, 0), 0);
  auto tables = sql().query("SELECT count(*) FROM pg_tables WHERE schemaname = $1", {schema()});
  EXPECT_EQ(tables.integer(0, 0), 1);
}

TEST_F(PostgisTest, ExistingTableIsKeptWithoutOverwrite) {
  export_sample("wells");
  sql().execute("DELETE FROM wells WHERE fid > 3");
  auto again =
      run_cli({"export", kProject, "--format", "postgis", "--to", source(), "--layers", "wells"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("already has " + schema() + ".wells — add --overwrite"),
            std::string::npos)
      << again.err;
  EXPECT_EQ(row_count(sql(), "wells"), 3);
  auto replaced = run_cli({"export", kProject, "--format", "postgis", "--to", source(), "--layers",
                           "wells", "--overwrite"});
  EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
  EXPECT_EQ(row_count(sql(), "wells"), 23);
}

TEST_F(PostgisTest, FidsBeyond32BitsSurvive) {
  landplan::test::TempDir dir;
  std::ofstream(dir.file("big.geojson"))
      << R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4549"}},)"
      << R"("features":[{"type":"Feature","id":5000000000,"properties":{"n":"x"},"geometry":)"
      << R"({"type":"Polygon","coordinates":[[[500000,4400000],[500010,4400000],)"
      << R"([500010,4400010],[500000,4400000]]]}}]})";
  auto result =
      run_cli({"export", dir.file("big.geojson"), "--format", "postgis", "--to", source()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(sql().query("SELECT fid FROM big").integer(0, 0), 5000000000);
}
