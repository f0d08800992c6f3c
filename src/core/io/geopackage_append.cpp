// Sketched polygons into a GeoPackage layer that already exists: its CRS, its geometry type
// (single or multi, with Z or M), its fields and their types.
#include "io/geopackage_append.hpp"

#include <climits>
#include <cmath>
#include <optional>
#include <string_view>

#include "io/gdal_source.hpp"
#include "io/write_ogr.hpp"
#include "landplan/error.hpp"
#include "landplan/gcj02.hpp"

namespace landplan::io::detail {
namespace {

bool is_multi(OGRwkbGeometryType type) {
  OGRwkbGeometryType flat = wkbFlatten(type);
  return flat == wkbMultiPolygon || flat == wkbMultiSurface;
}

std::string first_failure(const GdalMessages& gdal) {
  return gdal.failures().empty() ? "" : " (" + gdal.failures().front() + ")";
}

// The sketch's coordinates in the layer's CRS (and, for a GCJ-02 layer, offset as AMap would).
Layer in_target_crs(const Layer& features, const Crs& target, bool gcj02,
                    const std::string& where) {
  Layer moved = features;
  if (Transformer(features.crs, target).transform(moved.coordinates()) > 0) {
    throw InputError(where, "the sketch cannot be put into the layer's CRS " + target.label(),
                     "draw it within the area of the layer's data");
  }
  if (gcj02) {
    std::span<double> xy = moved.coordinates();
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
      gcj02::LonLat shifted = gcj02::from_wgs84({xy[i], xy[i + 1]});
      xy[i] = shifted.lon;
      xy[i + 1] = shifted.lat;
    }
  }
  moved.crs = target;
  moved.recompute_boxes();
  return moved;
}

// Each column's field in the layer.
std::vector<int> field_indexes(OGRFeatureDefn& definition, const Layer& features,
                               const std::string& where) {
  std::vector<int> indexes;
  for (const Column& column : features.columns) {
    int index = definition.GetFieldIndex(column.name().c_str());
    if (index < 0) {
      std::string names;
      for (int i = 0; i < definition.GetFieldCount(); ++i) {
        names += (i ? ", " : "") + std::string(definition.GetFieldDefn(i)->GetNameRef());
      }
      throw InputError(where, "has no field " + column.name(),
                       "give the sketch only the layer's fields (" + names + ")");
    }
    indexes.push_back(index);
  }
  return indexes;
}

// The value into its field, refused when the field's type cannot hold it (GDAL would store 0 for
// "十二" in an integer field, and cut 3.5 to 3, without a word).
void set_value(OGRFeature& feature, int index, const Column& column, std::size_t row,
               const std::string& where) {
  if (column.is_null(row)) {
    feature.SetFieldNull(index);
    return;
  }
  OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
  bool integer = type == OFTInteger || type == OFTInteger64;
  if (!integer && type != OFTReal) {
    feature.SetField(index, column.to_string(row).c_str());
    return;
  }
  std::optional<double> value = column.number(row);
  bool fits = value && std::isfinite(*value) &&
              (!integer || (*value == std::floor(*value) &&
                            (type == OFTInteger64 || (*value >= INT_MIN && *value <= INT_MAX))));
  if (!fits) {
    throw InputError(where,
                     "field " + column.name() + ": '" + column.to_string(row) + "' is not " +
                         (integer ? "an integer the field holds" : "a number"),
                     "enter " + std::string(integer ? "a whole number" : "a number"));
  }
  if (integer && column.type() == FieldType::integer) {
    feature.SetField(index, static_cast<GIntBig>(column.integer(row)));
  } else if (integer) {
    feature.SetField(index, static_cast<GIntBig>(std::llround(*value)));
  } else {
    feature.SetField(index, *value);
  }
}

}  // namespace

void check_takes_polygons(OGRLayer& layer, const std::string& where) {
  OGRwkbGeometryType flat = wkbFlatten(layer.GetGeomType());
  if (flat == wkbUnknown || flat == wkbPolygon || flat == wkbCurvePolygon || is_multi(flat)) return;
  throw InputError(where,
                   std::string("holds ") + OGRGeometryTypeToName(flat) +
                       " geometries, and a sketched site is a polygon",
                   "save it into a layer of polygons (a relocation site, a greenhouse zone)");
}

std::vector<std::int64_t> append_polygons(GDALDataset& dataset, const Layer& features,
                                          const AppendTarget& target) {
  GdalMessages gdal;
  OGRLayer* ogr = find_layer(dataset, target.where, target.layer);
  check_takes_polygons(*ogr, target.where);
  Crs crs = layer_crs(*ogr, target.where, target.where, target.assumed);
  Layer moved = in_target_crs(features, crs, target.gcj02, target.where);
  std::vector<int> fields = field_indexes(*ogr->GetLayerDefn(), moved, target.where);
  OGRwkbGeometryType type = ogr->GetGeomType();
  OgrGeometries geometries(moved);
  std::vector<std::int64_t> fids;
  for (std::size_t f = 0; f < moved.size(); ++f) {
    if (wkbFlatten(type) == wkbPolygon && moved.part_count(f) > 1) {
      throw InputError(target.where,
                       "holds single polygons, and the sketch has " +
                           std::to_string(moved.part_count(f)) + " parts",
                       "draw it as one polygon, or save each part on its own");
    }
    OGRFeature feature(ogr->GetLayerDefn());
    std::unique_ptr<OGRGeometry> geometry =
        geometries.feature(f, is_multi(type) || moved.part_count(f) > 1);
    if (OGR_GT_HasZ(type)) geometry->set3D(TRUE);  // z = 0: a sketch has no heights
    if (OGR_GT_HasM(type)) geometry->setMeasured(TRUE);
    feature.SetGeometryDirectly(geometry.release());
    for (std::size_t c = 0; c < moved.columns.size(); ++c) {
      set_value(feature, fields[c], moved.columns[c], f, target.where);
    }
    if (ogr->CreateFeature(&feature) != OGRERR_NONE) {
      throw InputError(target.where, "could not take the sketch" + first_failure(gdal),
                       "check free space, and that no other program is writing the file");
    }
    fids.push_back(feature.GetFID());
  }
  if (!gdal.failures().empty()) {
    throw InputError(target.where, "could not take the sketch" + first_failure(gdal),
                     "check free space, and that no other program is writing the file");
  }
  return fids;
}

void refuse_pending_journal(const std::filesystem::path& geopackage) {
  // A -wal exists while any connection has the file open in WAL mode (SQLite removes it when
  // the last one closes); a rollback -journal is left empty, or removed, by a finished write.
  for (const char* suffix : {"-wal", "-journal"}) {
    std::filesystem::path journal = geopackage.string() + suffix;
    std::error_code ec;
    std::uintmax_t bytes = std::filesystem::file_size(journal, ec);
    if (ec || (bytes == 0 && std::string_view(suffix) == "-journal")) continue;
    throw InputError(geopackage.string(),
                     "is open for writing in another program, or holds its unfinished changes (" +
                         journal.filename().string() + " beside it)",
                     "close it in QGIS or any other program that has it open, then save again");
  }
}

}  // namespace landplan::io::detail
