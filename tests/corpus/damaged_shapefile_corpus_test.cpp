// Corpus, property: any damaged copy of the sample's parcel shapefile (cut short, or bytes
// overwritten, from fixed seeds) is read completely or refused with exit 2 — never exit 0 with
// fewer parcels or empty areas. Under --lenient it may go on, but must say so.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <regex>

#include "support/fixtures.hpp"
#include "test_data.hpp"

namespace landplan::test::corpus {
namespace {

namespace fs = std::filesystem;

constexpr int kCases = 300;
const char* const kParts[] = {".shp", ".shx", ".dbf"};

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Copies the sample's DLTB.* into `dir` and damages one of its three files as case `seed`
// says: even seeds cut it short, odd ones overwrite 1–4 bytes with other values.
fs::path damaged_copy(const TempDir& dir, unsigned seed, std::string& what) {
  fs::path sample = fs::path(kSampleDir) / "shp";
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
    fs::copy_file(sample / (std::string("DLTB") + ext), dir.file(std::string("DLTB") + ext));
  }
  std::mt19937 random(seed);
  const char* part = kParts[random() % 3];
  fs::path path = dir.file(std::string("DLTB") + part);
  std::string bytes = read_bytes(path);
  if (seed % 2 == 0) {
    std::size_t keep = random() % bytes.size();
    what = std::string(part) + " cut to " + std::to_string(keep) + " bytes";
    bytes.resize(keep);
  } else {
    int flips = 1 + static_cast<int>(random() % 4);
    what = std::string(part) + " bytes overwritten at";
    for (int i = 0; i < flips; ++i) {
      std::size_t at = random() % bytes.size();
      bytes[at] = static_cast<char>(bytes[at] ^ (1 + random() % 255));  // never the same value
      what += " " + std::to_string(at);
    }
  }
  write_bytes(path, bytes);
  return dir.file("DLTB.shp");
}

struct Reading {
  std::size_t rows = 0, empty_areas = 0;
};

Reading read_csv(const std::string& out) {
  Reading reading;
  auto rows = parse_csv(out);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    ++reading.rows;
    if (rows[i].size() < 2 || rows[i][1].empty()) ++reading.empty_areas;
  }
  return reading;
}

// The parcels the .dbf marks deleted, as landplan's warning counts them (0 without one).
std::size_t deleted_in(const std::string& err) {
  std::smatch match;
  static const std::regex deleted("marks ([0-9]+) records? deleted");
  return std::regex_search(err, match, deleted) ? std::stoul(match[1]) : 0;
}

std::size_t sample_parcels() {
  static const std::size_t count = [] {
    RunResult result =
        run_cli({"area", std::string(kSampleDir) + "/shp/DLTB.shp", "--format", "csv"});
    return read_csv(result.out).rows;
  }();
  return count;
}

class DamagedShapefile : public ::testing::TestWithParam<unsigned> {};

TEST_P(DamagedShapefile, IsReadWhollyOrRefused) {
  ASSERT_EQ(sample_parcels(), 2498u);  // the sample as generate.py writes it
  TempDir dir;
  std::string what;
  fs::path shp = damaged_copy(dir, GetParam(), what);
  RunResult result = run_cli({"area", shp.string(), "--format", "csv"});
  std::string context = what + "\nstderr:\n" + result.err;
  ASSERT_LT(result.exit_code, 3) << context;
  if (result.exit_code == 2) {
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << context;
    EXPECT_TRUE(result.err.starts_with("landplan: " + shp.string())) << context;
    EXPECT_TRUE(result.out.empty()) << context;
    return;
  }
  ASSERT_EQ(result.exit_code, 0) << context;
  Reading reading = read_csv(result.out);
  EXPECT_EQ(reading.rows + deleted_in(result.err), sample_parcels()) << context;
  EXPECT_EQ(reading.empty_areas, 0u) << context;
}

TEST_P(DamagedShapefile, UnderLenientGoesOnOnlySayingSo) {
  TempDir dir;
  std::string what;
  fs::path shp = damaged_copy(dir, GetParam(), what);
  RunResult result = run_cli({"area", shp.string(), "--format", "csv", "--lenient"});
  std::string context = what + "\nstderr:\n" + result.err;
  ASSERT_LT(result.exit_code, 3) << context;
  if (result.exit_code != 0) return;  // not even readable in part: still refused
  Reading reading = read_csv(result.out);
  bool incomplete =
      reading.rows + deleted_in(result.err) != sample_parcels() || reading.empty_areas > 0;
  if (incomplete) {
    EXPECT_NE(result.err.find("landplan: warning: --lenient: the input has the faults above"),
              std::string::npos)
        << context;
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, DamagedShapefile, ::testing::Range(0u, unsigned{kCases}));

}  // namespace
}  // namespace landplan::test::corpus
