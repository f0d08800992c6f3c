// Saving a sketched site: where it goes (the layer's own GeoPackage, or sketches.gpkg), then a
// staged copy of that GeoPackage taking it, renamed over the original, then project.toml.
#include "landplan/io/save_sketch.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "io/gdal_source.hpp"
#include "io/geopackage_append.hpp"
#include "io/project_repoint.hpp"
#include "io/write_ogr.hpp"
#include "io/write_schema.hpp"
#include "landplan/gcj02.hpp"
#include "landplan/io/postgis.hpp"
#include "landplan/io/read.hpp"
#include "landplan/io/write_text.hpp"
#include "landplan/text.hpp"

namespace landplan::io {
namespace fs = std::filesystem;
namespace {

bool is_geopackage(const std::string& source) {
  return !detail::is_connection(source) &&
         upper_ascii(fs::path(source).extension().string()) == ".GPKG";
}

const LayerSpec& layer_spec(const Project& project, const std::string& key) {
  if (const LayerSpec* spec = project.find_layer(key)) return *spec;
  std::string keys;
  for (const LayerSpec& spec : project.layers) keys += (keys.empty() ? "" : ", ") + spec.key;
  throw InputError(project.file.string(), "has no layer '" + key + "'", "the layers are: " + keys);
}

// How the summary names a source: its file name, or its table in PostGIS.
std::string shown_name(const LayerSpec& spec) {
  if (is_postgis_source(spec.source)) return "PostGIS 表 " + spec.layer;
  return fs::path(spec.source).filename().string();
}

bool is_input(const Project& project, const fs::path& file) {
  std::error_code ec;
  for (const LayerSpec& spec : project.layers) {
    if (!detail::is_connection(spec.source) && fs::equivalent(spec.source, file, ec)) return true;
  }
  return false;
}

bool has_layer(const fs::path& geopackage, const std::string& layer) {
  if (!fs::exists(geopackage)) return false;
  GDALDatasetUniquePtr dataset = detail::open_vector(geopackage.string(), nullptr);
  return dataset->GetLayerByName(layer.c_str()) != nullptr;
}

// The layer's name in `source`, after checking that it holds polygons; its feature count too.
std::pair<std::string, long long> polygon_layer(const std::string& source,
                                                const std::string& name) {
  GDALDatasetUniquePtr dataset = detail::open_vector(source, nullptr);
  OGRLayer* layer = detail::find_layer(*dataset, source, name);
  detail::check_takes_polygons(*layer, place(source, layer->GetName()));
  return {layer->GetName(), layer->GetFeatureCount()};
}

std::string system_error() {
  return std::strerror(errno);
}

// Refuses before anything is written: a save must not fail half way for want of permission.
void check_writable(const fs::path& file) {
  fs::path folder = file.parent_path();
  if (access(folder.c_str(), W_OK | X_OK) != 0) {
    throw InputError(file.string(),
                     "cannot be saved: its folder " + folder.string() + " cannot be written (" +
                         system_error() + ")",
                     "make the folder writable, or copy the project to a folder you can write");
  }
  if (fs::exists(file) && access(file.c_str(), W_OK) != 0) {
    throw InputError(file.string(), "is read-only (" + system_error() + ")",
                     "make it writable to save the sketch into it");
  }
}

void check_sketch(const Layer& features, const std::string& where) {
  if (features.size() == 0 || features.kind != GeometryKind::polygon) {
    throw InputError(where, "the sketch holds no polygon", "draw the site before saving it");
  }
  for (std::size_t f = 0; f < features.size(); ++f) {
    if (features.is_null(f)) {
      throw InputError(where, "a sketched feature has no geometry",
                       "draw the site before saving it");
    }
  }
  if (features.crs.empty()) throw std::logic_error("a sketch without a CRS");
}

std::string file_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in)
    throw InputError(file.string(), "cannot be read", "check that it exists and can be read");
  return text.str();
}

// The original GeoPackage's bytes into the staged file: SQLite's own file, every table,
// index, trigger and metadata kept (refuse_pending_journal made sure nothing waits in a journal).
void copy_bytes(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::copy_file(from, to, ec);
  if (ec) {
    throw InputError(from.string(), "could not be copied for saving (" + ec.message() + ")",
                     "check free space beside the project: the save needs room for one copy");
  }
}

// The target layer's features (as landplan reads them: text in UTF-8, GCJ-02 undone, the CRS
// declared) as a new layer of the staged GeoPackage, which write_dataset creates or extends.
void write_copy(const Layer& copy, const fs::path& staged, const std::string& where) {
  WriteOptions options;
  options.format = OutputFormat::gpkg;
  detail::TextEncoder encoder(TextEncoding::utf8);
  Warnings warnings;  // names fitted, values converted: the export's own, none for a GeoPackage
  detail::LayerSchema schema =
      detail::layer_schema(copy, staged.stem().string(), where, options, encoder, warnings);
  detail::write_dataset(schema, staged.parent_path(), encoder, warnings);
}

