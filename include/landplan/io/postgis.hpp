// PostGIS through libpq: connections named by GDAL's "PG:" strings, with one clear line for each
// way a connection or table can be wrong, and no password ever taken from text or printed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace landplan::io {

// True for PostgreSQL sources: GDAL's "PG:dbname=… host=…" (also "PG:postgresql://…") and
// libpq's URIs postgresql://… and postgres://….
bool is_postgis_source(std::string_view source);

// Throws InputError when the PostgreSQL source holds a password in any spelling libpq reads
// (password=…, user:password@, ?password=…, percent-encoded), naming `where` (else the source)
// with the password hidden: passwords belong in PGPASSWORD or ~/.pgpass (PGPASSFILE), where no
// log, `ps` or project.toml shows them. Also throws for a URI libpq cannot read.
void refuse_password(const std::string& source, const std::string& where = {});

// Seconds a connection may take unless the source (connect_timeout=) or PGCONNECT_TIMEOUT says.
inline constexpr int kConnectTimeoutSeconds = 10;

// The libpq connection string of a PostgreSQL source: its items quoted, GDAL's own options
// (active_schema, schemas, tables) left out, and connect_timeout added. Throws InputError when
// it holds a password (refuse_password).
std::string connection_info(const std::string& source);

// The source as GDAL's PostgreSQL driver takes it: a URI (with PG: or without) as "PG:" and its
// libpq items, since GDAL 3.6 appends " application_name=…" to the text, which no URI survives;
// a "PG:dbname=…" source as it is (GDAL reads its own options in it).
std::string gdal_connection(const std::string& source);

class PgResult {
 public:
  explicit PgResult(pg_result* result);
  ~PgResult();
  PgResult(PgResult&&) noexcept;
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;
  PgResult& operator=(PgResult&&) = delete;

  int rows() const;
  bool is_null(int row, int column) const;
  std::string text(int row, int column) const;
  double number(int row, int column) const;
  std::int64_t integer(int row, int column) const;

 private:
  pg_result* result_;
};

// A "schema"."table" holding a geometry column, as found in PostGIS's geometry_columns.
struct PgTable {
  std::string schema, table, geometry, fid;  // fid: the integer primary key
  int srid = 0;
  std::string layer_name;                    // as the user named it
  std::string sql() const;                   // "schema"."table", quoted
  std::string geometry_sql() const;          // "geometry", quoted
  std::string fid_sql() const;               // "fid", quoted
};

class PgConnection {
 public:
  // Connects; throws InputError naming the source (never its password) when the server cannot be
  // reached, refuses the user or password, wants a password none was given for, or the database
  // has no PostGIS.
  explicit PgConnection(const std::string& source);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  const std::string& source() const { return source_; }
  // Runs SQL with text parameters $1, $2…; throws InputError with the server's message.
  PgResult query(const std::string& sql, const std::vector<std::string>& parameters = {}) const;
  void execute(const std::string& sql) const { query(sql); }
  // The table `name` ("table" or "schema.table"); throws InputError when it is missing, has no
  // geometry column, no SRID, or no integer primary key.
  PgTable table(const std::string& name) const;

 private:
  std::string source_;
  pg_conn* connection_ = nullptr;
};

// Quotes an SQL identifier ("a""b").
std::string quote_identifier(std::string_view name);

}  // namespace landplan::io
