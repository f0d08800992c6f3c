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
#include "landplan/plan/overlay.hpp"
#include "landplan/plan/zones.hpp"
#include "landplan/units.hpp"

namespace landplan::plan {
namespace {

// Subdividing a coverage zone: about kCellsAcross cells along its longer side, none smaller.
constexpr double kCellsAcross = 64;
constexpr double kMinimumCell = 100.0;

GeosGeometry own(GeosContext& context, GEOSGeometry* g, const char* what) {
  if (!g) throw std::runtime_error(std::string("GEOS ") + what + " failed: " + context.last_error());
  return GeosGeometry(g, GeosDeleter{context.handle()});
}

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
  GeosGeometry multipoint = own(context,
      GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, points.data(), static_cast<unsigned>(points.size())),
      "multipoint");
  if (points.size() < 2) return cells;  // one well: its cell is everything
  GeosGeometry diagram = own(context, GEOSVoronoiDiagram_r(h, multipoint.get(), extent, 0.0, 0), "Voronoi");
  for (int c = 0; c < GEOSGetNumGeometries_r(h, diagram.get()); ++c) {
    const GEOSGeometry* cell = GEOSGetGeometryN_r(h, diagram.get(), c);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    GEOSGeom_getXMin_r(h, cell, &x0);
    GEOSGeom_getYMin_r(h, cell, &y0);
    GEOSGeom_getXMax_r(h, cell, &x1);
    GEOSGeom_getYMax_r(h, cell, &y1);
    Box bounds;
    bounds.extend(x0, y0);
    bounds.extend(x1, y1);
    for (std::size_t w = 0; w < wells.size(); ++w) {
      if (cells[w] || wells.is_null(w) || !bounds.intersects(wells.box(w))) continue;
      GeosGeometry point = to_geos(context, wells, w);
      if (GEOSIntersects_r(h, cell, point.get()) == 1) {
        cells[w] = own(context, GEOSGeom_clone_r(h, cell), "clone");
        break;
      }
    }
  }
  return cells;
}

}  // namespace

Layer coverage_zone(const Layer& cover, const std::vector<double>& radii) {
  if (cover.kind == GeometryKind::point) return dissolve(circles(cover, radii, "service"), 0.0, "coverage");
  // A cover without features (e.g. an empty GeoJSON, whose kind is unknown) covers nothing.
  if (cover.kind == GeometryKind::polygon || cover.size() == 0) {
    return dissolve(cover, 0.0, "coverage");
  }
  throw InputError(place(cover.source, cover.name), "is a line layer",
                   "coverage needs points (with a radius) or polygons");
}

std::vector<CoveredArea> covered_areas(const Layer& areas, const Layer& zone, AreaMethod method,
                                       Warnings& warnings) {
  std::vector<CoveredArea> result(areas.size());
  auto area = feature_areas(areas, method, warnings);
  for (std::size_t f = 0; f < areas.size(); ++f) result[f].area_m2 = area[f].value_or(0.0);
  // A union of many circles is one huge polygon: cut it into cells so that each parcel meets a
  // small piece, and the pieces (disjoint) add up to what the zone covers.
  const Box extent = zone.extent();
  double cell = std::max(kMinimumCell, std::max(extent.width(), extent.height()) / kCellsAcross);
  Layer pieces = subdivide(zone, cell, zone.name);
  Warnings overlay_warnings;  // the same repairs feature_areas already reported
  OverlapOptions options{.method = method, .shares = false};
  for (const OverlapPiece& p : overlap(areas, pieces, options, overlay_warnings).pieces)
    result[p.a].covered_m2 += p.area_m2;
  return result;
}

namespace {

enum class CircleTest { inside, outside, crossed };

// Where a polygon feature lies against circles of the n-gons GEOS buffers make: inside one
// when all its vertices are within the n-gon's inscribed circle, outside when every circle's
// centre is at least r from it (the n-gon lies within its circumscribed circle of radius r).
class CircleClassifier {
 public:
  CircleClassifier(const Layer& points, const std::vector<double>& radii)
      : points_(points), radii_(radii), index_(SpatialIndex(circle_boxes(points, radii))) {}

