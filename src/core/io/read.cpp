// Reading GDAL layers into the flat Layer, and bringing layers into one working CRS.
#include "landplan/io/read.hpp"

#include <cpl_string.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>

#include "io/arrow_read.hpp"
#include "io/gdal_source.hpp"
#include "io/geometry_sink.hpp"
#include "landplan/text.hpp"

namespace landplan::io {
namespace {

using detail::declared_encoding;
using detail::find_layer;
using detail::open_vector;

GeometryKind layer_kind(OGRwkbGeometryType type) {
  switch (wkbFlatten(OGR_GT_GetLinear(type))) {
    case wkbPoint:
    case wkbMultiPoint: return GeometryKind::point;
    case wkbLineString:
    case wkbMultiLineString: return GeometryKind::line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbPolyhedralSurface:
    case wkbTIN:
    case wkbTriangle: return GeometryKind::polygon;
    default: return GeometryKind::none;  // unknown or collection: decided by the data
  }
}

FieldType field_type(OGRFieldType type) {
  switch (type) {
    case OFTInteger:
    case OFTInteger64: return FieldType::integer;
    case OFTReal: return FieldType::real;
    default: return FieldType::text;
  }
}

ValueKind value_kind(const OGRFieldDefn& field) {
  switch (field.GetType()) {
    case OFTInteger: return field.GetSubType() == OFSTBoolean ? ValueKind::boolean : ValueKind::plain;
    case OFTInteger64: return ValueKind::integer64;
    case OFTDate: return ValueKind::date;
    case OFTDateTime: return ValueKind::date_time;
    case OFTTime: return ValueKind::time;
    case OFTBinary: return ValueKind::binary;
    case OFTIntegerList:
    case OFTInteger64List:
    case OFTRealList:
    case OFTStringList: return ValueKind::list;
    default: return ValueKind::plain;
  }
}

// A date, date-time or time as ISO 8601 (GDAL's own text is "2024/05/01 08:30:00+08").
std::string iso_8601(const OGRFeature& feature, int index, ValueKind kind) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
  float second = 0;
  feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
  std::string date = fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
  double whole = std::floor(second);
  std::string time = fmt::format("{:02d}:{:02d}:{:02d}", hour, minute, static_cast<int>(whole));
  if (int ms = static_cast<int>(std::lround((second - whole) * 1000)); ms > 0) {
    time += fmt::format(".{:03d}", std::min(ms, 999));
  }
  if (kind == ValueKind::date) return date;
  if (kind == ValueKind::time) return time;
  // GDAL's zone flag: 0 unknown, 1 local time, 100 UTC, 100 ± n for n quarter hours east/west.
  std::string offset;
  if (zone == 100) {
    offset = "Z";
  } else if (zone > 1) {
    int minutes = std::abs(zone - 100) * 15;
    offset = fmt::format("{}{:02d}:{:02d}", zone > 100 ? '+' : '-', minutes / 60, minutes % 60);
  }
  return date + "T" + time + offset;
}

void read_attribute(const OGRFeature& feature, int index, Column& column, bool check_utf8,
                    bool& saw_invalid_utf8) {
  if (!feature.IsFieldSetAndNotNull(index)) {
    column.push_null();
    return;
  }
  ValueKind kind = column.kind();
  if (kind == ValueKind::date || kind == ValueKind::date_time || kind == ValueKind::time) {
    column.push(iso_8601(feature, index, kind));
    return;
  }
  switch (column.type()) {
    case FieldType::integer: column.push(std::int64_t{feature.GetFieldAsInteger64(index)}); break;
    case FieldType::real: column.push(feature.GetFieldAsDouble(index)); break;
    case FieldType::text: {
      std::string text = feature.GetFieldAsString(index);
      if (check_utf8 && !is_valid_utf8(text)) {
        saw_invalid_utf8 = true;
        text = latin1_to_utf8(text);
      }
      column.push(std::move(text));
      break;
    }
  }
}

struct OpenedLayer {
  GDALDatasetUniquePtr dataset;
  OGRLayer* layer = nullptr;
  std::string encoding;  // how the text was decoded
  bool raw_text = false;  // text arrives undecoded and must be checked for UTF-8
};

// Opens the layer so that its text arrives as UTF-8: the user's encoding, else the shapefile's
// own declaration (.cpg/LDID), else raw bytes that are checked for UTF-8 as they are read.
OpenedLayer open_layer(const std::string& source, const ReadOptions& options) {
  OpenedLayer opened;
  if (!options.source_encoding.empty()) {
    std::string encoding = detail::gdal_encoding_name(options.source_encoding);
    opened.dataset = open_vector(source, encoding.c_str());
    opened.layer = find_layer(*opened.dataset, source, options.layer);
    opened.encoding = encoding;
    return opened;
  }
  opened.dataset = open_vector(source, nullptr);
  opened.layer = find_layer(*opened.dataset, source, options.layer);
  opened.encoding = "UTF-8";
  if (std::string(opened.dataset->GetDriver()->GetDescription()) != "ESRI Shapefile") {
    return opened;
  }
  if (std::string declared = declared_encoding(*opened.layer); !declared.empty()) {
    opened.encoding = declared;
    return opened;
  }
  // No .cpg and no LDID: GDAL would decode as Latin-1 and garble Chinese. Take the bytes as they
  // are and check them instead.
  std::string layer_name = opened.layer->GetName();
  opened.dataset = open_vector(source, "");
  opened.layer = find_layer(*opened.dataset, source, layer_name);
  opened.encoding = "none declared (no .cpg)";
  opened.raw_text = true;
  return opened;
}

// A .shp whose .shx lists more shapes than its .dbf has records: GDAL reads only as many
// features as the .dbf holds, so the rest would vanish without a word. Both counts sit in the
// file headers (.shx: length in 16-bit words at byte 24, big-endian, 100-byte header then 8
// bytes a shape; .dbf: record count at byte 4, little-endian).
std::optional<std::string> shapefile_count_mismatch(const std::string& source) {
  std::filesystem::path shp(source);
  std::string ext = shp.extension().string();
  if (ext != ".shp" && ext != ".SHP") return std::nullopt;
  auto header = [](std::filesystem::path path, const char* ext, std::size_t size) {
    std::string bytes(size, '\0');
    std::ifstream in(path.replace_extension(ext), std::ios::binary);
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) bytes.clear();
    return bytes;
  };
  std::string shx = header(shp, ".shx", 28), dbf = header(shp, ".dbf", 8);
  if (shx.empty() || dbf.empty()) return std::nullopt;
  auto byte = [](const std::string& b, int i) {
    return std::uint64_t{static_cast<unsigned char>(b[i])};
  };
  std::uint64_t words =
      byte(shx, 24) << 24 | byte(shx, 25) << 16 | byte(shx, 26) << 8 | byte(shx, 27);
  std::uint64_t shapes = words * 2 >= 100 ? (words * 2 - 100) / 8 : 0;
  std::uint64_t records = byte(dbf, 4) | byte(dbf, 5) << 8 | byte(dbf, 6) << 16 | byte(dbf, 7) << 24;
  if (shapes == records) return std::nullopt;
  return "the .shx lists " + std::to_string(shapes) + " shapes but the .dbf holds " +
         std::to_string(records) +
         " records — features are missing; the shapefile is damaged, export it again";
}

