// Buffers, circles, dissolves and subsets with GEOS, kept as flat Layers.
#include "landplan/ops/geoprocess.hpp"

#include <cmath>
#include <stdexcept>

#include "landplan/geos.hpp"
#include "landplan/ops/metres.hpp"
#include "ops/validity.hpp"

namespace landplan::ops {
namespace {

Layer empty_like(const Layer& layer, const std::string& name, GeometryKind kind) {
  Layer result;
  result.name = name;
  result.role = layer.role;
  result.source = layer.source;
  result.kind = kind;
  result.crs = layer.crs;
  result.source_crs = layer.source_crs;
  return result;
}

void copy_attributes(const Layer& from, std::size_t feature, Layer& to) {
  if (to.columns.empty()) {
    for (const Column& c : from.columns) to.columns.emplace_back(c.name(), c.type(), c.kind());
  }
  for (std::size_t i = 0; i < from.columns.size(); ++i) to.columns[i].push_from(from.columns[i], feature);
}

}  // namespace

Layer dissolve(const Layer& layer, double distance, const std::string& name) {
  if (distance != 0) require_metres(layer, "buffer distances");
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  std::vector<GEOSGeometry*> parts;
  for (std::size_t f = 0; f < layer.size(); ++f) {
    if (layer.is_null(f)) continue;
    std::string reason;
    GeosGeometry g = detail::valid_geometry(context, layer, f, reason);
    if (distance != 0) g = owned(context, GEOSBuffer_r(h, g.get(), distance, kQuadrantSegments), "buffer");
    parts.push_back(g.release());
  }
  GeosGeometry collection = owned(
      context,
      GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                  static_cast<unsigned>(parts.size())),
      "collection");
  GeosGeometry merged = owned(context, GEOSUnaryUnion_r(h, collection.get()), "union");
  Layer result = empty_like(layer, name, GeometryKind::polygon);
  result.begin_feature(1);
  append_polygons(context, merged.get(), result);
  result.end_feature();
  result.known_valid = true;
  return result;
}

Layer circles(const Layer& points, const std::vector<double>& radii, const std::string& name) {
  require_metres(points, "service radii");
  GeosContext& context = geos_context();
  Layer result = empty_like(points, name, GeometryKind::polygon);
  result.known_valid = true;  // GEOS buffers are valid
  for (std::size_t f = 0; f < points.size(); ++f) {
    result.begin_feature(points.fid(f));
    if (!points.is_null(f) && radii[f] > 0) {
      GeosGeometry point = to_geos(context, points, f);
      GeosGeometry circle = owned(
          context, GEOSBuffer_r(context.handle(), point.get(), radii[f], kQuadrantSegments), "buffer");
      append_polygons(context, circle.get(), result);
    }
    result.end_feature();
    copy_attributes(points, f, result);
  }
  return result;
}

Layer subset(const Layer& layer, const std::function<bool(std::size_t)>& keep,
             const std::string& name) {
  Layer result = empty_like(layer, name, layer.kind);
  for (const Column& c : layer.columns) result.columns.emplace_back(c.name(), c.type(), c.kind());
  for (std::size_t f = 0; f < layer.size(); ++f) {
    if (!keep(f)) continue;
    result.append_geometry_of(layer, f, layer.fid(f));
    copy_attributes(layer, f, result);
  }
  return result;
}

Layer subdivide(const Layer& zone, double cell, const std::string& name) {
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  Layer result = empty_like(zone, name, GeometryKind::polygon);
  result.known_valid = zone.known_valid;  // clipping a valid polygon by a rectangle keeps it valid
  for (std::size_t f = 0; f < zone.size(); ++f) {
    if (zone.is_null(f)) continue;
    const Box& box = zone.box(f);
    GeosGeometry geometry = to_geos(context, zone, f);
    // Part by part, each over the grid cells its own box meets: a cell clips one small polygon,
    // not the whole zone.
    for (int i = 0; i < GEOSGetNumGeometries_r(h, geometry.get()); ++i) {
      const GEOSGeometry* part = GEOSGetGeometryN_r(h, geometry.get(), i);
      const Box bounds = geos_box(h, part);
      for (double x = box.minx + std::floor((bounds.minx - box.minx) / cell) * cell; x < bounds.maxx;
           x += cell) {
        for (double y = box.miny + std::floor((bounds.miny - box.miny) / cell) * cell;
             y < bounds.maxy; y += cell) {
          GeosGeometry piece(GEOSClipByRect_r(h, part, x, y, x + cell, y + cell), GeosDeleter{h});
          if (!piece || GEOSisEmpty_r(h, piece.get())) continue;
          result.begin_feature(static_cast<std::int64_t>(result.size() + 1));
          append_polygons(context, piece.get(), result);
          result.end_feature();  // a cell touching the part only along an edge stays null
        }
      }
    }
  }
  return result;
}


}  // namespace landplan::ops
