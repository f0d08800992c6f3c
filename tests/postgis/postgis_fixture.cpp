#include "postgis/postgis_fixture.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>

#include "support/fixtures.hpp"
#include "test_data.hpp"

namespace landplan::test {

ScopedEnv::ScopedEnv(const char* name, const std::optional<std::string>& value) : name_(name) {
  if (const char* old = std::getenv(name)) old_ = old;
  if (value) {
    setenv(name, value->c_str(), 1);
  } else {
    unsetenv(name);
  }
}

ScopedEnv::~ScopedEnv() {
  if (old_) {
    setenv(name_.c_str(), old_->c_str(), 1);
  } else {
    unsetenv(name_.c_str());
  }
}

void PostgisTest::SetUp() {
  const char* server = std::getenv("LANDPLAN_TEST_PG");
  if (!server) {
    GTEST_SKIP() << "SKIPPED: no PostgreSQL + PostGIS test server (LANDPLAN_TEST_PG unset) — "
                    "scripts/test.sh starts one with scripts/postgis.sh";
  }
  server_ = server;
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  schema_ = "t_" + std::string(info->name()).substr(0, 40) + "_" + std::to_string(getpid());
  std::transform(schema_.begin(), schema_.end(), schema_.begin(),
                 [](unsigned char c) { return std::isalnum(c) ? std::tolower(c) : '_'; });
  io::PgConnection(server_).execute("CREATE SCHEMA " + io::quote_identifier(schema_));
  source_ = server_ + " active_schema=" + schema_;
  connection_ = std::make_unique<io::PgConnection>(source_);
}

void PostgisTest::TearDown() {
  connection_.reset();
  if (!schema_.empty() && !server_.empty()) {
    io::PgConnection(server_).execute("DROP SCHEMA IF EXISTS " + io::quote_identifier(schema_) +
                                      " CASCADE");
  }
}

void PostgisTest::export_sample(const std::string& layers) {
  std::vector<std::string> args = {"export", std::string(kSampleDir) + "/project.toml", "--format",
                                   "postgis", "--to", source_};
  if (!layers.empty()) args.insert(args.end(), {"--layers", layers});
  RunResult result = run_cli(args);
  ASSERT_EQ(result.exit_code, 0) << result.err;
}

}  // namespace landplan::test