// Text that is not UTF-8 although the source declared an encoding (a .cpg saying UTF-8 over GBK
// bytes): GDAL passes it through, and it would reach the output garbled without a word.
bool has_invalid_text(const Layer& layer) {
  for (const Column& column : layer.columns) {
    if (column.type() != FieldType::text) continue;
    for (std::size_t row = 0; row < column.size(); ++row)
      if (!column.is_null(row) && !is_valid_utf8(column.text(row))) return true;
  }
  return false;
}

// CGCS2000 3-degree Gauss-Kruger zones come in pairs: EPSG:4513–4533 carry the zone number in
// the false easting (zone 25–45: x = zone × 1,000,000 + 500,000 ± …), EPSG:4534–4554 do not
// (x = 500,000 ± …). Data of one declared as the other is the commonest wrong .prj in China;
// PROJ then cannot transform it at all. Says which code the x values belong to.
std::optional<std::string> gauss_kruger_zone_mismatch(const Layer& layer, bool assumed) {
  constexpr int kWithZone = 4513, kWithoutZone = 4534, kZones = 21, kFirstZone = 25;
  std::string id = layer.crs.id();
  Box extent = layer.extent();
  if (!id.starts_with("EPSG:") || extent.empty() || !std::isfinite(extent.minx)) return std::nullopt;
  int code = std::atoi(id.c_str() + 5);
  auto describe = [&](const std::string& why, int right) {
    std::string right_id = "EPSG:" + std::to_string(right);
    return "x from " + std::to_string(static_cast<long long>(extent.minx)) + " " + why +
           ": the data looks like " + right_id + " — " +
           (assumed ? "read it with --assume-crs " + right_id
                    : "the source declares " + id + ": correct its .prj or SRID to " + right_id);
  };
  // The zone is judged in double: x may be anything up to 1e300 (converting that to int is
  // undefined), and only x within one zone's million counts.
  double zone_of_x = std::floor(extent.minx / 1e6);
  if (code >= kWithoutZone && code < kWithoutZone + kZones && zone_of_x >= kFirstZone &&
      zone_of_x < kFirstZone + kZones && extent.maxx < (zone_of_x + 1) * 1e6) {
    int zone = static_cast<int>(zone_of_x);
    return describe("carries the zone number " + std::to_string(zone) + ", which " + id +
                        " (no zone number) does not",
                    kWithZone + zone - kFirstZone);
  }
  if (code >= kWithZone && code < kWithZone + kZones && extent.minx >= 0 && extent.maxx < 1e6) {
    return describe("carries no zone number, which " + id + " (zone " +
                        std::to_string(code - kWithZone + kFirstZone) + " in the x) expects",
                    kWithoutZone + code - kWithZone);
  }
  return std::nullopt;
}

}  // namespace

