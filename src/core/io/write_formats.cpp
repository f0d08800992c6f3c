// Per-format file names, creation options and finishing steps.
#include "io/write_formats.hpp"

#include <cpl_conv.h>

#include <array>
#include <fstream>

#include "landplan/error.hpp"

namespace landplan::io::detail {
namespace fs = std::filesystem;
namespace {

// A shapefile's own files, then the indexes and sidecars ArcGIS and QGIS add beside it.
constexpr std::array<const char*, 15> kShapefileParts = {".shp", ".shx", ".dbf", ".prj", ".cpg",
                                                         ".qix", ".sbn", ".sbx", ".fbn", ".fbx",
                                                         ".ain", ".aih", ".atx", ".ixs", ".mxs"};
constexpr std::array<const char*, 5> kWrittenShapefileParts = {".shp", ".shx", ".dbf", ".prj",
                                                               ".cpg"};
// CP936 is what ArcGIS and GDAL both understand as GBK in a .cpg.
constexpr const char* kGbkCodePage = "936";
// DBF language driver id 0x4D: "Chinese GBK (PRC)", read by software that ignores .cpg.
constexpr const char* kGbkLanguageDriver = "LDID/77";

void fail_writing(const fs::path& file, const std::string& why) {
  throw InputError(file.string(), "could not be written (" + why + ")",
                   "check free space and that --to can be written");
}

void write_text_file(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) fail_writing(file, "write error");
}

// Zips files (each with its name inside the zip) into `zip` and removes them. Names inside the
// zip are stored as CP936 (what Windows in China shows) plus GDAL's UTF-8 extra field (what
// unzip, 7-Zip and GDAL read).
void zip_files(const fs::path& zip, const std::vector<std::pair<fs::path, std::string>>& files) {
  CPLConfigOptionSetter names("CPL_ZIP_ENCODING", "CP936", false);
  void* handle = CPLCreateZip(zip.c_str(), nullptr);
  if (!handle) fail_writing(zip, CPLGetLastErrorMsg());
  std::vector<char> buffer(1 << 20);
  bool ok = true;
  for (const auto& [file, name] : files) {
    ok = ok && CPLCreateFileInZip(handle, name.c_str(), nullptr) == CE_None;
    std::ifstream in(file, std::ios::binary);
    while (ok && in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      ok = CPLWriteFileInZip(handle, buffer.data(), static_cast<int>(in.gcount())) == CE_None;
    }
    ok = ok && CPLCloseFileInZip(handle) == CE_None;
  }
  ok = CPLCloseZip(handle) == CE_None && ok;
  if (!ok) fail_writing(zip, CPLGetLastErrorMsg());
  for (const auto& entry : files) fs::remove(entry.first);
}

void zip_shapefile(const LayerSchema& schema, const fs::path& staging) {
  std::vector<std::pair<fs::path, std::string>> parts;
  for (const char* part : kWrittenShapefileParts) {
    fs::path file = staging / (schema.base + part);
    if (fs::exists(file)) parts.emplace_back(file, file.filename().string());
  }
  zip_files(staging / main_file_name(schema), parts);
}

// GDAL's CSV driver writes UTF-8 only: recode line by line (a line break never splits a
// character), into a new file that replaces the UTF-8 one.
void recode_csv(const fs::path& file, const TextEncoder& encoder) {
  fs::path recoded = file;
  recoded += ".gbk";
  {
    std::ifstream in(file, std::ios::binary);
    std::ofstream out(recoded, std::ios::binary | std::ios::trunc);
    for (std::string line; std::getline(in, line);) {
      std::size_t lost = 0;
      auto bytes = encoder.encode(line);
      out << (bytes ? *bytes : *encoder.encode(encoder.representable(line, "?", lost)));
      if (!in.eof()) out << '\n';
    }
    if (!out.flush()) fail_writing(file, "write error");
  }
  fs::rename(recoded, file);
}

std::string csv_cell(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

const char* driver_name(OutputFormat format) {
  switch (format) {
    case OutputFormat::gpkg:
      return "GPKG";
    case OutputFormat::geojson:
      return "GeoJSON";
    case OutputFormat::fgb:
      return "FlatGeobuf";
    case OutputFormat::csv:
      return "CSV";
    case OutputFormat::jzd:
      return "";  // written by landplan itself (io/write_jzd.cpp)
    case OutputFormat::kml:
    case OutputFormat::kmz:
      return "LIBKML";
    case OutputFormat::shp:
    case OutputFormat::shpzip:
      break;
  }
  return "ESRI Shapefile";
}

std::string gdal_file_name(const LayerSchema& schema) {
  switch (schema.format) {
    case OutputFormat::gpkg:
      return schema.base + ".gpkg";
    case OutputFormat::geojson:
      return schema.base + ".geojson";
    case OutputFormat::fgb:
      return schema.base + ".fgb";
    case OutputFormat::csv:
      return schema.base + ".csv";
    case OutputFormat::jzd:
      return schema.base + ".txt";
    case OutputFormat::kml:
    case OutputFormat::kmz:  // the document, zipped afterwards as the KMZ's doc.kml
      return schema.base + ".kml";
    case OutputFormat::shp:
    case OutputFormat::shpzip:
      break;
  }
  return schema.base + ".shp";
}

std::string main_file_name(const LayerSchema& schema) {
  if (schema.format == OutputFormat::shpzip) return schema.base + ".shp.zip";
  if (schema.format == OutputFormat::kmz) return schema.base + ".kmz";
  if (schema.format == OutputFormat::shp && schema.layer->kind == GeometryKind::none) {
    return schema.base + ".dbf";
  }
  return gdal_file_name(schema);
}

std::vector<std::string> file_family(const LayerSchema& schema) {
  std::vector<std::string> family;
  switch (schema.format) {
    case OutputFormat::shp:
      for (const char* part : kShapefileParts) family.push_back(schema.base + part);
      break;
    case OutputFormat::gpkg:
      for (const char* part : {"", "-wal", "-shm", "-journal"}) {
        family.push_back(schema.base + ".gpkg" + part);
      }
      break;
    case OutputFormat::csv:
      for (const char* part : {".csv", ".csvt", ".prj"}) family.push_back(schema.base + part);
      break;
    case OutputFormat::shpzip:
    case OutputFormat::geojson:
    case OutputFormat::fgb:
    case OutputFormat::jzd:
    case OutputFormat::kml:
    case OutputFormat::kmz:
      family.push_back(main_file_name(schema));
      break;
  }
  family.push_back(field_map_name(schema));
  return family;
}

std::vector<std::string> layer_creation_options(const LayerSchema& schema, TextEncoding encoding,
                                                const std::string& fid_name,
                                                const std::string& geometry_name) {
  bool gbk = encoding == TextEncoding::gbk;
  switch (schema.format) {
    case OutputFormat::shp:
    case OutputFormat::shpzip:
      return {std::string("ENCODING=") + (gbk ? kGbkLanguageDriver : "UTF-8"), "SPATIAL_INDEX=NO",
              "2GB_LIMIT=YES"};
    case OutputFormat::gpkg:
      return {"FID=" + fid_name, "GEOMETRY_NAME=" + geometry_name};
    case OutputFormat::csv:
      // A byte order mark makes Excel and WPS read UTF-8; GBK needs none.
      return {"GEOMETRY=AS_WKT", "GEOMETRY_NAME=" + geometry_name, "CREATE_CSVT=YES",
              std::string("WRITE_BOM=") + (gbk ? "NO" : "YES")};
    case OutputFormat::geojson:
      return {"RFC7946=NO"};  // keeps the CRS, not only WGS 84
    case OutputFormat::jzd:
      return {};
    case OutputFormat::kml:
    case OutputFormat::kmz:
      // A <Folder> named after the layer; its id (the OGR layer name) is kept ASCII, since LIBKML
      // turns other characters into '_' and two Chinese names could then share one id.
      return {"FOLDER=YES", "NAME=" + schema.layer->name};
    case OutputFormat::fgb:
      break;
  }
  // FlatGeobuf's spatial index reorders features along a Hilbert curve; without it the file
  // keeps the layer's order, like every other format (and like the summary and fields.csv).
  return {"SPATIAL_INDEX=NO"};
}

void finish_files(const LayerSchema& schema, const fs::path& staging, const TextEncoder& encoder) {
  bool gbk = encoder.encoding() == TextEncoding::gbk;
  if (is_shapefile(schema.format) && gbk) {
    write_text_file(staging / (schema.base + ".cpg"), kGbkCodePage);
  }
  if (schema.format == OutputFormat::shpzip) zip_shapefile(schema, staging);
  // Google Earth and 奥维 open the KMZ's first .kml, by convention doc.kml at its root.
  if (schema.format == OutputFormat::kmz) {
    zip_files(staging / main_file_name(schema), {{staging / gdal_file_name(schema), "doc.kml"}});
  }
  if (schema.format == OutputFormat::csv && gbk)
    recode_csv(staging / gdal_file_name(schema), encoder);
}

std::string field_map_name(const LayerSchema& schema) {
  return schema.base + ".fields.csv";
}

void write_field_map(const LayerSchema& schema, const fs::path& file) {
  std::string text = "\xEF\xBB\xBFlong_name,short_name\n";
  for (std::size_t i = 0; i < schema.columns.size(); ++i) {
    text +=
        csv_cell(schema.layer->columns[i].name()) + "," + csv_cell(schema.columns[i].name) + "\n";
  }
  write_text_file(file, text);
}

}  // namespace landplan::io::detail
