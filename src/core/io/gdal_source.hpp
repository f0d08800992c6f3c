// Opening GDAL vector sources with clear errors (internal to the io module).
#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "landplan/crs.hpp"

namespace landplan::io::detail {

// While alive, GDAL's messages are collected here instead of printed as "ERROR 1: …" lines:
// landplan reports them itself, once, with the file they concern (readers and writers alike).
class GdalMessages {
 public:
  GdalMessages();
  ~GdalMessages();
  GdalMessages(const GdalMessages&) = delete;
  GdalMessages& operator=(const GdalMessages&) = delete;
  // CE_Failure and worse: GDAL could not do something (read a record, parse a geometry).
  const std::vector<std::string>& failures() const { return failures_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  static void CPL_STDCALL collect(CPLErr level, CPLErrorNum number, const char* message);
  std::vector<std::string> failures_, warnings_;
};

// True for "PG:…", "/vsi…" and URLs: names that are not plain files.
bool is_connection(const std::string& source);

// The encoding name GDAL's shapefile driver expects for a user's "GBK", "936", "utf8"…
std::string gdal_encoding_name(const std::string& user_encoding);

// Opens read-only; throws InputError for a missing or unreadable source. `encoding` is passed
// as the ENCODING open option when not null ("" = no recoding).
GDALDatasetUniquePtr open_vector(const std::string& source, const char* encoding);

// The named layer, or the only one; throws InputError listing the layers that exist.
OGRLayer* find_layer(GDALDataset& dataset, const std::string& source, const std::string& name);

// The .prj beside the shapefile `layer` of `source` (a .shp or a folder of them), if one exists.
std::optional<std::filesystem::path> shapefile_prj(const std::string& source,
                                                   const std::string& layer);

// The layer's CRS, or `assumed` when it has none; throws InputError suggesting --assume-crs, or
// naming the .prj of `source` that GDAL could not read.
Crs layer_crs(OGRLayer& layer, const std::string& source, const std::string& where,
              const Crs& assumed);

// The shapefile layer's text encoding as GDAL decoded it ("" when the driver has no notion of one
// or no .cpg/LDID declared it).
std::string declared_encoding(OGRLayer& layer);

}  // namespace landplan::io::detail
