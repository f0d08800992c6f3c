// Finding the vector datasets of a folder, as a county hands its data over in one.
#include <gdal_priv.h>

#include <algorithm>
#include <set>

#include "io/read_jzd.hpp"
#include "landplan/io/read.hpp"
#include "landplan/text.hpp"

namespace landplan::io {
namespace {

namespace fs = std::filesystem;

// The files a shapefile's .shp brings with it (ArcGIS and QGIS write the indexes and .xml).
const std::set<std::string> kShapefileParts = {".DBF", ".SHX", ".PRJ", ".CPG", ".SBN", ".SBX",
                                               ".QIX", ".XML", ".QMD", ".QPJ", ".FIX", ".ATX"};

std::string upper_extension(const fs::path& path) {
  return upper_ascii(path.extension().string());
}

// The shapefile `path` belongs to, in upper case ("DLTB.SHP.XML" and "DLTB.DBF" → "DLTB").
std::string shapefile_stem(const fs::path& path) {
  std::string name = upper_ascii(path.filename().string());
  if (name.ends_with(".SHP.XML")) return name.substr(0, name.size() - 8);
  return upper_ascii(path.stem().string());
}

}  // namespace

std::vector<fs::path> vector_datasets(const fs::path& dir) {
  if (GetGDALDriverManager()->GetDriverCount() == 0) GDALAllRegister();  // library callers
  std::vector<fs::path> entries;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir))
    entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());
  std::set<std::string> shapefiles;
  for (const fs::path& path : entries)
    if (upper_extension(path) == ".SHP") shapefiles.insert(upper_ascii(path.stem().string()));
  std::vector<fs::path> datasets;
  for (const fs::path& path : entries) {
    if (fs::is_directory(path)) {
      if (upper_extension(path) == ".GDB") datasets.push_back(path);
      continue;
    }
    if (kShapefileParts.contains(upper_extension(path)) &&
        shapefiles.contains(shapefile_stem(path)))
      continue;
    if (GDALIdentifyDriverEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr) ||
        detail::is_jzd_file(path.string()))
      datasets.push_back(path);
  }
  return datasets;
}

}  // namespace landplan::io
