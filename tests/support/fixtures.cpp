// Temporary folders, GDAL datasets from WKT, and running the CLI for end-to-end tests.
#include "support/fixtures.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "landplan/error.hpp"
#include "test_data.hpp"

namespace landplan::test {

TempDir::TempDir() {
  std::random_device random;
  path_ = std::filesystem::temp_directory_path() /
          ("landplan-test-" + std::to_string(getpid()) + "-" + std::to_string(random()));
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

void write_dataset(const std::string& path, const LayerSpecForTest& spec) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(spec.driver.c_str());
  if (!driver) throw std::runtime_error("no GDAL driver " + spec.driver);
  GDALDatasetUniquePtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset) throw std::runtime_error("cannot create " + path);
  OGRSpatialReference srs;
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (!spec.crs.empty()) srs.SetFromUserInput(spec.crs.c_str());
  std::vector<const char*> options;
  for (const std::string& o : spec.creation_options) options.push_back(o.c_str());
  options.push_back(nullptr);
  OGRwkbGeometryType type = wkbUnknown;
  for (const FeatureSpec& f : spec.features) {
    if (f.wkt.empty()) continue;
    OGRGeometry* g = nullptr;
    OGRGeometryFactory::createFromWkt(f.wkt.c_str(), nullptr, &g);
    if (g) {
      type = type == wkbUnknown ? g->getGeometryType() : type;
      OGRGeometryFactory::destroyGeometry(g);
    }
  }
  if (spec.driver == "ESRI Shapefile" && wkbFlatten(type) == wkbPolygon) type = wkbMultiPolygon;
  OGRLayer* layer = dataset->CreateLayer(spec.layer.c_str(), spec.crs.empty() ? nullptr : &srs,
                                         type, const_cast<char**>(options.data()));
  if (!layer) throw std::runtime_error("cannot create layer in " + path);
  for (const std::string& name : spec.fields) {
    OGRFieldDefn field(name.c_str(), OFTString);
    layer->CreateField(&field);
  }
  for (const FeatureSpec& f : spec.features) {
    OGRFeature feature(layer->GetLayerDefn());
    if (!f.wkt.empty()) {
      OGRGeometry* g = nullptr;
      if (OGRGeometryFactory::createFromWkt(f.wkt.c_str(), nullptr, &g) != OGRERR_NONE)
        throw std::runtime_error("bad WKT " + f.wkt);
      feature.SetGeometryDirectly(g);
    }
    for (const auto& [name, value] : f.attributes) feature.SetField(name.c_str(), value.c_str());
    if (layer->CreateFeature(&feature) != OGRERR_NONE)
      throw std::runtime_error("cannot write a feature to " + path);
  }
}

namespace {
std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}
}  // namespace

RunResult run_cli(const std::vector<std::string>& args) {
  TempDir dir;
  std::string out = dir.file("out"), err = dir.file("err");
  pid_t pid = fork();
  if (pid == 0) {
    if (!freopen(out.c_str(), "w", stdout) || !freopen(err.c_str(), "w", stderr)) _exit(127);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(kCli));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(kCli, argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_all(out);
  result.err = read_all(err);
  return result;
}

std::string output_of(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  pclose(pipe);
  return out;
}

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.emplace_back();
    rows.push_back(cells);
  }
  return rows;
}

std::string input_error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace landplan::test
