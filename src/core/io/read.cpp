// Reading GDAL layers into the flat Layer, and bringing layers into one working CRS.
#include "landplan/io/read.hpp"

#include <cpl_string.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <optional>

#include "io/arrow_read.hpp"
#include "io/crs_fit.hpp"
#include "io/gdal_source.hpp"
#include "io/geometry_sink.hpp"
#include "io/ogr_values.hpp"
#include "io/read_jzd.hpp"
#include "io/read_gcj02.hpp"
#include "io/shapefile_check.hpp"
#include "landplan/gcj02.hpp"
#include "landplan/text.hpp"

namespace landplan::io {
namespace {

using detail::declared_encoding;
using detail::field_type;
using detail::find_layer;
using detail::layer_kind;
using detail::open_vector;
using detail::read_attribute;
using detail::recoded;
using detail::value_kind;

struct OpenedLayer {
  GDALDatasetUniquePtr dataset;
  OGRLayer* layer = nullptr;
  std::string encoding;     // how the text was decoded
  bool raw_text = false;    // text arrives undecoded and must be checked for UTF-8
  std::string recode_from;  // the user's encoding, where the driver cannot apply it (CSV)
  std::string undeclared = "there is no .cpg";  // why raw text has no known encoding
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
    if (std::string read_as = detail::jzd_encoding(*opened.dataset); !read_as.empty()) {
      opened.encoding = read_as;  // the TXT reader decoded the text itself
      return opened;
    }
    // Only the shapefile driver takes an ENCODING; for the others (a GBK CSV landplan wrote)
    // landplan recodes the text itself.
    bool shapefile = std::string(opened.dataset->GetDriver()->GetDescription()) == "ESRI Shapefile";
    if (!shapefile && encoding != "UTF-8") opened.recode_from = encoding;
    return opened;
  }
  opened.dataset = open_vector(source, nullptr);
  opened.layer = find_layer(*opened.dataset, source, options.layer);
  opened.encoding = "UTF-8";
  if (std::string read_as = detail::jzd_encoding(*opened.dataset); !read_as.empty()) {
    opened.encoding = read_as;
    return opened;
  }
  std::string driver = opened.dataset->GetDriver()->GetDescription();
  if (driver == "CSV") {
    // GDAL passes a CSV's bytes through as they are: GBK text (as `export --format csv
    // --encoding GBK` writes it) is checked like a shapefile's without .cpg.
    opened.raw_text = true;
    opened.undeclared = "a CSV declares no encoding";
    return opened;
  }
  if (driver != "ESRI Shapefile") return opened;
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

bool is_shapefile(const OpenedLayer& opened) {
  return opened.dataset->GetDriver() &&
         std::string(opened.dataset->GetDriver()->GetDescription()) == "ESRI Shapefile";
}

// A damaged shapefile is a data fault (Warnings::fault), found from its own bookkeeping before
// GDAL reads it: what GDAL makes of damaged records would only be confusing.
void check_shapefile_before_reading(const OpenedLayer& opened, const std::string& source,
                                    const std::string& where, Warnings& warnings) {
  if (is_shapefile(opened)) {
    detail::ShapefileCheck check = detail::check_shapefile(source);
    if (check.damage) {
      warnings.fault(where, "the shapefile is damaged: " + *check.damage,
                     "export it again from its source");
    }
    if (check.deleted > 0) {
      warnings.push_back(where + ": the .dbf marks " + std::to_string(check.deleted) +
                         (check.deleted == 1 ? " record" : " records") +
                         " deleted — left out, as the format means (fids skip them)");
    }
  }
}

// Everything that says the layer was misread or is incomplete is a data fault (Warnings::fault):
// results built on it would be confidently wrong. What is only unusual stays a warning.
void check_what_was_read(Layer& layer, const OpenedLayer& opened, bool crs_assumed,
                         const detail::GdalMessages& gdal, bool saw_invalid_utf8,
                         Warnings& warnings) {
  std::string where = place(layer.source, layer.name);
  // The shapefile driver warns only of values it could not read (a number that is not one, text
  // not in the encoding): misread attributes, such as 0 households where the file says 8.
  for (const std::string& message : gdal.warnings()) {
    if (is_shapefile(opened)) {
      warnings.fault(where, "GDAL misread a value (" + message + ")",
                     "the .dbf is damaged, or its encoding is not the one read (rare characters "
                     "need --source-encoding GB18030)");
    } else {
      warnings.push_back(where + ": GDAL: " + message);
    }
  }
  if (!gdal.failures().empty()) {
    warnings.fault(where, "GDAL could not read all of it (" + gdal.failures().front() + ")",
                   "the file is damaged or incomplete: export it again from its source");
  }
  if (!opened.raw_text && has_invalid_text(layer)) {
    warnings.fault(where, "text is not valid " + opened.encoding + " as declared (.cpg or source)",
                   "if it is Chinese, read it with --source-encoding GBK");
  }
  if (auto contradiction = detail::crs_contradiction(layer, crs_assumed)) {
    if (contradiction->certain) {
      warnings.fault(where, contradiction->problem, contradiction->remedy);
    } else {
      warnings.push_back(where + ": " + contradiction->problem + " — " + contradiction->remedy);
    }
  }
  if (opened.raw_text) {
    layer.encoding = saw_invalid_utf8 ? "ISO-8859-1 (guessed, no .cpg)" : "UTF-8 (no .cpg)";
    if (saw_invalid_utf8) {
      warnings.fault(where, "text is not UTF-8 and " + opened.undeclared,
                     "if it is Chinese, read it with --source-encoding GBK" +
                         std::string(is_shapefile(opened) ? " (or add a .cpg holding 936)" : ""));
    }
  }
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
  check_shapefile_before_reading(opened, source, where, warnings);
  for (const std::string& line : detail::jzd_warnings(*opened.dataset)) {
    warnings.push_back(where + ": " + line);
  }
  layer.source_crs = detail::layer_crs(ogr_layer, source, where, options.assume_crs);
  if (options.gcj02) detail::check_gcj02_source(layer.source_crs, where, options.geometry);
  layer.crs = layer.source_crs;
  layer.kind = layer_kind(ogr_layer.GetGeomType());

  OGRFeatureDefn* definition = ogr_layer.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    const OGRFieldDefn* field = definition->GetFieldDefn(i);
    std::string name = field->GetNameRef();
    if (opened.raw_text && !is_valid_utf8(name)) name = latin1_to_utf8(name);
    if (!opened.recode_from.empty()) name = recoded(name, opened.recode_from);
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
  if (opened.raw_text || !opened.recode_from.empty() || !options.geometry ||
      !detail::read_arrow_stream(ogr_layer, layer, sink)) {
    ogr_layer.ResetReading();
    for (auto& feature : ogr_layer) {
      sink.begin_feature(feature->GetFID());
      if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
        detail::append_ogr(*geometry, sink);
      }
      sink.end_feature();
      for (int i = 0; i < static_cast<int>(layer.columns.size()); ++i) {
        read_attribute(*feature, i, layer.columns[i], opened.raw_text, opened.recode_from,
                       saw_invalid_utf8);
      }
    }
  }
  check_what_was_read(layer, opened, ogr_layer.GetSpatialRef() == nullptr, gdal_messages,
                      saw_invalid_utf8, warnings);
  // Before any reprojection: the offset is defined on longitude/latitude.
  if (options.gcj02) detail::convert_gcj02(layer, warnings);
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
    double corners[8] = {box.minx, box.miny, box.maxx, box.miny,
                         box.maxx, box.maxy, box.minx, box.maxy};
    transformer.transform(corners);
    layer.stated_extent = {};
    for (int i = 0; i < 8; i += 2) layer.stated_extent.extend(corners[i], corners[i + 1]);
  }
  if (!transformer.is_identity()) {
    std::size_t failed = transformer.transform(layer.coordinates());
    if (failed > 0) {
      warnings.fault(
          place(layer.source, layer.name),
          std::to_string(failed) + " vertices could not be transformed to " + working.label(),
          "check the layer's CRS (--assume-crs) or choose another --crs");
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
    set_assumed_crs(options, spec.assume_crs,
                    place(project.file.string(), "layers." + spec.key + ".assume_crs"));
  }
  Layer layer = read_native(spec.source, options, warnings);
  // A mapping to a field the layer lacks would leave the meaning silently unmapped.
  for (const auto& [meaning, field] : spec.fields) {
    layer.field(field, place(project.file.string(), "layers." + spec.key + ".fields." + meaning));
  }
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
    if (!keys.empty() && std::find(wanted.begin(), wanted.end(), spec.key) == wanted.end())
      continue;
    layers.push_back(read_project_layer(project, spec, warnings, geometry));
  }
  std::vector<const Layer*> all;
  for (const Layer& layer : layers) all.push_back(&layer);
  Crs working = working_crs(crs_override, &project, all);
  for (Layer& layer : layers) reproject(layer, working, warnings);
  return layers;
}

