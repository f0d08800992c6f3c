// Test fixtures: temporary folders and small GDAL datasets written from WKT, so every test
// builds the exact input it reasons about.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace landplan::test {

// A fresh folder under the system temp dir, removed with the object.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct FeatureSpec {
  std::string wkt;                                // "" = null geometry
  std::map<std::string, std::string> attributes;  // field → value (text fields)
};

struct LayerSpecForTest {
  std::string driver = "GPKG";   // any GDAL vector driver
  std::string layer = "layer";
  std::string crs = "EPSG:4549";  // "" = no CRS
  std::vector<std::string> fields;  // text fields, in order
  std::vector<FeatureSpec> features;
  std::vector<std::string> creation_options;  // e.g. "ENCODING=CP936"
};

// Writes the layer to `path` with GDAL (creating or overwriting the dataset).
void write_dataset(const std::string& path, const LayerSpecForTest& spec);

// Runs the landplan CLI with the arguments; returns exit code, stdout and stderr.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
RunResult run_cli(const std::vector<std::string>& args);

// What a shell command prints on stdout (a reading-back tool: pdftotext, pandoc, pdfinfo).
std::string output_of(const std::string& command);

// The message of the InputError `action` throws, "(no error)" when it throws none.
std::string input_error_of(const std::function<void()>& action);

// The rows of a CSV as landplan prints it (no quoted commas), header included.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);

}  // namespace landplan::test
