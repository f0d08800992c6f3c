// Each way a PostGIS source can be wrong gets one line naming it, exit 2, and never the password.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "postgis/postgis_fixture.hpp"
#include "support/fixtures.hpp"
#include "test_data.hpp"

using landplan::test::PostgisTest;
using landplan::test::run_cli;
using landplan::test::RunResult;
using landplan::test::ScopedEnv;
using landplan::test::TempDir;

namespace {

// One line on stderr starting "landplan: ", containing `part`, exit 2, and `secret` nowhere.
void expect_one_line_error(const RunResult& result, const std::string& part,
                           const std::string& secret = "") {
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(result.err.rfind("landplan: ", 0), 0u) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_NE(result.err.find(part), std::string::npos) << result.err;
  if (!secret.empty()) {
    EXPECT_EQ(result.err.find(secret), std::string::npos) << result.err;
    EXPECT_EQ(result.out.find(secret), std::string::npos) << result.out;
  }
}

// A loopback port nothing listens on: bound by us, then released.
int closed_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  bind(fd, reinterpret_cast<sockaddr*>(&address), size);
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  close(fd);
  return ntohs(address.sin_port);
}

// An empty password file (libpq wants it private), so only PGPASSWORD can give a password.
std::string empty_password_file(const TempDir& dir) {
  std::string path = dir.file("pgpass");
  std::ofstream{path};
  std::filesystem::permissions(path, std::filesystem::perms::owner_read |
                                         std::filesystem::perms::owner_write);
  return path;
}

}  // namespace

TEST_F(PostgisTest, ServerDown) {
  std::string source = "PG:host=127.0.0.1 port=" + std::to_string(closed_port()) +
                       " dbname=landplan user=landplan";
  expect_one_line_error(run_cli({"area", source, "--layer", "parcels"}),
                        "cannot reach the PostgreSQL server");
}

TEST_F(PostgisTest, WrongPasswordIsRefusedAndNotEchoed) {
  TempDir dir;
  ScopedEnv file("PGPASSFILE", empty_password_file(dir));
  ScopedEnv password("PGPASSWORD", "Wrong-Secret-42");
  expect_one_line_error(run_cli({"area", server(), "--layer", "parcels"}),
                        "the server refused the user name or password", "Wrong-Secret-42");
}

TEST_F(PostgisTest, MissingPasswordSaysWhereToPutIt) {
  TempDir dir;
  ScopedEnv file("PGPASSFILE", empty_password_file(dir));
  ScopedEnv password("PGPASSWORD", std::nullopt);
  expect_one_line_error(run_cli({"area", server(), "--layer", "parcels"}),
                        "put it in PGPASSWORD or in ~/.pgpass");
}

TEST_F(PostgisTest, PasswordInTheConnectionIsRefusedAndNotEchoed) {
  std::string with_password = server() + " password=Hunter2-Secret";
  expect_one_line_error(run_cli({"area", with_password, "--layer", "parcels"}),
                        "holds a password, which landplan does not read from text",
                        "Hunter2-Secret");
  expect_one_line_error(
      run_cli({"export", std::string(landplan::test::kSampleDir) + "/project.toml", "--format",
               "postgis", "--to", with_password}),
      "holds a password", "Hunter2-Secret");
  TempDir dir;
  std::ofstream(dir.file("project.toml"))
      << "[layers.parcels]\nsource = \"" << with_password << "\"\nlayer = \"parcels\"\n";
  expect_one_line_error(run_cli({"area", dir.file("project.toml"), "--layer", "parcels"}),
                        "holds a password", "Hunter2-Secret");
}

TEST_F(PostgisTest, MissingTable) {
  export_sample("wells");
  expect_one_line_error(run_cli({"area", source(), "--layer", "parcels"}),
                        "has no layer 'parcels' — the layers are: ");
}

TEST_F(PostgisTest, TableWithoutSrid) {
  sql().execute("CREATE TABLE nosrid (fid serial PRIMARY KEY, geom geometry(Polygon))");
  sql().execute("INSERT INTO nosrid (geom) VALUES ('POLYGON((500000 4400000, 500010 4400000, 500010 4400010, 500000 4400000))')");
  expect_one_line_error(run_cli({"area", source(), "--layer", "nosrid"}), "nosrid: has no SRID");
  // Named by the user, the local engine measures it; the database cannot, it knows no CRS.
  auto assumed = run_cli({"area", source(), "--layer", "nosrid", "--assume-crs", "EPSG:4549",
                          "--crs", "EPSG:4549", "--method", "planar", "--format", "csv"});
  EXPECT_EQ(assumed.exit_code, 0) << assumed.err;
  EXPECT_EQ(assumed.out.rfind("fid,area_m2,area_ha,area_mu\n1,50,0.005,", 0), 0u) << assumed.out;
  expect_one_line_error(run_cli({"area", source(), "--layer", "nosrid", "--assume-crs",
                                 "EPSG:4549", "--engine", "postgis"}),
                        "has no SRID (its geometry column's SRID is 0) — set it in the database");
}

TEST_F(PostgisTest, DatabaseWithoutPostgis) {
  const char* plain = std::getenv("LANDPLAN_TEST_PG_PLAIN");
  ASSERT_TRUE(plain) << "scripts/postgis.sh exports LANDPLAN_TEST_PG_PLAIN with LANDPLAN_TEST_PG";
  expect_one_line_error(run_cli({"area", plain, "--layer", "parcels"}),
                        "database 'plain' has no PostGIS extension — run CREATE EXTENSION postgis");
}
