// Export tests: Layers built in code, and outputs read back with GDAL itself (never with
// landplan's reader), so a test sees what ArcGIS or QGIS would see.
#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "landplan/layer.hpp"
#include "support/layer_from_wkt.hpp"

namespace landplan::test {

// Parcels in EPSG:4549 with Chinese text: a square, a square with a hole, a two-part
// multipolygon, and (unless `with_null` is false) a feature without geometry.
inline Layer chinese_parcels(const std::string& name = "地块", bool with_null = true) {
  std::vector<std::string> parcels = {
      "POLYGON((0 0,100.25 0,100.25 100.25,0 100.25,0 0))",
      "POLYGON((200 0,280 0,280 80,200 80,200 0),(220 20,230.5 20,230.5 30.5,220 30.5,220 20))",
      "MULTIPOLYGON(((400 0,430 0,430 30,400 30,400 0)),"
      "((500 7.5,545.125 7.5,545.125 52.625,500 52.625,500 7.5)))",
      ""};
  std::vector<ColumnValues> columns = {
      {"村名", {"三座店", "池家营子", "西营子", "八家"}},
      {"地类", {"水浇地", "农村宅基地", "旱地", "果园"}},
      {"户数", {std::int64_t{12}, std::int64_t{13}, std::monostate{}, std::int64_t{15}}},
      {"亩数", {15.5, 31.0, 46.5, 62.0}}};  // 15.5 × fid
  if (!with_null) {
    parcels.pop_back();
    for (ColumnValues& column : columns) column.values.pop_back();
  }
  return layer_from_wkt(parcels, {.name = name,
                                  .source = "test",
                                  .kind = GeometryKind::polygon,
                                  .columns = columns,
                                  .origin = {409000, 4696000}});
}

// What GDAL reads from an output: field names, each feature's values as text, geometry areas.
struct ReadBack {
  std::string layer_name;
  OGRwkbGeometryType type = wkbUnknown;
  std::vector<std::string> fields;
  struct Field {
    OGRFieldType type;
    int width, precision;
    OGRFieldType GetType() const { return type; }
    int GetWidth() const { return width; }
    int GetPrecision() const { return precision; }
  };
  std::vector<Field> definitions;
  std::vector<std::map<std::string, std::string>> values;  // unset fields absent
  std::vector<double> areas;                               // 0 for no geometry
  std::vector<bool> has_geometry;
  std::vector<std::string> geometry_types;
  std::vector<std::int64_t> fids;
  std::string srs_wkt;
};

inline ReadBack read_back(const std::string& path, int layer_index = 0) {
  GDALAllRegister();
  GDALDatasetUniquePtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!dataset) throw std::runtime_error("GDAL cannot open " + path);
  OGRLayer* layer = dataset->GetLayer(layer_index);
  ReadBack out;
  out.layer_name = layer->GetName();
  out.type = layer->GetGeomType();
  if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
    char* wkt = nullptr;
    srs->exportToWkt(&wkt);
    out.srs_wkt = wkt ? wkt : "";
    CPLFree(wkt);
  }
  OGRFeatureDefn* definition = layer->GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    out.fields.push_back(definition->GetFieldDefn(i)->GetNameRef());
    const OGRFieldDefn* field = definition->GetFieldDefn(i);
    out.definitions.push_back({field->GetType(), field->GetWidth(), field->GetPrecision()});
  }
  for (auto& feature : layer) {
    std::map<std::string, std::string> row;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
      if (feature->IsFieldSetAndNotNull(i)) row[out.fields[i]] = feature->GetFieldAsString(i);
    }
    out.values.push_back(row);
    const OGRGeometry* g = feature->GetGeometryRef();
    out.has_geometry.push_back(g != nullptr);
    out.geometry_types.push_back(g ? g->getGeometryName() : "");
    out.areas.push_back(g ? OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g))) : 0.0);
    out.fids.push_back(feature->GetFID());
  }
  return out;
}

inline std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Every file in a folder with its bytes: a snapshot to compare before and after.
inline std::map<std::string, std::string> snapshot(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  if (!std::filesystem::exists(dir)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    files[entry.path().filename().string()] =
        entry.is_regular_file() ? file_bytes(entry.path()) : std::string("<folder>");
  }
  return files;
}

// The kill tests' last round: a run left alone, which must finish however long it takes (under
// ASan a whole export takes seconds, which a fixed last delay took for a kill).
inline constexpr int kLeftAlone = -1;

// True (and reaped) when the child process exits within `ms` milliseconds: the kill tests let
// a run go on for a while, then kill it if it is still running.
inline bool exits_within(pid_t child, int ms) {
  if (ms == kLeftAlone) return waitpid(child, nullptr, 0) == child;
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  do {
    if (waitpid(child, nullptr, WNOHANG) == child) return true;
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  } while (std::chrono::steady_clock::now() < end);
  return false;
}

}  // namespace landplan::test
