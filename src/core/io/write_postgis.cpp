// Layers → PostGIS tables through GDAL's PostgreSQL driver, in one transaction.
#include "landplan/io/write_postgis.hpp"

#include <gdal_priv.h>

#include <cstdint>
#include <limits>

#include "io/write_names.hpp"
#include "io/write_ogr.hpp"
#include "io/write_schema.hpp"
#include "landplan/io/postgis.hpp"

namespace landplan::io {
namespace {

// "schema.table" of the table this name creates (in the first schema of the search path, where
// GDAL creates it, active_schema= or public), or "" when there is none yet.
std::string qualified_name(const PgConnection& connection, const std::string& table) {
  PgResult found = connection.query(
      "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
      "c.relnamespace WHERE n.nspname = current_schema() AND c.relname = $1",
      {table});
  return found.rows() ? found.text(0, 0) : "";
}

}  // namespace

std::vector<WrittenLayer> write_postgis(const std::vector<Layer>& layers, const std::string& target,
                                        const WriteOptions& options, Warnings& warnings) {
  PgConnection connection(target);  // clear errors for a server down, refused or without PostGIS
  for (const Layer& layer : layers) {
    if (std::string existing = qualified_name(connection, layer.name);
        !existing.empty() && !options.overwrite) {
      throw InputError(target + ":" + layer.name, "the database already has " + existing,
                       "add --overwrite to replace it, or export under another name");
    }
  }
  // PostGIS holds what GeoPackage holds: full UTF-8 names and text, 64-bit integers, doubles.
  WriteOptions planned = options;
  planned.format = OutputFormat::gpkg;
  detail::TextEncoder encoder(TextEncoding::utf8);

  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
  CPLErrorReset();
  GDALDatasetUniquePtr dataset(
      GDALDataset::Open(gdal_connection(target).c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
  if (!dataset) {
    throw InputError(target, std::string("GDAL cannot write to it (") + CPLGetLastErrorMsg() + ")",
                     "check that the user may create tables in the database");
  }
  if (dataset->StartTransaction(TRUE) != OGRERR_NONE) {
    throw InputError(target, "cannot start a transaction", "check the server's log");
  }
  std::vector<WrittenLayer> written;
  try {
    for (const Layer& layer : layers) {
      std::string where = target + ":" + layer.name;
      detail::LayerSchema schema = detail::layer_schema(layer, layer.name, where, planned, encoder, warnings);
      std::vector<std::string> names;
      for (const detail::ColumnSchema& column : schema.columns) names.push_back(column.name);
      std::vector<std::string> creation = {
          "GEOMETRY_NAME=" + detail::free_name("geom", names),
          "FID=" + detail::free_name("fid", names),
          "SPATIAL_INDEX=GIST",
          "LAUNDER=NO",  // keep the names as they are (Chinese, mixed case)
          "DIM=2",
          std::string("OVERWRITE=") + (options.overwrite ? "YES" : "NO")};
      // fids beyond 32 bits need a bigserial key (GDAL's default is serial).
      for (std::size_t f = 0; f < layer.size(); ++f) {
        if (layer.fid(f) > std::numeric_limits<std::int32_t>::max()) {
          creation.push_back("FID64=YES");
          break;
        }
      }
      std::size_t count = detail::write_layer(*dataset, schema, creation, encoder, warnings);
      written.push_back({layer.name, "", count, ""});
    }
    if (dataset->CommitTransaction() != OGRERR_NONE) {
      throw InputError(target, std::string("the transaction failed (") + CPLGetLastErrorMsg() + ")",
                       "nothing was written; check the server's log");
    }
  } catch (...) {
    dataset->RollbackTransaction();
    throw;
  }
  dataset.reset();
  for (WrittenLayer& layer : written) {
    layer.file = qualified_name(connection, layer.layer);
    // Statistics for the planner now, not at autovacuum's leisure: without them the first
    // joins on a fresh table are planned blind. (The search path finds it where it was made.)
    connection.execute("ANALYZE " + quote_identifier(layer.layer));
  }
  return written;
}

}  // namespace landplan::io
