// The coordinate-exchange TXT as an in-memory GDAL dataset. Why not a GDAL driver of our own: a
// driver's open callback runs inside GDALOpenEx, which an exception must not cross (it would
// leave GDAL's open-recursion guard set), so the parser's line-numbered InputError and its
// warnings could reach the user only as GDAL's "cannot open" text. Opened here, before GDAL,
// both arrive as they are, and the dataset GDAL gets is its own Memory driver's.
#include "io/read_jzd.hpp"

#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "io/jzd_format.hpp"
#include "io/jzd_parse.hpp"
#include "landplan/error.hpp"

namespace landplan::io::detail {
namespace {

// The metadata domain that marks a dataset as made here and carries what the parse found.
constexpr const char* kDomain = "LANDPLAN_JZD";

std::string file_bytes(const std::string& source, std::size_t limit) {
  std::ifstream in(source, std::ios::binary);
  std::string bytes(limit, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(limit));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::unique_ptr<OGRPolygon> polygon_of(const std::vector<std::vector<double>>& rings) {
  auto polygon = std::make_unique<OGRPolygon>();
  for (const std::vector<double>& xy : rings) {
    auto ring = std::make_unique<OGRLinearRing>();
    ring->setNumPoints(static_cast<int>(xy.size() / 2), FALSE);
    for (std::size_t i = 0; i < xy.size() / 2; ++i)
      ring->setPoint(static_cast<int>(i), xy[2 * i], xy[2 * i + 1]);
    polygon->addRingDirectly(ring.release());
  }
  return polygon;
}

std::unique_ptr<OGRGeometry> geometry_of(const JzdPlot& plot, bool multi) {
  if (!multi) return polygon_of(plot.parts.front());
  auto parts = std::make_unique<OGRMultiPolygon>();
  for (const auto& part : plot.parts) parts->addGeometryDirectly(polygon_of(part).release());
  return parts;
}

}  // namespace

bool is_jzd_file(const std::string& source) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(source, error)) return false;
  return looks_like_jzd(file_bytes(source, 256));
}

GDALDatasetUniquePtr open_jzd(const std::string& source, const char* encoding) {
  std::ifstream in(source, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), {}};
  JzdFile file = parse_jzd(source, bytes, encoding ? encoding : "");

  if (GetGDALDriverManager()->GetDriverCount() == 0) GDALAllRegister();
  GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("Memory");
  GDALDatasetUniquePtr dataset(memory->Create("", 0, 0, 0, GDT_Unknown, nullptr));
  OGRSpatialReference srs;
  if (file.crs) {
    srs.importFromEPSG(file.crs->epsg());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // x east, as the plots are
  }
  bool multi = false;
  for (const JzdPlot& plot : file.plots) multi |= plot.parts.size() > 1;
  std::string name = std::filesystem::path(source).stem().string();
  OGRLayer* layer = dataset->CreateLayer(name.c_str(), file.crs ? &srs : nullptr,
                                         multi ? wkbMultiPolygon : wkbPolygon, nullptr);
  std::vector<std::string> fields = {jzd::kNumber, jzd::kName, jzd::kUse, jzd::kLandCode,
                                     jzd::kSheet};
  for (std::size_t i = 1; i <= file.extra_fields; ++i)
    fields.push_back(jzd::kExtraField + std::to_string(i));
  for (std::size_t i = 0; i < fields.size(); ++i) {
    OGRFieldDefn field(fields[i].c_str(), OFTString);
    layer->CreateField(&field);
    // The declared area after the five texts, where the field list puts it.
    if (i == 4) {
      OGRFieldDefn hectares(jzd::kDeclaredHectares, OFTReal);
      layer->CreateField(&hectares);
    }
  }
  for (std::size_t p = 0; p < file.plots.size(); ++p) {
    const JzdPlot& plot = file.plots[p];
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetFID(static_cast<GIntBig>(p + 1));
    for (std::size_t i = 0; i < plot.fields.size(); ++i) {
      int index = feature.GetFieldIndex(fields[i].c_str());
      if (!plot.fields[i].empty()) feature.SetField(index, plot.fields[i].c_str());
    }
    if (plot.hectares) feature.SetField(jzd::kDeclaredHectares, *plot.hectares);
    feature.SetGeometryDirectly(geometry_of(plot, multi).release());
    if (layer->CreateFeature(&feature) != OGRERR_NONE) {
      throw std::runtime_error("cannot hold plot " + std::to_string(p + 1) + " of " + source);
    }
  }
  dataset->SetMetadataItem("ENCODING", file.encoding.c_str(), kDomain);
  for (std::size_t i = 0; i < file.warnings.size(); ++i) {
    dataset->SetMetadataItem(("WARNING_" + std::to_string(i)).c_str(), file.warnings[i].c_str(),
                             kDomain);
  }
  return dataset;
}

std::vector<std::string> jzd_warnings(GDALDataset& dataset) {
  std::vector<std::string> warnings;
  for (int i = 0;; ++i) {
    const char* line = dataset.GetMetadataItem(("WARNING_" + std::to_string(i)).c_str(), kDomain);
    if (!line) return warnings;
    warnings.push_back(line);
  }
}

std::string jzd_encoding(GDALDataset& dataset) {
  const char* encoding = dataset.GetMetadataItem("ENCODING", kDomain);
  return encoding ? encoding : "";
}

}  // namespace landplan::io::detail
