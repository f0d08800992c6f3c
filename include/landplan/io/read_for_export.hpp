// Reading the layers an export asks for, every feature kept whatever its geometry kind.
#pragma once

#include <string>
#include <vector>

#include "landplan/crs.hpp"
#include "landplan/error.hpp"
#include "landplan/io/read.hpp"
#include "landplan/layer.hpp"
#include "landplan/project.hpp"

namespace landplan::io {

// Reading what an export asks for without dropping features: a layer holding several geometry
// kinds (GeoJSON, DXF, a GeoPackage GEOMETRY column) becomes one Layer per kind, named
// <name>_point, <name>_line and <name>_polygon. All come in one working CRS: `crs`, else the
// project's, else chosen from the data.
// From a project: the layers named by key or role in `names` (all when empty), in project order.
std::vector<Layer> read_project_for_export(const Project& project,
                                           const std::vector<std::string>& names, const Crs& crs,
                                           Warnings& warnings);
// From a GDAL dataset: its layers named in `names` (all when empty), read with `options`.
std::vector<Layer> read_dataset_for_export(const std::string& source,
                                           const std::vector<std::string>& names,
                                           const ReadOptions& options, const Crs& crs,
                                           Warnings& warnings);

}  // namespace landplan::io
