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

#include "landplan/crs.hpp"
#include "landplan/layer.hpp"

namespace landplan::test {

using Ring = std::vector<double>;  // x,y,x,y… closed
using Part = std::vector<Ring>;    // shell, then holes

inline Ring square(double x, double y, double side) {
  return {x, y, x + side, y, x + side, y + side, x, y + side, x, y};
}

// A feature of parts (empty = null geometry).
inline void add_feature(Layer& layer, std::int64_t fid, const std::vector<Part>& parts) {
  layer.begin_feature(fid);
  for (const Part& part : parts) {
    for (const Ring& ring : part) layer.add_ring(ring);
    layer.end_part();
  }
  layer.end_feature();
}

inline Layer empty_layer(const std::string& name, GeometryKind kind) {
  Layer layer;
  layer.name = name;
  layer.source = "test";
  layer.kind = kind;
  layer.crs = Crs::from_user_input("EPSG:4549");
  layer.source_crs = layer.crs;
  return layer;
}

// Parcels in EPSG:4549 with Chinese text: a square, a square with a hole, a two-part
// multipolygon, and (unless `with_null` is false) a feature without geometry.
inline Layer chinese_parcels(const std::string& name = "地块", bool with_null = true) {
  Layer layer = empty_layer(name, GeometryKind::polygon);
  double x = 409000, y = 4696000;
  add_feature(layer, 1, {{square(x, y, 100.25)}});
  add_feature(layer, 2, {{square(x + 200, y, 80), square(x + 220, y + 20, 10.5)}});
  add_feature(layer, 3, {{square(x + 400, y, 30)}, {square(x + 500, y + 7.5, 45.125)}});
  if (with_null) add_feature(layer, 4, {});
  Column village("村名", FieldType::text), landuse("地类", FieldType::text);
  Column households("户数", FieldType::integer), planned("亩数", FieldType::real);
  const char* villages[] = {"三座店", "池家营子", "西营子", "八家"};
  const char* landuses[] = {"水浇地", "农村宅基地", "旱地", "果园"};
  for (std::size_t i = 0; i < layer.size(); ++i) {
    village.push(std::string(villages[i]));
    landuse.push(std::string(landuses[i]));
    if (i == 2) {
      households.push_null();
    } else {
      households.push(static_cast<std::int64_t>(12 + i));
    }
    planned.push(15.5 * static_cast<double>(i + 1));
  }
  layer.columns = {village, landuse, households, planned};
  return layer;
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

// True (and reaped) when the child process exits within `ms` milliseconds: the kill tests let
// a run go on for a while, then kill it if it is still running.
inline bool exits_within(pid_t child, int ms) {
  auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  do {
    if (waitpid(child, nullptr, WNOHANG) == child) return true;
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  } while (std::chrono::steady_clock::now() < end);
  return false;
}

}  // namespace landplan::test
