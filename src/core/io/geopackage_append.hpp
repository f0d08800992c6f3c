// Appending polygons to an existing layer of a GeoPackage, in the layer's own CRS and fields
// (internal to the io module).
#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "landplan/crs.hpp"
#include "landplan/layer.hpp"

namespace landplan::io::detail {

// Throws InputError at `where` unless the layer can hold polygons (a Polygon, MultiPolygon or
// untyped geometry column, not points or lines).
void check_takes_polygons(OGRLayer& layer, const std::string& where);

// How the layer's stored coordinates relate to the features appended to it.
struct AppendTarget {
  std::string layer;   // in the open dataset
  std::string where;   // file:layer, for messages
  Crs assumed;         // the layer's CRS where it declares none (assume_crs)
  bool gcj02 = false;  // its coordinates are GCJ-02 (assume_crs = "GCJ-02")
};

// Appends `features` (polygons in features.crs) to the target layer of the open `dataset`, in
// whatever transaction the caller holds: reprojected to the layer's CRS, each column into the
// field of its name (absent fields stay null), fids given by the dataset. Returns those fids.
// Throws InputError at the target when the layer has no field of a column's name, a value does
// not fit its field, or GDAL cannot write.
std::vector<std::int64_t> append_polygons(GDALDataset& dataset, const Layer& features,
                                          const AppendTarget& target);

// Throws InputError when a -wal or -journal file beside the GeoPackage holds changes: another
// program (QGIS edits in WAL mode) has it open for writing, or a writer died mid-transaction.
// A copy of the main file alone would then miss or half-hold those changes, and the stale
// journal beside the replaced file would be applied to it.
void refuse_pending_journal(const std::filesystem::path& geopackage);

}  // namespace landplan::io::detail