std::vector<std::int64_t> append_staged(const fs::path& staged, const Layer& features,
                                        const detail::AppendTarget& target) {
  detail::GdalMessages gdal;
  GDALDatasetUniquePtr dataset(GDALDataset::Open(staged.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
  if (!dataset) {
    throw InputError(target.where, "could not be opened for writing",
                     "check that it is a GeoPackage");
  }
  if (dataset->StartTransaction() != OGRERR_NONE) {
    throw std::runtime_error("GDAL gave no transaction on " + staged.string());
  }
  std::vector<std::int64_t> fids = detail::append_polygons(*dataset, features, target);
  if (dataset->CommitTransaction() != OGRERR_NONE) {
    throw InputError(target.where, "could not take the sketch",
                     "check free space beside the project");
  }
  dataset.reset();  // closes: SQLite checkpoints and removes a -wal of its own
  if (!gdal.failures().empty()) {
    throw InputError(target.where, "could not take the sketch (" + gdal.failures().front() + ")",
                     "check free space beside the project");
  }
  return fids;
}

}  // namespace

SketchSavePlan plan_sketch_save(const Project& project, const std::string& key) {
  const LayerSpec& spec = layer_spec(project, key);
  SketchSavePlan plan;
  plan.key = spec.key;
  if (is_geopackage(spec.source)) {
    plan.dataset = spec.source;
    plan.layer = polygon_layer(spec.source, spec.layer).first;
    plan.modifies_input = true;
    plan.summary =
        "向 " + plan.dataset.filename().string() + " 的图层 " + plan.layer + " 添加 1 个要素";
    return plan;
  }
  plan.dataset = project.file.parent_path() / kSketchesFile;
  plan.layer = spec.key;
  plan.repoints_project = true;
  plan.modifies_input = is_input(project, plan.dataset);
  std::string file = plan.dataset.filename().string();
  std::string repoint = "，并把 project.toml 的 [layers." + spec.key + "] 改为指向它";
  if (has_layer(plan.dataset, plan.layer)) {
    polygon_layer(plan.dataset.string(), plan.layer);
    plan.summary = "向 " + file + " 的图层 " + plan.layer + " 添加 1 个要素" + repoint;
    return plan;
  }
  long long count = polygon_layer(spec.source, spec.layer).second;
  plan.summary =
      (fs::exists(plan.dataset) ? "在 " + file + " 中新建图层 " : "新建 " + file + " 的图层 ") +
      plan.layer + "：复制 " + shown_name(spec) + " 的 " + std::to_string(count) +
      " 个要素并添加 1 个要素" + repoint;
  return plan;
}

std::vector<std::int64_t> save_sketch(const Project& project, const SketchSavePlan& plan,
                                      const Layer& features) {
  const LayerSpec& spec = layer_spec(project, plan.key);
  detail::AppendTarget target{plan.layer, place(plan.dataset.string(), plan.layer), {}, false};
  check_sketch(features, target.where);
  check_writable(plan.dataset);
  std::string project_before, project_text;
  if (plan.repoints_project) {
    check_writable(project.file);
    std::string relative = plan.dataset.lexically_relative(project.file.parent_path()).string();
    project_before = file_text(project.file);
    project_text = detail::repointed_project(project_before, project.file.string(), spec.key,
                                             relative, plan.layer);
  } else if (!spec.assume_crs.empty()) {  // the layer itself is read with it
    target.gcj02 = gcj02::is_gcj02_name(spec.assume_crs);
    target.assumed =
        Crs::from_user_input(target.gcj02 ? "EPSG:4326" : spec.assume_crs,
                             place(project.file.string(), "layers." + spec.key + ".assume_crs"));
  }
  bool exists = fs::exists(plan.dataset);
  if (exists) detail::refuse_pending_journal(plan.dataset);
  std::optional<Layer> copy;
  if (plan.repoints_project && !has_layer(plan.dataset, plan.layer)) {
    Warnings warnings;  // data faults still throw; what was read right needs no word here
    copy = read_project_layer(project, spec, warnings);
    copy->name = plan.layer;
  }
  std::vector<std::int64_t> fids;
  write_file(plan.dataset, /*overwrite=*/true, "project folder", [&](const fs::path& staged) {
    if (exists) copy_bytes(plan.dataset, staged);
    if (copy) write_copy(*copy, staged, target.where);
    fids = append_staged(staged, features, target);
  });
  if (project_text != project_before) {
    write_text_file(project.file, project_text, true, "project folder");
  }
  return fids;
}

}  // namespace landplan::io