  CircleTest classify(const Layer& areas, std::size_t f) const {
    bool crossed = false, inside = false;
    index_.query(areas.box(f), [&](std::uint32_t w) {
      if (inside) return;
      RingView c = points_.ring(points_.rings(points_.parts(w).first).first);
      double r = radii_[w], x = c.x(0), y = c.y(0);
      if (all_within(areas, f, x, y, r * std::cos(std::numbers::pi / kSides))) {
        inside = true;
      } else if (distance_to(areas, f, x, y) < r) {
        crossed = true;
      }
    });
    return inside ? CircleTest::inside : crossed ? CircleTest::crossed : CircleTest::outside;
  }

 private:
  static constexpr int kSides = 4 * kQuadrantSegments;

  static std::vector<Box> circle_boxes(const Layer& points, const std::vector<double>& radii) {
    std::vector<Box> boxes(points.size());
    for (std::size_t w = 0; w < points.size(); ++w)
      if (!points.is_null(w) && radii[w] > 0) boxes[w] = points.box(w).grown(radii[w]);
    return boxes;
  }

  static bool all_within(const Layer& areas, std::size_t f, double x, double y, double r) {
    auto [first, last] = areas.parts(f);
    for (std::size_t p = first; p < last; ++p) {
      RingView shell = areas.ring(areas.rings(p).first);
      for (std::size_t i = 0; i < shell.size; ++i)
        if (std::hypot(shell.x(i) - x, shell.y(i) - y) > r) return false;
    }
    return true;
  }

  // Distance from (x, y) to the feature: 0 inside it, else to its nearest edge.
  static double distance_to(const Layer& areas, std::size_t f, double x, double y) {
    double nearest = std::numeric_limits<double>::infinity();
    bool inside = false;
    auto [first_part, last_part] = areas.parts(f);
    for (std::size_t p = first_part; p < last_part; ++p) {
      auto [first, last] = areas.rings(p);
      for (std::size_t r = first; r < last; ++r) {
        RingView ring = areas.ring(r);
        for (std::size_t i = 0; i + 1 < ring.size; ++i) {
          double ax = ring.x(i), ay = ring.y(i), bx = ring.x(i + 1), by = ring.y(i + 1);
          if ((ay > y) != (by > y) && x < ax + (y - ay) * (bx - ax) / (by - ay)) inside = !inside;
          double dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy;
          double t = length2 > 0 ? std::clamp(((x - ax) * dx + (y - ay) * dy) / length2, 0.0, 1.0) : 0.0;
          nearest = std::min(nearest, std::hypot(ax + t * dx - x, ay + t * dy - y));
        }
      }
    }
    return inside ? 0.0 : nearest;
  }

  const Layer& points_;
  const std::vector<double>& radii_;
  SpatialIndex index_;
};

}  // namespace

std::vector<CoveredArea> covered_by_circles(const Layer& areas, const Layer& points,
                                            const std::vector<double>& radii, const Layer& zone,
                                            AreaMethod method, Warnings& warnings) {
  std::vector<CoveredArea> result(areas.size());
  auto area = feature_areas(areas, method, warnings);
  CircleClassifier circles(points, radii);
  std::vector<char> crossed(areas.size(), 0);
  parallel_for(areas.size(), [&](std::size_t f) {
    result[f].area_m2 = area[f].value_or(0.0);
    if (areas.is_null(f)) return;
    switch (circles.classify(areas, f)) {
      case CircleTest::inside: result[f].covered_m2 = result[f].area_m2; break;
      case CircleTest::crossed: crossed[f] = 1; break;
      case CircleTest::outside: break;
    }
  });
  std::vector<std::size_t> origin;
  for (std::size_t f = 0; f < areas.size(); ++f)
    if (crossed[f]) origin.push_back(f);
  Layer edge = subset(areas, [&](std::size_t f) { return crossed[f] != 0; }, areas.name);
  std::vector<CoveredArea> edge_covered = covered_areas(edge, zone, method, warnings);
  for (std::size_t i = 0; i < origin.size(); ++i) result[origin[i]].covered_m2 = edge_covered[i].covered_m2;
  return result;
}

