// Irrigation coverage: service circles, their union, nearest-well shares, per-village totals.
#include "landplan/plan/irrigation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <optional>
#include <stdexcept>

#include "landplan/geos.hpp"
#include "landplan/numbers.hpp"
#include "landplan/parallel.hpp"
#include "landplan/spatial_index.hpp"
#include "landplan/ops/overlay.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "landplan/units.hpp"

namespace landplan::plan {
namespace {

// Voronoi cells of the wells, cell[i] for well i (empty when two wells share a place).
std::vector<GeosGeometry> voronoi_cells(GeosContext& context, const Layer& wells,
                                        const GEOSGeometry* extent) {
  GEOSContextHandle_t h = context.handle();
  std::vector<GEOSGeometry*> points;
  std::vector<GeosGeometry> cells;
  for (std::size_t w = 0; w < wells.size(); ++w) {
    cells.emplace_back(nullptr, GeosDeleter{h});
    if (!wells.is_null(w)) points.push_back(to_geos(context, wells, w).release());
  }
  GeosGeometry multipoint = owned(context,
      GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())),
      "multipoint");
  if (points.size() < 2) return cells;  // one well: its cell is everything
  GeosGeometry diagram = owned(context, GEOSVoronoiDiagram_r(h, multipoint.get(), extent, 0.0, 0), "Voronoi");
  for (int c = 0; c < GEOSGetNumGeometries_r(h, diagram.get()); ++c) {
    const GEOSGeometry* cell = GEOSGetGeometryN_r(h, diagram.get(), c);
    const Box bounds = geos_box(h, cell);
    for (std::size_t w = 0; w < wells.size(); ++w) {
      if (cells[w] || wells.is_null(w) || !bounds.intersects(wells.box(w))) continue;
      GeosGeometry point = to_geos(context, wells, w);
      if (GEOSIntersects_r(h, cell, point.get()) == 1) {
        cells[w] = owned(context, GEOSGeom_clone_r(h, cell), "clone");
        break;
      }
    }
  }
  return cells;
}

}  // namespace

Layer nearest_well_shares(const Layer& wells, const Layer& circles, const Layer& zone) {
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  Layer result;
  result.name = "well_shares";
  result.kind = GeometryKind::polygon;
  result.crs = circles.crs;
  result.source_crs = circles.source_crs;
  GeosGeometry zone_geometry(nullptr, GeosDeleter{h});
  if (zone.size() > 0) zone_geometry = to_geos(context, zone, 0);
  if (!zone_geometry) {  // no well has a service circle: every share is empty
    for (std::size_t w = 0; w < wells.size(); ++w) {
      result.begin_feature(wells.fid(w));
      result.end_feature();
    }
    return result;
  }
  std::vector<GeosGeometry> cells = voronoi_cells(context, wells, zone_geometry.get());
  std::vector<GeosGeometry> shares;
  std::vector<GeosGeometry> circle_geometry;
  for (std::size_t w = 0; w < wells.size(); ++w) {
    circle_geometry.push_back(to_geos(context, circles, w));
    if (!circle_geometry.back() || (!cells[w] && wells.size() > 1)) {
      shares.push_back(owned(context, GEOSGeom_createEmptyPolygon_r(h), "empty"));
    } else if (!cells[w]) {
      shares.push_back(owned(context, GEOSGeom_clone_r(h, circle_geometry.back().get()), "clone"));
    } else {
      shares.push_back(owned(context, GEOSIntersection_r(h, circle_geometry.back().get(), cells[w].get()), "intersection"));
    }
  }
  // What only a farther well reaches (radii differ): to the nearest well that reaches it.
  std::vector<GEOSGeometry*> parts;
  for (const GeosGeometry& s : shares) parts.push_back(GEOSGeom_clone_r(h, s.get()));
  GeosGeometry all = owned(context, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                              static_cast<unsigned>(parts.size())), "collection");
  GeosGeometry claimed = owned(context, GEOSUnaryUnion_r(h, all.get()), "union");
  GeosGeometry leftover = owned(context, GEOSDifference_r(h, zone_geometry.get(), claimed.get()), "difference");
  for (int i = 0; i < GEOSGetNumGeometries_r(h, leftover.get()); ++i) {
    const GEOSGeometry* piece = GEOSGetGeometryN_r(h, leftover.get(), i);
    if (GEOSGeomTypeId_r(h, piece) != GEOS_POLYGON || GEOSisEmpty_r(h, piece)) continue;
    GeosGeometry inside = owned(context, GEOSPointOnSurface_r(h, piece), "point on surface");
    std::size_t best = wells.size();
    double best_distance = std::numeric_limits<double>::infinity();
    for (std::size_t w = 0; w < wells.size(); ++w) {
      if (!circle_geometry[w] || GEOSIntersects_r(h, circle_geometry[w].get(), inside.get()) != 1) continue;
      double d = 0;
      GeosGeometry well = to_geos(context, wells, w);
      GEOSDistance_r(h, well.get(), inside.get(), &d);
      if (d < best_distance) {
        best_distance = d;
        best = w;
      }
    }
    if (best == wells.size()) continue;
    shares[best] = owned(context, GEOSUnion_r(h, shares[best].get(), piece), "union");
  }
  for (std::size_t w = 0; w < wells.size(); ++w) {
    result.begin_feature(wells.fid(w));
    append_polygons(context, shares[w].get(), result);
    result.end_feature();
  }
  return result;
}

