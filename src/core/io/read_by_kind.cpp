// Splitting a mixed layer by geometry kind: the features are copied, kind by kind, into an
// in-memory GeoPackage (/vsimem) that the ordinary reader then reads, so attributes, FIDs, CRS
// and validity checks are handled exactly as for any other source.
#include "io/read_by_kind.hpp"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <memory>
#include <set>

#include "io/gdal_source.hpp"
#include "io/ogr_values.hpp"
#include "io/write_names.hpp"

namespace landplan::io::detail {
namespace {

bool is_collection(const OGRGeometry& geometry) {
  return layer_kind(geometry.getGeometryType()) == GeometryKind::none &&
         OGR_GT_IsSubClassOf(geometry.getGeometryType(), wkbGeometryCollection);
}

void collect_kinds(const OGRGeometry& geometry, std::set<GeometryKind>& kinds) {
  if (geometry.IsEmpty()) return;
  if (is_collection(geometry)) {
    for (const OGRGeometry* part : *geometry.toGeometryCollection()) collect_kinds(*part, kinds);
    return;
  }
  GeometryKind kind = layer_kind(geometry.getGeometryType());
  if (kind != GeometryKind::none) kinds.insert(kind);
}

// The parts of `geometry` of this kind, or null when it has none.
std::unique_ptr<OGRGeometry> parts_of_kind(const OGRGeometry& geometry, GeometryKind kind) {
  if (!is_collection(geometry)) {
    if (geometry.IsEmpty() || layer_kind(geometry.getGeometryType()) != kind) return nullptr;
    return std::unique_ptr<OGRGeometry>(geometry.clone());
  }
  auto parts = std::make_unique<OGRGeometryCollection>();
  for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
    if (auto kept = parts_of_kind(*part, kind)) parts->addGeometryDirectly(kept.release());
  }
  if (parts->IsEmpty()) return nullptr;
  return parts;
}

GDALDatasetUniquePtr open_source(const std::string& source, const ReadOptions& options) {
  std::string encoding = gdal_encoding_name(options.source_encoding);
  return open_vector(source, encoding.empty() ? nullptr : encoding.c_str());
}

// The in-memory GeoPackage holding one layer per kind, removed with the object.
class SplitCopy {
 public:
  SplitCopy() {
    static std::atomic<int> counter{0};
    path_ = "/vsimem/landplan-split-" + std::to_string(++counter) + ".gpkg";
  }
  ~SplitCopy() {
    dataset_.reset();
    VSIUnlink(path_.c_str());
  }
  SplitCopy(const SplitCopy&) = delete;
  SplitCopy& operator=(const SplitCopy&) = delete;

  const std::string& path() const { return path_; }

  void copy(OGRLayer& source, const std::vector<GeometryKind>& kinds) {
    if (GetGDALDriverManager()->GetDriverCount() == 0) GDALAllRegister();
    GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
    dataset_.reset(gpkg->Create(path_.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset_) throw std::runtime_error("cannot create " + path_);
    std::vector<OGRLayer*> targets;
    for (GeometryKind kind : kinds) targets.push_back(create_layer(source, kind));
    dataset_->StartTransaction();
    source.ResetReading();
    for (auto& feature : source) {
      const OGRGeometry* geometry = feature->GetGeometryRef();
      bool placed = false;
      for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (auto parts = geometry ? parts_of_kind(*geometry, kinds[k]) : nullptr) {
          write(*targets[k], *feature, std::move(parts));
          placed = true;
        }
      }
      if (!placed) write(*targets.front(), *feature, nullptr);  // no geometry: first kind
    }
    dataset_->CommitTransaction();
    dataset_.reset();  // closed, so that the reader sees every feature
  }