std::vector<double> service_radii(const Layer& points, const Column* radius, double fallback,
                                  Warnings& warnings) {
  std::vector<double> radii(points.size(), fallback);
  for (std::size_t p = 0; p < points.size(); ++p) {
    std::optional<double> value = radius ? radius->number(p) : std::nullopt;
    if (value) radii[p] = *value;
    if (in_range(radii[p], Allowed::positive)) continue;
    std::string what = value ? "radius " + number_text(radii[p]) + " is not a finite number " +
                                   range_text({Allowed::positive, "metres"})
                             : "has no radius";
    warnings.push_back(place(points.source, points.name, points.fid(p)) + ": " + what +
                       " — it has no service circle and covers nothing; set its " +
                       (radius ? radius->name() : "radius") + " in metres");
    radii[p] = 0.0;
  }
  return radii;
}

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
      shares.push_back(own(context, GEOSGeom_createEmptyPolygon_r(h), "empty"));
    } else if (!cells[w]) {
      shares.push_back(own(context, GEOSGeom_clone_r(h, circle_geometry.back().get()), "clone"));
    } else {
      shares.push_back(own(context, GEOSIntersection_r(h, circle_geometry.back().get(), cells[w].get()), "intersection"));
    }
  }
  // What only a farther well reaches (radii differ): to the nearest well that reaches it.
  std::vector<GEOSGeometry*> parts;
  for (const GeosGeometry& s : shares) parts.push_back(GEOSGeom_clone_r(h, s.get()));
  GeosGeometry all = own(context, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                              static_cast<unsigned>(parts.size())), "collection");
  GeosGeometry claimed = own(context, GEOSUnaryUnion_r(h, all.get()), "union");
  GeosGeometry leftover = own(context, GEOSDifference_r(h, zone_geometry.get(), claimed.get()), "difference");
  for (int i = 0; i < GEOSGetNumGeometries_r(h, leftover.get()); ++i) {
    const GEOSGeometry* piece = GEOSGetGeometryN_r(h, leftover.get(), i);
    if (GEOSGeomTypeId_r(h, piece) != GEOS_POLYGON || GEOSisEmpty_r(h, piece)) continue;
    GeosGeometry inside = own(context, GEOSPointOnSurface_r(h, piece), "point on surface");
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
    shares[best] = own(context, GEOSUnion_r(h, shares[best].get(), piece), "union");
  }
  for (std::size_t w = 0; w < wells.size(); ++w) {
    result.begin_feature(wells.fid(w));
    append_polygons(context, shares[w].get(), result);
    result.end_feature();
  }
  return result;
}

Irrigation irrigation_coverage(const PlanInputs& inputs, AreaMethod method, Warnings& warnings) {
  const char* purpose = "the irrigation coverage";
  const Layer& wells = inputs.require("wells", purpose);
  if (wells.kind != GeometryKind::point && wells.size() > 0) {
    throw InputError(place(wells.source, wells.name), "is not a point layer", "wells must be points");
  }
  Layer farmland = farmland_parcels(inputs, purpose);
  double default_radius = inputs.planning("default_well_radius_m", 300.0);
  std::vector<double> radii =
      service_radii(wells, inputs.field(wells, "radius"), default_radius, warnings);
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
  result.service_areas = circles(wells, radii, "well_service_areas");
  result.coverage = dissolve(result.service_areas, 0.0, "irrigation_coverage");

  std::vector<CoveredArea> covered =
      covered_by_circles(farmland, wells, radii, result.coverage, method, warnings);
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
  for (const OverlapPiece& p : overlap(farmland, shares, {.method = method}, warnings).pieces)
    result.wells[p.b].farmland_m2 += p.area_m2;

  result.uncovered_parcels = subset(farmland, [&](std::size_t f) { return not_full[f] != 0; },
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
