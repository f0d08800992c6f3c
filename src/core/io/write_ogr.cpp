// Layer → OGR: the dataset, its fields, and each feature's geometry and values.
#include "io/write_ogr.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

#include "io/gdal_source.hpp"
#include "io/write_formats.hpp"
#include "io/write_names.hpp"

namespace landplan::io::detail {
namespace {

[[noreturn]] void fail(const LayerSchema& schema, const std::string& what,
                       const GdalMessages& gdal) {
  // What GDAL reported while writing the file: its first failure names the cause.
  const auto& failures = gdal.failures();
  throw InputError(schema.where, what + (failures.empty() ? "" : " (" + failures.front() + ")"),
                   "check free space and that --to can be written");
}

OGRwkbGeometryType geometry_type(const LayerSchema& schema) {
  switch (schema.layer->kind) {
    case GeometryKind::point:
      return schema.multi ? wkbMultiPoint : wkbPoint;
    case GeometryKind::line:
      return schema.multi ? wkbMultiLineString : wkbLineString;
    case GeometryKind::polygon:
      return schema.multi ? wkbMultiPolygon : wkbPolygon;
    case GeometryKind::none:
      break;
  }
  return schema.format == OutputFormat::fgb ? wkbUnknown : wkbNone;
}

// The layer's CRS for GDAL, with x = east and y = north as the Layer stores coordinates.
std::unique_ptr<OGRSpatialReference> spatial_reference(const Crs& crs) {
  if (crs.empty()) return nullptr;
  auto srs = std::make_unique<OGRSpatialReference>();
  std::string id = crs.id();
  OGRErr err =
      id.empty() ? srs->importFromWkt(crs.wkt().c_str()) : srs->SetFromUserInput(id.c_str());
  if (err != OGRERR_NONE) return nullptr;
  srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return srs;
}

class FeatureWriter {
 public:
  FeatureWriter(const LayerSchema& schema, OGRLayer& ogr, const TextEncoder& encoder)
      : schema_(schema), layer_(*schema.layer), ogr_(ogr), encoder_(encoder), geometries_(layer_) {}

  // False when the format cannot hold the feature (FlatGeobuf and null geometries).
  bool write(std::size_t f, GdalMessages& gdal) {
    if (schema_.format == OutputFormat::fgb && layer_.is_null(f)) return false;
    OGRFeature feature(ogr_.GetLayerDefn());
    if (schema_.keep_fids) feature.SetFID(layer_.fid(f));
    if (!layer_.is_null(f))
      feature.SetGeometryDirectly(geometries_.feature(f, schema_.multi).release());
    for (std::size_t c = 0; c < layer_.columns.size(); ++c) set_value(feature, c, f);
    if (const PlacemarkExtras* placemark = schema_.placemark) {
      int name = static_cast<int>(layer_.columns.size());
      if (placemark->name && !placemark->name->is_null(f)) {
        feature.SetField(name, placemark->name->to_string(f).c_str());
      }
      if (!placemark->styles[f].empty()) feature.SetStyleString(placemark->styles[f].c_str());
    }
    if (ogr_.CreateFeature(&feature) != OGRERR_NONE) {
      fail(schema_, "could not write feature " + std::to_string(layer_.fid(f)), gdal);
    }
    return true;
  }

 private:
  void set_value(OGRFeature& feature, std::size_t c, std::size_t row) {
    const Column& column = layer_.columns[c];
    const ColumnSchema& schema = schema_.columns[c];
    int i = static_cast<int>(c);
    if (column.is_null(row)) {
      feature.SetFieldNull(i);
    } else if (schema.numbers_as_text) {
      feature.SetField(i, column.to_string(row).c_str());
    } else if (column.type() == FieldType::integer) {
      feature.SetField(i, static_cast<GIntBig>(column.integer(row)));
    } else if (column.type() == FieldType::real) {
      auto value = fitted_real(column.real(row), schema);
      value ? feature.SetField(i, *value) : feature.SetFieldNull(i);
    } else {
      feature.SetField(i, fitted_text(column.text(row), schema, encoder_).c_str());
    }
  }

