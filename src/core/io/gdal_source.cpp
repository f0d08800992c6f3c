// Opening GDAL vector sources with messages that name the file and say what to do.
#include "io/gdal_source.hpp"

#include <cpl_error.h>
#include <cpl_string.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>

#include "io/read_jzd.hpp"
#include "landplan/error.hpp"
#include "landplan/io/postgis.hpp"
#include "landplan/text.hpp"

namespace landplan::io::detail {

GdalMessages::GdalMessages() {
  CPLPushErrorHandlerEx(&GdalMessages::collect, this);
}

GdalMessages::~GdalMessages() {
  CPLPopErrorHandler();
}

void CPL_STDCALL GdalMessages::collect(CPLErr level, CPLErrorNum, const char* message) {
  if (level < CE_Warning || !message) return;
  auto* self = static_cast<GdalMessages*>(CPLGetErrorHandlerUserData());
  std::vector<std::string>& lines = level == CE_Warning ? self->warnings_ : self->failures_;
  if (lines.size() < 20) lines.push_back(one_line(message));
}

bool is_connection(const std::string& source) {
  return is_postgis_source(source) || source.starts_with("/vsi") ||
         source.find("://") != std::string::npos;
}

std::string gdal_encoding_name(const std::string& user_encoding) {
  std::string upper = upper_ascii(user_encoding);
  if (upper == "GBK" || upper == "936" || upper == "CP936" || upper == "GB2312") return "CP936";
  if (upper == "UTF8" || upper == "UTF-8") return "UTF-8";
  return upper;
}

namespace {

// The CRS reference at the start of a text file (GeoJSON "crs", GML srsName), for messages.
std::string crs_named_in(const std::string& source) {
  std::string head(64 * 1024, '\0');
  std::ifstream in(source, std::ios::binary);
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  static const std::regex reference(
      R"((urn:ogc:def:crs:[^"'<>\s]+|https?://www\.opengis\.net/def/crs/[^"'<>\s]+))");
  static const std::regex geojson_name(R"x("crs"\s*:\s*\{[^}]*"name"\s*:\s*"([^"]*)")x");
  std::smatch found;
  if (std::regex_search(head, found, reference)) return found[1];
  if (std::regex_search(head, found, geojson_name)) return found[1];
  return "";
}

// GDAL takes a GeoJSON "crs" it cannot resolve for WGS 84, for some ("foo") without a word:
// the name goes through landplan's own parser, which refuses what it does not know.
void check_geojson_crs(GDALDataset& dataset, const std::string& source) {
  if (dataset.GetLayerCount() != 1) return;
  const OGRSpatialReference* srs = dataset.GetLayer(0)->GetSpatialRef();
  if (!srs || std::string_view(srs->GetName()) != "WGS 84") return;
  if (std::string named = crs_named_in(source); !named.empty()) {
    Crs::from_user_input(named, source);
  }
}

}  // namespace

GDALDatasetUniquePtr open_vector(const std::string& source, const char* encoding) {
  if (!is_connection(source) && !std::filesystem::exists(source)) {
    throw InputError(source, "no such file or folder", "check the path");
  }
  // GDAL would report a failed connection as "cannot read it as vector data"; connecting first
  // says what is wrong (server down, password refused, no PostGIS).
  if (is_postgis_source(source)) PgConnection check(source);
  GdalMessages messages;
  if (is_jzd_file(source)) return open_jzd(source, encoding);
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
  // A CRS the file names but PROJ does not know (a GeoJSON "crs" of EPSG::999999): GDAL says
  // so and goes on with WGS 84, which would put metre data in degrees.
  std::vector<std::string> lines = messages.failures();
  lines.insert(lines.end(), messages.warnings().begin(), messages.warnings().end());
  for (const std::string& line : lines) {
    if (!line.starts_with("PROJ: ")) continue;
    std::string named = crs_named_in(source);
    std::string crs = named.empty() ? "a CRS" : "the CRS '" + named + "'";
    throw InputError(source, "declares " + crs + ", which PROJ does not know (" + line + ")",
                     "correct the CRS the file names, e.g. urn:ogc:def:crs:EPSG::4549");
  }
  if (std::string(dataset->GetDriver()->GetDescription()) == "GeoJSON") {
    check_geojson_crs(*dataset, source);
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

std::optional<std::filesystem::path> shapefile_prj(const std::string& source,
                                                   const std::string& layer) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path shp =
      fs::is_directory(source, error) ? fs::path(source) / (layer + ".shp") : fs::path(source);
  std::string ext = shp.extension().string();
  if (ext != ".shp" && ext != ".SHP") return std::nullopt;
  for (const char* prj_ext : {".prj", ".PRJ"}) {
    fs::path prj = fs::path(shp).replace_extension(prj_ext);
    if (fs::exists(prj, error)) return prj;
  }
  return std::nullopt;
}

Crs layer_crs(OGRLayer& layer, const std::string& source, const std::string& where,
              const Crs& assumed) {
  const OGRSpatialReference* srs = layer.GetSpatialRef();
  if (!srs) {
    if (!assumed.empty()) return assumed;
    // GDAL drops a .prj it cannot parse without a word: the layer then looks as if it had none.
    if (auto prj = shapefile_prj(source, layer.GetName())) {
      throw InputError(where, "its " + prj->filename().string() + " is unreadable (not a CRS)",
                       "correct " + prj->string() +
                           " (export it again), or read the layer with --assume-crs EPSG:4549 "
                           "(or assume_crs in project.toml), which replaces it");
    }
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
