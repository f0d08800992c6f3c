// libpq connections and queries with landplan's one-line errors.
#include "landplan/io/postgis.hpp"

#include <libpq-fe.h>

#include <cctype>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include "landplan/error.hpp"

namespace landplan::io {
namespace {

// The first line of a libpq message, without "FATAL:  " and the trailing newline.
std::string first_line(const char* message) {
  std::string text = message ? message : "";
  if (auto end = text.find('\n'); end != std::string::npos) text.resize(end);
  for (const char* prefix : {"FATAL:  ", "ERROR:  "}) {
    if (auto at = text.find(prefix); at != std::string::npos) text = text.substr(at + std::strlen(prefix));
  }
  return text;
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

// The libpq message of a failed connection, as what went wrong and what to do.
InputError connection_error(const std::string& source, const std::string& message) {
  if (contains(message, "password authentication failed") ||
      contains(message, "authentication failed for user")) {
    return {source, "the server refused the user name or password",
            "check the user in the connection and its password in PGPASSWORD or ~/.pgpass "
            "(PGPASSFILE)"};
  }
  if (contains(message, "no password supplied")) {
    return {source, "the server wants a password and none was found",
            "put it in PGPASSWORD or in ~/.pgpass (PGPASSFILE) — never in the connection string"};
  }
  if (contains(message, "does not exist") && contains(message, "database")) {
    return {source, "the server has no such database (" + first_line(message.c_str()) + ")",
            "check dbname= in the connection"};
  }
  if (contains(message, "Connection refused") || contains(message, "could not connect") ||
      contains(message, "timeout expired") || contains(message, "could not translate host")) {
    return {source, "cannot reach the PostgreSQL server (" + first_line(message.c_str()) + ")",
            "start the server, or check host= and port= in the connection"};
  }
  return {source, "cannot connect to PostgreSQL (" + first_line(message.c_str()) + ")",
          "check the connection string and the server's log"};
}

int to_int(const std::string& text) {
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// The key=value items of a connection string ('quoted' values may hold blanks).
std::vector<std::pair<std::string, std::string>> connection_items(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> items;
  std::size_t i = 0;
  auto blank = [&] { return i < text.size() && std::isspace(static_cast<unsigned char>(text[i])); };
  while (i < text.size()) {
    while (blank()) ++i;
    std::size_t key_start = i;
    while (i < text.size() && text[i] != '=' && !blank()) ++i;
    std::string key(text.substr(key_start, i - key_start));
    while (blank()) ++i;
    if (i < text.size() && text[i] == '=') ++i;
    while (blank()) ++i;
    std::string value;
    if (i < text.size() && text[i] == '\'') {
      for (++i; i < text.size() && text[i] != '\''; ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        value += text[i];
      }
      ++i;
    } else {
      while (i < text.size() && !blank()) value += text[i++];
    }
    if (!key.empty()) items.emplace_back(key, value);
  }
  return items;
}

// GDAL's own options of a "PG:" string, which libpq does not know.
bool is_gdal_option(const std::string& key) {
  return key == "active_schema" || key == "schemas" || key == "tables";
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

bool is_uri(std::string_view text) {
  return starts_with_ignoring_case(text, "postgresql://") ||
         starts_with_ignoring_case(text, "postgres://");
}

// The connection string without GDAL's "PG:" (any case, as GDAL takes it).
std::string_view connection_text(std::string_view source) {
  return starts_with_ignoring_case(source, "pg:") ? source.substr(3) : source;
}

// A URI's items as libpq itself reads them (user:password@, ?password=, percent-encoding).
std::vector<std::pair<std::string, std::string>> uri_items(const std::string& source,
                                                           std::string_view uri) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(std::string(uri).c_str(), &error);
  if (!options) {
    std::string why = first_line(error);
    PQfreemem(error);
    throw InputError(source, "is not a PostgreSQL connection libpq can read (" + why + ")",
                     "write it as postgresql://user@host:port/dbname, or PG:\"dbname=… host=…\"");
  }
  std::vector<std::pair<std::string, std::string>> items;
  for (PQconninfoOption* o = options; o->keyword; ++o) {
    if (o->val) items.emplace_back(o->keyword, o->val);
  }
  PQconninfoFree(options);
  return items;
}

// The items of a PostgreSQL source, in either spelling libpq accepts.
std::vector<std::pair<std::string, std::string>> source_items(const std::string& source) {
  std::string_view text = connection_text(source);
  return is_uri(text) ? uri_items(source, text) : connection_items(text);
}

}  // namespace

bool is_postgis_source(std::string_view source) {
  return starts_with_ignoring_case(source, "pg:") || is_uri(source);
}

void refuse_password(const std::string& source, const std::string& where) {
  if (!is_postgis_source(source)) return;
  for (const auto& item : source_items(source)) {
    if (item.first != "password") continue;
    // The message must not repeat the password: InputError hides it wherever it stands.
    throw InputError(where.empty() ? source : where + ": '" + source + "'",
                     "holds a password, which landplan does not read from text",
                     "remove it and put it in PGPASSWORD or ~/.pgpass (PGPASSFILE), where no "
                     "log, process list or project.toml shows it");
  }
}

std::string connection_info(const std::string& source) {
  refuse_password(source);
  std::string info;
  bool has_timeout = std::getenv("PGCONNECT_TIMEOUT") != nullptr;
  for (const auto& [key, value] : source_items(source)) {
    has_timeout = has_timeout || key == "connect_timeout";
    if (is_gdal_option(key)) continue;
    std::string quoted;
    for (char c : value) {
      if (c == '\'' || c == '\\') quoted += '\\';
      quoted += c;
    }
    info += (info.empty() ? "" : " ") + key + "='" + quoted + "'";
  }
  // libpq waits without end for a host that drops packets; a planner should hear about it.
  if (!has_timeout) info += " connect_timeout='" + std::to_string(kConnectTimeoutSeconds) + "'";
  return info;
}

std::string gdal_connection(const std::string& source) {
  return is_uri(connection_text(source)) ? "PG:" + connection_info(source) : source;
}

PgResult::PgResult(pg_result* result) : result_(result) {}
PgResult::~PgResult() { PQclear(result_); }
PgResult::PgResult(PgResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
int PgResult::rows() const { return PQntuples(result_); }
bool PgResult::is_null(int row, int column) const { return PQgetisnull(result_, row, column); }
std::string PgResult::text(int row, int column) const {
  return {PQgetvalue(result_, row, column),
          static_cast<std::size_t>(PQgetlength(result_, row, column))};
}
double PgResult::number(int row, int column) const {
  return std::strtod(PQgetvalue(result_, row, column), nullptr);
}
std::int64_t PgResult::integer(int row, int column) const {
  return std::strtoll(PQgetvalue(result_, row, column), nullptr, 10);
}

std::string quote_identifier(std::string_view name) {
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string PgTable::sql() const { return quote_identifier(schema) + "." + quote_identifier(table); }
std::string PgTable::geometry_sql() const { return quote_identifier(geometry); }
std::string PgTable::fid_sql() const { return quote_identifier(fid); }

PgConnection::PgConnection(const std::string& source) : source_(source) {
  std::string info = connection_info(source);
  connection_ = PQconnectdb(info.c_str());
  if (PQstatus(connection_) != CONNECTION_OK) {
    std::string message = PQerrorMessage(connection_);
    PQfinish(connection_);
    connection_ = nullptr;
    throw connection_error(source, message);
  }
  PQsetClientEncoding(connection_, "UTF8");
  // GDAL's active_schema= puts that schema first, for reading and writing: so do we.
  for (const auto& [key, value] : source_items(source)) {
    if (key == "active_schema") {
      query("SELECT set_config('search_path', $1 || ', public', false)", {quote_identifier(value)});
    }
  }
  // The server's NOTICEs (ST_IsValid explaining each invalid polygon) would reach stderr raw;
  // landplan reports problems itself.
  PQsetNoticeProcessor(connection_, [](void*, const char*) {}, nullptr);
  PgResult postgis = query("SELECT extversion FROM pg_extension WHERE extname = 'postgis'");
  if (postgis.rows() == 0) {
    std::string database = PQdb(connection_);
    PQfinish(connection_);
    connection_ = nullptr;
    throw InputError(source, "database '" + database + "' has no PostGIS extension",
                     "run CREATE EXTENSION postgis; in it (as its owner or a superuser)");
  }
}

PgConnection::~PgConnection() { PQfinish(connection_); }

PgResult PgConnection::query(const std::string& sql, const std::vector<std::string>& parameters) const {
  std::vector<const char*> values;
  for (const std::string& p : parameters) values.push_back(p.c_str());
  pg_result* raw = PQexecParams(connection_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                values.data(), nullptr, nullptr, 0);
  PgResult result(raw);
  ExecStatusType status = PQresultStatus(raw);
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    throw InputError(source_, "PostgreSQL: " + first_line(PQresultErrorMessage(raw)),
                     "check the tables and the server's log");
  }
  return result;
}

PgTable PgConnection::table(const std::string& name) const {
  PgTable table;
  table.layer_name = name;
  std::string where = source_ + ":" + name;
  // "schema.table" or "table" (then the first schema of the search path that has it).
  auto dot = name.find('.');
  std::string qualified = dot == std::string::npos
                              ? quote_identifier(name)
                              : quote_identifier(name.substr(0, dot)) + "." +
                                    quote_identifier(name.substr(dot + 1));
  PgResult found = query(
      "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
      "WHERE c.oid = to_regclass($1)",
      {qualified});
  if (found.rows() == 0) {
    throw InputError(where, "no such table in the database",
                     "check the name (schema.table); `landplan info` lists the tables");
  }
  table.schema = found.text(0, 0);
  table.table = found.text(0, 1);
  PgResult geometry = query(
      "SELECT f_geometry_column, srid FROM geometry_columns "
      "WHERE f_table_schema = $1 AND f_table_name = $2 ORDER BY f_geometry_column LIMIT 1",
      {table.schema, table.table});
  if (geometry.rows() == 0) {
    throw InputError(where, "has no geometry column", "name a table with PostGIS geometry");
  }
  table.geometry = geometry.text(0, 0);
  table.srid = to_int(geometry.text(0, 1));
  if (table.srid == 0) {
    throw InputError(where, "has no SRID (its geometry column's SRID is 0)",
                     "set it in the database: SELECT UpdateGeometrySRID('" + table.schema + "', '" +
                         table.table + "', '" + table.geometry + "', 4549); with the right EPSG code");
  }
  PgResult key = query(
      "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
      "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass($1) AND i.indisprimary "
      "AND array_length(i.indkey, 1) = 1 AND a.atttypid IN ('int2'::regtype, 'int4'::regtype, "
      "'int8'::regtype)",
      {qualified});
  if (key.rows() == 0) {
    throw InputError(where, "has no integer primary key to number its features by",
                     "add one: ALTER TABLE … ADD COLUMN fid serial PRIMARY KEY");
  }
  table.fid = key.text(0, 0);
  return table;
}

}  // namespace landplan::io