  const LayerSchema& schema_;
  const Layer& layer_;
  OGRLayer& ogr_;
  const TextEncoder& encoder_;
  OgrGeometries geometries_;
};

void create_fields(const LayerSchema& schema, OGRLayer& ogr, GdalMessages& gdal) {
  for (const ColumnSchema& column : schema.columns) {
    OGRFieldDefn field(column.name.c_str(), column.type);
    field.SetSubType(column.subtype);
    field.SetWidth(column.width);
    field.SetPrecision(column.precision);
    if (ogr.CreateField(&field) != OGRERR_NONE) {
      fail(schema, "could not create the field " + column.name, gdal);
    }
  }
  if (schema.placemark) {
    OGRFieldDefn name(schema.placemark->name_field.c_str(), OFTString);
    if (ogr.CreateField(&name) != OGRERR_NONE) fail(schema, "could not create its names", gdal);
  }
  // The names were made to fit; a driver renaming one anyway would make fields.csv lie.
  OGRFeatureDefn* definition = ogr.GetLayerDefn();
  for (std::size_t i = 0; i < schema.columns.size(); ++i) {
    std::string actual = definition->GetFieldDefn(static_cast<int>(i))->GetNameRef();
    if (actual != schema.columns[i].name) {
      throw std::logic_error("GDAL renamed field " + schema.columns[i].name + " to " + actual);
    }
  }
}

std::vector<std::string> column_names(const LayerSchema& schema) {
  std::vector<std::string> names;
  for (const ColumnSchema& column : schema.columns) names.push_back(column.name);
  return names;
}

}  // namespace

template <typename Curve>
std::unique_ptr<Curve> OgrGeometries::curve(std::size_t ring_index) {
  RingView ring = layer_.ring(ring_index);
  points_.resize(ring.size);
  for (std::size_t i = 0; i < ring.size; ++i) points_[i] = OGRRawPoint(ring.x(i), ring.y(i));
  auto out = std::make_unique<Curve>();
  out->setPoints(static_cast<int>(ring.size), points_.data());
  return out;
}

std::unique_ptr<OGRGeometry> OgrGeometries::part(std::size_t p) {
  auto [first, last] = layer_.rings(p);
  switch (layer_.kind) {
    case GeometryKind::point: {
      RingView ring = layer_.ring(first);
      return std::make_unique<OGRPoint>(ring.x(0), ring.y(0));
    }
    case GeometryKind::line:
      return curve<OGRLineString>(first);
    case GeometryKind::polygon:
    case GeometryKind::none:
      break;
  }
  auto polygon = std::make_unique<OGRPolygon>();
  for (std::size_t r = first; r < last; ++r) {
    polygon->addRingDirectly(curve<OGRLinearRing>(r).release());
  }
  return polygon;
}

std::unique_ptr<OGRGeometry> OgrGeometries::feature(std::size_t f, bool multi) {
  auto [first, last] = layer_.parts(f);
  if (!multi) return part(first);
  std::unique_ptr<OGRGeometryCollection> collection;
  switch (layer_.kind) {
    case GeometryKind::point:
      collection = std::make_unique<OGRMultiPoint>();
      break;
    case GeometryKind::line:
      collection = std::make_unique<OGRMultiLineString>();
      break;
    case GeometryKind::polygon:
    case GeometryKind::none:
      collection = std::make_unique<OGRMultiPolygon>();
      break;
  }
  for (std::size_t p = first; p < last; ++p) collection->addGeometryDirectly(part(p).release());
  return collection;
}

std::size_t write_layer(GDALDataset& dataset, const LayerSchema& schema,
                        const std::vector<std::string>& creation_options,
                        const TextEncoder& encoder, Warnings& warnings) {
  GdalMessages gdal;
  CPLStringList option_list;
  for (const std::string& option : creation_options) option_list.AddString(option.c_str());
  auto srs = spatial_reference(schema.layer->crs);
  if (!srs) warnings.push_back(schema.where + ": the layer has no known CRS — none written");
  // Shapefile and FlatGeobuf layers take their name from the file; GeoPackage, GeoJSON and
  // PostGIS keep the layer's own name.
  const std::string& name = schema.placemark ? schema.placemark->id : schema.layer->name;
  OGRLayer* ogr =
      dataset.CreateLayer(name.c_str(), srs.get(), geometry_type(schema), option_list.List());
  if (!ogr) fail(schema, "could not be created", gdal);
  create_fields(schema, *ogr, gdal);
  FeatureWriter writer(schema, *ogr, encoder);
  std::size_t written = 0, skipped = 0;
  for (std::size_t f = 0; f < schema.layer->size(); ++f) {
    if (writer.write(f, gdal)) {
      ++written;
    } else {
      ++skipped;
    }
  }
  if (!gdal.failures().empty()) fail(schema, "could not be written", gdal);
  if (skipped > 0) {
    warnings.push_back(schema.where + ": " + std::to_string(skipped) +
                       (skipped == 1 ? " feature" : " features") +
                       " without geometry left out — FlatGeobuf cannot hold them; use "
                       "--format gpkg to keep them");
  }
  for (const std::string& message : gdal.warnings()) {
    warnings.push_back(schema.where + ": GDAL: " + message);
  }
  return written;
}

std::size_t write_dataset(const LayerSchema& schema, const std::filesystem::path& staging,
                          const TextEncoder& encoder, Warnings& warnings) {
  GdalMessages gdal;
  std::filesystem::path file = staging / gdal_file_name(schema);
  if (GetGDALDriverManager()->GetDriverCount() == 0) GDALAllRegister();  // library callers
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driver_name(schema.format));
  if (!driver) throw std::runtime_error(std::string("GDAL has no ") + driver_name(schema.format));
  // A GeoPackage already begun in the staging folder takes this layer as one more.
  GDALDatasetUniquePtr dataset(
      schema.format == OutputFormat::gpkg && std::filesystem::exists(file)
          ? GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE)
          : driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset) fail(schema, "could not be created", gdal);

  std::vector<std::string> names = column_names(schema);
  // "WKT" is the geometry column GDAL and QGIS look for in a CSV; "geom" is GeoPackage's custom.
  std::string geometry_name = schema.format == OutputFormat::csv ? "WKT" : "geom";
  std::vector<std::string> options = layer_creation_options(
      schema, encoder.encoding(), free_name("fid", names), free_name(geometry_name, names));
  bool transaction = dataset->StartTransaction() == OGRERR_NONE;  // GeoPackage: one commit
  std::size_t written = write_layer(*dataset, schema, options, encoder, warnings);
  if (transaction && dataset->CommitTransaction() != OGRERR_NONE) {
    fail(schema, "could not be written", gdal);
  }
  dataset.reset();  // closes and flushes
  if (!gdal.failures().empty()) fail(schema, "could not be written", gdal);
  return written;
}

}  // namespace landplan::io::detail