Layer read_native(const std::string& source, const ReadOptions& options, Warnings& warnings) {
  OpenedLayer opened = open_layer(source, options);
  detail::GdalMessages gdal_messages;
  OGRLayer& ogr_layer = *opened.layer;
  Layer layer;
  layer.name = ogr_layer.GetName();
  layer.source = source;
  layer.source_layer = layer.name;
  layer.encoding = opened.encoding;
  std::string where = place(source, layer.name);
  layer.source_crs = detail::layer_crs(ogr_layer, where, options.assume_crs);
  layer.crs = layer.source_crs;
  layer.kind = layer_kind(ogr_layer.GetGeomType());

  OGRFeatureDefn* definition = ogr_layer.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const OGRFieldDefn* field = definition->GetFieldDefn(i);
    std::string name = field->GetNameRef();
    if (opened.raw_text && !is_valid_utf8(name)) name = latin1_to_utf8(name);
    layer.columns.emplace_back(name, field_type(field->GetType()), value_kind(*field));
  }

  detail::FeatureWarnings feature_warnings(warnings, where);
  detail::GeometrySink sink(layer, feature_warnings);
  bool saw_invalid_utf8 = false;
  if (!options.geometry) {
    const char* ignored[] = {"OGR_GEOMETRY", nullptr};
    ogr_layer.SetIgnoredFields(ignored);
    if (OGREnvelope envelope; ogr_layer.GetExtent(&envelope, TRUE) == OGRERR_NONE) {
      layer.stated_extent.extend(envelope.MinX, envelope.MinY);
      layer.stated_extent.extend(envelope.MaxX, envelope.MaxY);
    }
  }
  if (opened.raw_text || !options.geometry || !detail::read_arrow_stream(ogr_layer, layer, sink)) {
    ogr_layer.ResetReading();
    for (auto& feature : ogr_layer) {
      sink.begin_feature(feature->GetFID());
      if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
        detail::append_ogr(*geometry, sink);
      }
      sink.end_feature();
      for (int i = 0; i < static_cast<int>(layer.columns.size()); ++i) {
        read_attribute(*feature, i, layer.columns[i], opened.raw_text, saw_invalid_utf8);
      }
    }
  }
  for (const std::string& message : gdal_messages.lines()) {
    warnings.push_back(where + ": GDAL: " + message + " — some features may be missing or empty");
  }
  if (!opened.raw_text && has_invalid_text(layer)) {
    warnings.push_back(where + ": text is not valid " + opened.encoding + " as declared (.cpg or "
                       "source) — if it is Chinese, read it with --source-encoding GBK");
  }
  if (opened.dataset->GetDriver() &&
      std::string(opened.dataset->GetDriver()->GetDescription()) == "ESRI Shapefile") {
    if (auto mismatch = shapefile_count_mismatch(source)) {
      warnings.push_back(where + ": " + *mismatch);
    }
  }
  if (auto mismatch = gauss_kruger_zone_mismatch(layer, ogr_layer.GetSpatialRef() == nullptr)) {
    warnings.push_back(where + ": " + *mismatch);
  }
  if (opened.raw_text) {
    layer.encoding = saw_invalid_utf8 ? "ISO-8859-1 (guessed, no .cpg)" : "UTF-8 (no .cpg)";
    if (saw_invalid_utf8) {
      warnings.push_back(where + ": text is not UTF-8 and there is no .cpg — if it is Chinese, "
                                 "read it with --source-encoding GBK (shown as Latin-1 for now)");
    }
  }
  return layer;
}