Irrigation irrigation_coverage(const PlanInputs& inputs, ops::AreaMethod method, Warnings& warnings) {
  const char* purpose = "the irrigation coverage";
  const Layer& wells = inputs.require(Role::wells, purpose);
  if (wells.kind != GeometryKind::point && wells.size() > 0) {
    throw InputError(place(wells.source, wells.name), "is not a point layer", "wells must be points");
  }
  Layer farmland = farmland_parcels(inputs, purpose);
  double default_radius = inputs.planning("default_well_radius_m", 300.0);
  std::vector<double> radii =
      ops::service_radii(wells, inputs.field(wells, "radius"), default_radius, warnings);
  if (std::none_of(radii.begin(), radii.end(), [](double r) { return r > 0; })) {
    warnings.push_back(place(wells.source, wells.name) +
                       ": no well has a service circle — no farmland is irrigated");
  }
  Irrigation result;
  result.target_mu = inputs.target("irrigation_mu");
  for (std::size_t w = 0; w < wells.size(); ++w) {
    result.wells.push_back({wells.fid(w), inputs.text(wells, "name", w),
                            inputs.text(wells, "village", w), radii[w], 0.0});
  }
  result.service_areas = ops::circles(wells, radii, "well_service_areas");
  result.coverage = ops::dissolve(result.service_areas, 0.0, "irrigation_coverage");

  std::vector<ops::CoveredArea> covered =
      ops::covered_by_circles(farmland, wells, radii, result.coverage, method, warnings);
  std::map<std::string, VillageIrrigation> villages;
  Column covered_pct("covered_pct", FieldType::real), uncovered_mu("uncovered_mu", FieldType::real);
  std::vector<char> not_full(farmland.size(), 0);
  for (std::size_t f = 0; f < farmland.size(); ++f) {
    std::string village = inputs.text(farmland, "village", f);
    VillageIrrigation& v = villages[village];
    v.village = village;
    v.farmland_m2 += covered[f].area_m2;
    v.covered_m2 += covered[f].covered_m2;
    result.farmland_m2 += covered[f].area_m2;
    result.covered_m2 += covered[f].covered_m2;
    // Covered to within a millionth counts as covered (the circles' edges are polygons).
    not_full[f] = covered[f].covered_m2 < covered[f].area_m2 * (1 - 1e-6);
  }
  for (auto& [name, v] : villages) result.villages.push_back(v);

  Layer shares = nearest_well_shares(wells, result.service_areas, result.coverage);
  for (const ops::OverlapPiece& p : ops::overlap(farmland, shares, {.method = method}, warnings).pieces)
    result.wells[p.b].farmland_m2 += p.area_m2;

  result.uncovered_parcels = ops::subset(farmland, [&](std::size_t f) { return not_full[f] != 0; },
                                    "uncovered_farmland");
  for (std::size_t f = 0; f < farmland.size(); ++f) {
    if (!not_full[f]) continue;
    covered_pct.push(covered[f].covered_pct());
    uncovered_mu.push(Area::from_m2(covered[f].area_m2 - covered[f].covered_m2).mu());
  }
  result.uncovered_parcels.columns.push_back(std::move(covered_pct));
  result.uncovered_parcels.columns.push_back(std::move(uncovered_mu));
  return result;
}

}  // namespace landplan::plan
