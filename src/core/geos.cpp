// RAII over the GEOS C API, and conversion between Layer features and GEOS geometries.
#include "landplan/geos.hpp"

#include <stdexcept>
#include <vector>

#include "landplan/layer.hpp"

namespace landplan {

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
  GEOSContext_setErrorMessageHandler_r(handle_, &GeosContext::on_error, this);
}

GeosContext::~GeosContext() { GEOS_finish_r(handle_); }

void GeosContext::on_error(const char* message, void* self) {
  static_cast<GeosContext*>(self)->last_error_ = message ? message : "";
}

GeosContext& geos_context() {
  thread_local GeosContext context;
  return context;
}

GeosGeometry owned(GeosContext& context, GEOSGeometry* geometry, const char* what) {
  if (!geometry) throw std::runtime_error(std::string("GEOS ") + what + " failed: " + context.last_error());
  return GeosGeometry(geometry, GeosDeleter{context.handle()});
}

Box geos_box(GEOSContextHandle_t handle, const GEOSGeometry* geometry) {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  GEOSGeom_getXMin_r(handle, geometry, &x0);
  GEOSGeom_getYMin_r(handle, geometry, &y0);
  GEOSGeom_getXMax_r(handle, geometry, &x1);
  GEOSGeom_getYMax_r(handle, geometry, &y1);
  Box box;
  box.extend(x0, y0);
  box.extend(x1, y1);
  return box;
}

namespace {

GEOSGeometry* make_ring(GEOSContextHandle_t h, RingView ring, bool closed) {
  GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(h, ring.xy, ring.size, 0, 0);
  if (!seq) return nullptr;
  return closed ? GEOSGeom_createLinearRing_r(h, seq) : GEOSGeom_createLineString_r(h, seq);
}

GEOSGeometry* make_part(GEOSContextHandle_t h, const Layer& layer, std::size_t part) {
  auto [first, last] = layer.rings(part);
  RingView first_ring = layer.ring(first);
  switch (layer.kind) {
    case GeometryKind::point:
      return GEOSGeom_createPointFromXY_r(h, first_ring.x(0), first_ring.y(0));
    case GeometryKind::line: return make_ring(h, first_ring, false);
    case GeometryKind::polygon: break;
    case GeometryKind::none: return nullptr;
  }
  GEOSGeometry* shell = make_ring(h, first_ring, true);
  if (!shell) return nullptr;
  std::vector<GEOSGeometry*> holes;
  for (std::size_t r = first + 1; r < last; ++r) {
    GEOSGeometry* hole = make_ring(h, layer.ring(r), true);
    if (!hole) {
      for (GEOSGeometry* g : holes) GEOSGeom_destroy_r(h, g);
      GEOSGeom_destroy_r(h, shell);
      return nullptr;
    }
    holes.push_back(hole);
  }
  return GEOSGeom_createPolygon_r(h, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

int multi_type(GeometryKind kind) {
  switch (kind) {
    case GeometryKind::point: return GEOS_MULTIPOINT;
    case GeometryKind::line: return GEOS_MULTILINESTRING;
    default: return GEOS_MULTIPOLYGON;
  }
}

void append_ring(GEOSContextHandle_t h, const GEOSGeometry* ring, Layer& layer,
                 std::vector<double>& buffer) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
  unsigned int n = 0;
  GEOSCoordSeq_getSize_r(h, seq, &n);
  buffer.resize(2 * static_cast<std::size_t>(n));
  if (n > 0) GEOSCoordSeq_copyToBuffer_r(h, seq, buffer.data(), 0, 0);
  layer.add_ring(buffer);
}

void append_polygonal(GEOSContextHandle_t h, const GEOSGeometry* g, Layer& layer,
                      std::vector<double>& buffer) {
  int type = GEOSGeomTypeId_r(h, g);
  if (type == GEOS_POLYGON) {
    if (GEOSisEmpty_r(h, g)) return;
    append_ring(h, GEOSGetExteriorRing_r(h, g), layer, buffer);
    int holes = GEOSGetNumInteriorRings_r(h, g);
    for (int i = 0; i < holes; ++i) append_ring(h, GEOSGetInteriorRingN_r(h, g, i), layer, buffer);
    layer.end_part();
  } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    int n = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < n; ++i) append_polygonal(h, GEOSGetGeometryN_r(h, g, i), layer, buffer);
  }
}

}  // namespace

GeosGeometry to_geos(GeosContext& context, const Layer& layer, std::size_t feature) {
  GEOSContextHandle_t h = context.handle();
  GeosGeometry none(nullptr, GeosDeleter{h});
  auto [first, last] = layer.parts(feature);
  if (first == last) return none;
  std::vector<GEOSGeometry*> parts;
  for (std::size_t p = first; p < last; ++p) {
    GEOSGeometry* part = make_part(h, layer, p);
    if (!part) {
      for (GEOSGeometry* g : parts) GEOSGeom_destroy_r(h, g);
      throw std::runtime_error("GEOS could not build feature " +
                               std::to_string(layer.fid(feature)) + ": " + context.last_error());
    }
    parts.push_back(part);
  }
  if (parts.size() == 1) return GeosGeometry(parts[0], GeosDeleter{h});
  return GeosGeometry(GEOSGeom_createCollection_r(h, multi_type(layer.kind), parts.data(),
                                                  static_cast<unsigned>(parts.size())),
                      GeosDeleter{h});
}

void append_polygons(GeosContext& context, const GEOSGeometry* geometry, Layer& layer) {
  std::vector<double> buffer;
  append_polygonal(context.handle(), geometry, layer, buffer);
}

}  // namespace landplan