void set_assumed_crs(ReadOptions& options, std::string_view text, const std::string& what) {
  options.gcj02 = gcj02::is_gcj02_name(text);
  options.assume_crs = Crs::from_user_input(options.gcj02 ? "EPSG:4326" : text, what);
}

std::vector<std::string> layer_names(const std::string& source) {
  GDALDatasetUniquePtr dataset = detail::open_vector(source, nullptr);
  std::vector<std::string> names;
  for (int i = 0; i < dataset->GetLayerCount(); ++i)
    names.push_back(dataset->GetLayer(i)->GetName());
  return names;
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
      info.crs = detail::layer_crs(layer, source, place(source, info.name), {}).label();
    } else if (auto prj = detail::shapefile_prj(source, info.name)) {
      info.crs = "unreadable " + prj->filename().string();  // GDAL ignored it
    }
    OGREnvelope envelope;
    if (layer.GetExtent(&envelope, TRUE) == OGRERR_NONE) {
      info.extent.extend(envelope.MinX, envelope.MinY);
      info.extent.extend(envelope.MaxX, envelope.MaxY);
    }
    info.encoding = "UTF-8";
    if (std::string read_as = detail::jzd_encoding(*dataset); !read_as.empty()) {
      info.encoding = read_as;
    } else if (!user_encoding.empty()) {
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