 private:
  OGRLayer* create_layer(OGRLayer& source, GeometryKind kind) {
    OGRFeatureDefn* definition = source.GetLayerDefn();
    std::vector<std::string> names;
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
      names.push_back(definition->GetFieldDefn(i)->GetNameRef());
    }
    CPLStringList options;
    options.SetNameValue("FID", free_name("landplan_fid", names).c_str());
    options.SetNameValue("GEOMETRY_NAME", free_name("landplan_geom", names).c_str());
    options.SetNameValue("SPATIAL_INDEX", "NO");
    OGRLayer* layer = dataset_->CreateLayer(std::string(kind_name(kind)).c_str(),
                                            source.GetSpatialRef(), wkbUnknown, options.List());
    if (!layer) throw std::runtime_error("cannot create a layer in " + path_);
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
      layer->CreateField(definition->GetFieldDefn(i));
    }
    return layer;
  }

  static void write(OGRLayer& target, const OGRFeature& source,
                    std::unique_ptr<OGRGeometry> geometry) {
    OGRFeature copy(target.GetLayerDefn());
    copy.SetFrom(&source, TRUE);
    copy.SetGeometryDirectly(geometry.release());
    copy.SetFID(source.GetFID());
    if (target.CreateFeature(&copy) != OGRERR_NONE) {
      throw std::runtime_error("cannot copy feature " + std::to_string(source.GetFID()) +
                               " to split it by geometry kind: " + CPLGetLastErrorMsg());
    }
  }

  std::string path_;
  GDALDatasetUniquePtr dataset_;
};

// Messages name the source, not the in-memory copy.
void rename_place(Warnings& warnings, std::size_t from, const std::string& copy_place,
                  const std::string& source_place) {
  for (std::size_t i = from; i < warnings.size(); ++i) {
    if (warnings[i].starts_with(copy_place)) {
      warnings[i] = source_place + warnings[i].substr(copy_place.size());
    }
  }
}

}  // namespace

std::vector<GeometryKind> geometry_kinds(const std::string& source, const ReadOptions& options) {
  GDALDatasetUniquePtr dataset = open_source(source, options);
  OGRLayer& layer = *find_layer(*dataset, source, options.layer);
  OGRwkbGeometryType declared = layer.GetGeomType();
  if (declared == wkbNone) return {};
  if (GeometryKind kind = layer_kind(declared); kind != GeometryKind::none) return {kind};
  // Geometry only: attributes are not needed to learn the kinds.
  CPLStringList ignored;
  OGRFeatureDefn* definition = layer.GetLayerDefn();
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    ignored.AddString(definition->GetFieldDefn(i)->GetNameRef());
  }
  layer.SetIgnoredFields(const_cast<const char**>(ignored.List()));
  std::set<GeometryKind> kinds;
  for (auto& feature : layer) {
    if (const OGRGeometry* geometry = feature->GetGeometryRef()) collect_kinds(*geometry, kinds);
  }
  return {kinds.begin(), kinds.end()};
}

std::vector<Layer> read_by_kind(const std::string& source, const ReadOptions& options,
                                const std::vector<GeometryKind>& kinds, Warnings& warnings) {
  GDALDatasetUniquePtr dataset = open_source(source, options);
  OGRLayer& layer = *find_layer(*dataset, source, options.layer);
  std::string name = layer.GetName();
  SplitCopy split;
  split.copy(layer, kinds);
  std::vector<Layer> layers;
  for (GeometryKind kind : kinds) {
    ReadOptions copy_options;
    copy_options.layer = std::string(kind_name(kind));
    copy_options.assume_crs = options.assume_crs;
    copy_options.gcj02 = options.gcj02;
    std::size_t first_warning = warnings.size();
    Layer part = read_native(split.path(), copy_options, warnings);
    rename_place(warnings, first_warning, place(split.path(), copy_options.layer),
                 place(source, name));
    part.name = name + "_" + copy_options.layer;
    part.source = source;
    layers.push_back(std::move(part));
  }
  return layers;
}

}  // namespace landplan::io::detail