Crs choose_working_crs(const std::vector<const Layer*>& layers) {
  Box lonlat;
  Crs data_crs;
  for (const Layer* layer : layers) {
    Box extent = layer->extent();
    if (extent.empty() || layer->crs.empty()) continue;
    if (data_crs.empty()) data_crs = layer->crs;
    double centre[2] = {(extent.minx + extent.maxx) / 2, (extent.miny + extent.maxy) / 2};
    Transformer(layer->crs, layer->crs.geographic()).transform(centre);
    if (std::isfinite(centre[0])) lonlat.extend(centre[0], centre[1]);
  }
  if (lonlat.empty()) {
    return data_crs.empty() ? Crs::from_user_input("EPSG:4549") : data_crs;
  }
  return working_crs_for((lonlat.minx + lonlat.maxx) / 2, (lonlat.miny + lonlat.maxy) / 2,
                         data_crs);
}

void reproject(Layer& layer, const Crs& working, Warnings& warnings) {
  Transformer transformer(layer.crs, working);
  if (!transformer.is_identity() && !layer.stated_extent.empty()) {
    const Box& box = layer.stated_extent;
    double corners[8] = {box.minx, box.miny, box.maxx, box.miny, box.maxx, box.maxy, box.minx, box.maxy};
    transformer.transform(corners);
    layer.stated_extent = {};
    for (int i = 0; i < 8; i += 2) layer.stated_extent.extend(corners[i], corners[i + 1]);
  }
  if (!transformer.is_identity()) {
    std::size_t failed = transformer.transform(layer.coordinates());
    if (failed > 0) {
      warnings.push_back(place(layer.source, layer.name) + ": " + std::to_string(failed) +
                         " vertices could not be transformed to " + working.label() +
                         " — check the layer's CRS (--assume-crs) or choose another --crs");
    }
    layer.recompute_boxes();
  }
  layer.crs = working;
}

