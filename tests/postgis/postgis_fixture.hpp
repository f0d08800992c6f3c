// The PostgreSQL + PostGIS test server of scripts/postgis.sh: each test works in a schema of its
// own (GDAL's active_schema=), dropped afterwards, so tests may run in parallel.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "landplan/io/postgis.hpp"

namespace landplan::test {

// Sets (or, with nullopt, unsets) an environment variable for the life of the object; the CLI
// children inherit it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::optional<std::string>& value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string name_;
  std::optional<std::string> old_;
};

class PostgisTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // "PG:… active_schema=<this test's schema>"
  const std::string& source() const { return source_; }
  // The server's connection without a schema (LANDPLAN_TEST_PG).
  const std::string& server() const { return server_; }
  const std::string& schema() const { return schema_; }
  // A connection to the test's schema, for SQL of the test's own.
  io::PgConnection& sql() { return *connection_; }
  // Exports the sample township's layers (all, or those named) into the test's schema.
  void export_sample(const std::string& layers = "");

 private:
  std::string server_, schema_, source_;
  std::unique_ptr<io::PgConnection> connection_;
};

}  // namespace landplan::test
