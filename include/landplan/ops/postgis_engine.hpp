// The PostGIS engine: areas, overlaps and coverage computed by SQL in the database that holds the
// layers (ST_Area on geography, ST_Intersection joined through the GiST index), giving the same
// results as the local functions (area.hpp, overlay.hpp, irrigation.hpp) to 1e-6 relative.
//
// The layers are those read from "PG:" sources (Layer::source, Layer::source_layer): their fids
// and attributes are used, their geometry is not — the server reads its own. Geometry is
// brought into the layers' working CRS (Layer::crs) on the server, made valid where it is not
// (as the local engine does), and measured on its source ellipsoid or planar, as locally.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/ops/overlay.hpp"

namespace landplan::ops::postgis {

// Each feature's area in m², nullopt where it has no polygon area.
std::vector<std::optional<double>> feature_areas(const Layer& layer, AreaMethod method);

// As ops::overlap, with shares; A and B must be tables of one database.
Overlap overlap(const Layer& a, const Layer& b, AreaMethod method);

// The cover: polygons as they are, or points buffered by the number in `radius_field` (when
// given and not null) else by `radius` metres, with ops::kQuadrantSegments as locally.
struct CoverSpec {
  std::string radius_field;
  double radius = 0.0;
};

// As ops::covered_by_circles / covered_areas: how much of each area feature the union of the
// cover covers. AREAS and COVER must be tables of one database.
std::vector<CoveredArea> covered(const Layer& areas, const Layer& cover, const CoverSpec& spec,
                                 AreaMethod method);

}  // namespace landplan::ops::postgis
