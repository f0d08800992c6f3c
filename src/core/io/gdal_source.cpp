// Opening GDAL vector sources with messages that name the file and say what to do.
#include "io/gdal_source.hpp"

#include <cpl_error.h>
#include <cpl_string.h>

#include <algorithm>
#include <filesystem>

#include "landplan/error.hpp"
#include "landplan/io/postgis.hpp"
#include "landplan/text.hpp"

namespace landplan::io::detail {

GdalMessages::GdalMessages() { CPLPushErrorHandlerEx(&GdalMessages::collect, this); }

GdalMessages::~GdalMessages() { CPLPopErrorHandler(); }

void CPL_STDCALL GdalMessages::collect(CPLErr level, CPLErrorNum, const char* message) {
  if (level < CE_Warning || !message) return;
  auto* self = static_cast<GdalMessages*>(CPLGetErrorHandlerUserData());
  if (self->lines_.size() < 20) self->lines_.push_back(one_line(message));
}

bool is_connection(const std::string& source) {
  return is_postgis_source(source) || source.starts_with("/vsi") ||
         source.find("://") != std::string::npos;
}

std::string gdal_encoding_name(const std::string& user_encoding) {
  std::string upper = user_encoding;
  std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
  if (upper == "GBK" || upper == "936" || upper == "CP936" || upper == "GB2312") return "CP936";
  if (upper == "UTF8" || upper == "UTF-8") return "UTF-8";
  return upper;
}

GDALDatasetUniquePtr open_vector(const std::string& source, const char* encoding) {
  if (!is_connection(source) && !std::filesystem::exists(source)) {
    throw InputError(source, "no such file or folder", "check the path");
  }
  // GDAL would report a failed connection as "cannot read it as vector data"; connecting first
  // says what is wrong (server down, password refused, no PostGIS).
  if (is_postgis_source(source)) PgConnection check(source);
  CPLErrorHandlerPusher quiet(CPLQuietErrorHandler);
  CPLErrorReset();
  CPLStringList open_options;
  if (encoding) open_options.SetNameValue("ENCODING", encoding);
  std::string name = is_postgis_source(source) ? gdal_connection(source) : source;
  GDALDatasetUniquePtr dataset(GDALDataset::Open(name.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                 nullptr, open_options.List(), nullptr));
  if (!dataset) {
    std::string why = one_line(CPLGetLastErrorMsg());
    throw InputError(source,
                     "GDAL cannot read it as vector data" + (why.empty() ? "" : " (" + why + ")"),
                     "check that the file is complete (a .shp needs its .shx and .dbf)");
  }
  return dataset;
}

OGRLayer* find_layer(GDALDataset& dataset, const std::string& source, const std::string& name) {
  int count = dataset.GetLayerCount();
  if (count == 0) throw InputError(source, "holds no vector layers", "check the file");
  if (name.empty() && count == 1) return dataset.GetLayer(0);
  if (!name.empty()) {
    if (OGRLayer* layer = dataset.GetLayerByName(name.c_str())) return layer;
  }
  std::string names;
  for (int i = 0; i < count; ++i) {
    names += (i ? ", " : "") + std::string(dataset.GetLayer(i)->GetName());
  }
  if (name.empty()) {
    throw InputError(source, "holds " + std::to_string(count) + " layers (" + names + ")",
                     "choose one with --layer");
  }
  throw InputError(source, "has no layer '" + name + "'", "the layers are: " + names);
}

Crs layer_crs(OGRLayer& layer, const std::string& where, const Crs& assumed) {
  const OGRSpatialReference* srs = layer.GetSpatialRef();
  if (!srs) {
    if (!assumed.empty()) return assumed;
    if (is_postgis_source(where)) {
      throw InputError(where, "has no SRID (its geometry column's SRID is 0)",
                       "set it in the database with UpdateGeometrySRID, or name it with "
                       "--assume-crs EPSG:4549 (or assume_crs in project.toml)");
    }
    throw InputError(where, "has no CRS (no .prj or no SRS declared)",
                     "name it with --assume-crs EPSG:4549 (or assume_crs in project.toml)");
  }
  const char* authority = srs->GetAuthorityName(nullptr);
  const char* code = srs->GetAuthorityCode(nullptr);
  if (authority && code && std::string(authority) == "EPSG") {
    return Crs::from_user_input(std::string("EPSG:") + code, where);
  }
  char* wkt = nullptr;
  const char* options[] = {"FORMAT=WKT2_2019", nullptr};
  srs->exportToWkt(&wkt, options);
  std::string text = wkt ? wkt : "";
  CPLFree(wkt);
  return Crs::from_user_input(text, where);
}

std::string declared_encoding(OGRLayer& layer) {
  const char* from_cpg = layer.GetMetadataItem("ENCODING_FROM_CPG", "SHAPEFILE");
  const char* from_ldid = layer.GetMetadataItem("ENCODING_FROM_LDID", "SHAPEFILE");
  if (!from_cpg && !from_ldid) return "";
  const char* used = layer.GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE");
  return used ? used : "";
}

}  // namespace landplan::io::detail