Layer read_layer(const std::string& source, const ReadOptions& options, const Crs& working,
                 Warnings& warnings) {
  Layer layer = read_native(source, options, warnings);
  Crs target = working.empty() ? choose_working_crs({&layer}) : working;
  reproject(layer, target, warnings);
  return layer;
}

Layer read_project_layer(const Project& project, const LayerSpec& spec, Warnings& warnings,
                         bool geometry) {
  ReadOptions options;
  options.geometry = geometry;
  options.layer = spec.layer;
  options.source_encoding = spec.source_encoding;
  if (!spec.assume_crs.empty()) {
    options.assume_crs = Crs::from_user_input(
        spec.assume_crs, place(project.file.string(), "layers." + spec.key + ".assume_crs"));
  }
  Layer layer = read_native(spec.source, options, warnings);
  layer.name = spec.key;
  layer.role = spec.role;
  return layer;
}

Crs working_crs(const Crs& crs_override, const Project* project,
                const std::vector<const Layer*>& layers) {
  if (!crs_override.empty()) return crs_override;
  if (project && !project->crs.empty()) {
    return Crs::from_user_input(project->crs, place(project->file.string(), "project.crs"));
  }
  return choose_working_crs(layers);
}

std::vector<Layer> read_project(const Project& project, const std::vector<std::string>& keys,
                                const Crs& crs_override, Warnings& warnings, bool geometry) {
  std::vector<std::string> wanted;  // keys, whether named by key or by role
  for (const std::string& key : keys) {
    const LayerSpec* spec = project.find_layer(key);
    if (!spec) {
      throw InputError(project.file.string(), "has no layer '" + key + "'",
                       "use one of the [layers.*] names in the project file");
    }
    wanted.push_back(spec->key);
  }
  std::vector<Layer> layers;
  for (const LayerSpec& spec : project.layers) {
    if (!keys.empty() && std::find(wanted.begin(), wanted.end(), spec.key) == wanted.end()) continue;
    layers.push_back(read_project_layer(project, spec, warnings, geometry));
  }
  std::vector<const Layer*> all;
  for (const Layer& layer : layers) all.push_back(&layer);
  Crs working = working_crs(crs_override, &project, all);
  for (Layer& layer : layers) reproject(layer, working, warnings);
  return layers;
}

std::vector<LayerInfo> describe(const std::string& source, const ReadOptions& options) {
  std::string user_encoding = detail::gdal_encoding_name(options.source_encoding);
  GDALDatasetUniquePtr dataset =
      open_vector(source, user_encoding.empty() ? nullptr : user_encoding.c_str());
  bool shapefile = std::string(dataset->GetDriver()->GetDescription()) == "ESRI Shapefile";
  if (!options.layer.empty()) find_layer(*dataset, source, options.layer);  // names the choices
  std::vector<LayerInfo> infos;
  for (int i = 0; i < dataset->GetLayerCount(); ++i) {
    OGRLayer& layer = *dataset->GetLayer(i);
    if (!options.layer.empty() && options.layer != layer.GetName()) continue;
    LayerInfo info;
    info.name = layer.GetName();
    info.feature_count = static_cast<std::size_t>(std::max<GIntBig>(0, layer.GetFeatureCount()));
    info.geometry_type = OGRGeometryTypeToName(layer.GetGeomType());
    if (layer.GetSpatialRef()) {
      info.crs = detail::layer_crs(layer, place(source, info.name), {}).label();
    }
    OGREnvelope envelope;
    if (layer.GetExtent(&envelope, TRUE) == OGRERR_NONE) {
      info.extent.extend(envelope.MinX, envelope.MinY);
      info.extent.extend(envelope.MaxX, envelope.MaxY);
    }
    info.encoding = "UTF-8";
    if (!user_encoding.empty()) {
      info.encoding = user_encoding;
    } else if (shapefile) {
      std::string declared = declared_encoding(layer);
      info.encoding = declared.empty() ? "none declared (no .cpg)" : declared;
    }
    infos.push_back(info);
  }
  return infos;
}

}  // namespace landplan::io
