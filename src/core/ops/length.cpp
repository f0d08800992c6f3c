// Feature lengths and lengths of lines within zones (roads per village), geodesic or planar.
#include "landplan/ops/length.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "landplan/geos.hpp"
#include "landplan/ops/metres.hpp"
#include "landplan/parallel.hpp"
#include "landplan/planar.hpp"
#include "landplan/spatial_index.hpp"
#include "ops/prepared_polygons.hpp"
#include "ops/validity.hpp"

namespace landplan::ops {
namespace {

void require_kind(const Layer& layer, std::initializer_list<GeometryKind> kinds,
                  const std::string& remedy) {
  // A layer whose every geometry is missing has no kind: "no feature has a length", below.
  if (layer.kind == GeometryKind::none || layer.size() == 0) return;
  if (std::find(kinds.begin(), kinds.end(), layer.kind) != kinds.end()) return;
  throw InputError(place(layer.source, layer.name),
                   "is a " + std::string(kind_name(layer.kind)) + " layer", remedy);
}

bool is_closed(RingView ring) {
  return ring.size > 1 && ring.x(0) == ring.x(ring.size - 1) && ring.y(0) == ring.y(ring.size - 1);
}

// The metres of the linear parts of a GEOS geometry: what an intersection or difference of a
// line with a polygon returns (lines, and points where it only touches).
double linear_length(const LengthMeter& meter, GEOSContextHandle_t h, const GEOSGeometry* g,
                     std::vector<double>& buffer) {
  int type = GEOSGeomTypeId_r(h, g);
  if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, g);
    unsigned int n = 0;
    GEOSCoordSeq_getSize_r(h, seq, &n);
    buffer.resize(2 * static_cast<std::size_t>(n));
    if (n > 0) GEOSCoordSeq_copyToBuffer_r(h, seq, buffer.data(), 0, 0);
    return meter.line({buffer.data(), n});
  }
  double length = 0.0;
  if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
    int parts = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < parts; ++i)
      length += linear_length(meter, h, GEOSGetGeometryN_r(h, g, i), buffer);
  }
  return length;
}

}  // namespace

LengthMeter::LengthMeter(LengthMethod method, const Crs& working, const Crs& ellipsoid_of)
    : method_(method) {
  if (method_ == LengthMethod::ellipsoidal) {
    geodesic_.emplace(working, ellipsoid_of.empty() ? working : ellipsoid_of);
  }
}

LengthMeter::~LengthMeter() = default;
LengthMeter::LengthMeter(LengthMeter&&) noexcept = default;

LengthMeter LengthMeter::for_layer(const Layer& layer, LengthMethod method) {
  return LengthMeter(method, layer.crs, layer.source_crs);
}

double LengthMeter::line(RingView line) const {
  return geodesic_ ? geodesic_->length(line) : line_length(line);
}

double LengthMeter::operator()(const Layer& layer, std::size_t feature) const {
  double length = 0.0;
  auto [first_part, last_part] = layer.parts(feature);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = layer.rings(p);
    for (std::size_t r = first; r < last; ++r) {
      RingView ring = layer.ring(r);
      length += line(ring);
      // A perimeter goes round: close a ring stored without its closing vertex.
      if (layer.kind == GeometryKind::polygon && ring.size > 2 && !is_closed(ring)) {
        buffer_ = {ring.x(ring.size - 1), ring.y(ring.size - 1), ring.x(0), ring.y(0)};
        length += this->line({buffer_.data(), 2});
      }
    }
  }
  return length;
}

std::vector<std::optional<double>> feature_lengths(const Layer& layer, LengthMethod method,
                                                   Warnings& warnings) {
  std::string where = place(layer.source, layer.name);
  require_kind(layer, {GeometryKind::line, GeometryKind::polygon},
               "lengths need a line layer (or polygons, measured along their boundary)");
  if (method == LengthMethod::planar) {
    require_metres(layer, "planar lengths", "or use --method ellipsoidal");
  }
  std::vector<std::optional<double>> lengths(layer.size());
  // A meter per chunk: each keeps its own PROJ transformer and buffers.
  parallel_chunks(layer.size(), chunk_count(layer.size(), 1024),
                  [&](std::size_t, std::size_t begin, std::size_t end) {
                    LengthMeter meter = LengthMeter::for_layer(layer, method);
                    for (std::size_t f = begin; f < end; ++f) {
                      if (layer.is_null(f)) continue;
                      lengths[f] = detail::has_usable_coordinates(layer, f)
                                       ? meter(layer, f)
                                       : std::numeric_limits<double>::quiet_NaN();
                    }
                  });
  for (std::size_t f = 0; f < layer.size(); ++f) {
    std::string at = place(layer.source, layer.name, layer.fid(f));
    if (layer.is_null(f)) warnings.push_back(at + ": no geometry — its length is left empty");
    if (lengths[f] && !std::isfinite(*lengths[f])) {
      lengths[f].reset();
      warnings.fault(at, "length cannot be computed (coordinates too large or outside the CRS)",
                     "check the layer's CRS and axis order");
    }
  }
  if (layer.size() > 0 &&
      std::none_of(lengths.begin(), lengths.end(), [](auto& l) { return l.has_value(); })) {
    warnings.fault(where, "no feature has a length (every geometry is missing or empty)",
                   "check that the source holds the lines, and its geometry column");
  }
  return lengths;
}

std::vector<LengthInZone> lengths_in_zones(const Layer& lines, const Layer& zones,
                                           LengthMethod method, Warnings& warnings) {
  require_kind(lines, {GeometryKind::line}, "lengths within zones need a line layer");
  require_kind(zones, {GeometryKind::polygon}, "the zones lines are measured in must be polygons");
  if (method == LengthMethod::planar) {
    require_metres(lines, "planar lengths", "or use --method ellipsoidal");
  }
  LengthMeter meter = LengthMeter::for_layer(lines, method);
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  detail::PreparedPolygons prepared(context, zones, warnings);
  SpatialIndex index = SpatialIndex::of_layer(zones);
  std::vector<LengthInZone> pieces;
  std::vector<double> buffer;
  // Serial: roads are few and each meets a handful of villages; GEOS does the cutting.
  for (std::size_t l = 0; l < lines.size(); ++l) {
    if (lines.is_null(l) || !detail::has_usable_coordinates(lines, l)) continue;
    std::vector<std::uint32_t> candidates = index.query(lines.box(l));
    std::sort(candidates.begin(), candidates.end());
    GeosGeometry rest = to_geos(context, lines, l);  // what no earlier zone took
    for (std::uint32_t z : candidates) {
      const GEOSGeometry* zone = prepared.geometry(z);
      if (!zone || GEOSPreparedIntersects_r(h, prepared.prepared(z), rest.get()) != 1) continue;
      bool whole = GEOSPreparedContains_r(h, prepared.prepared(z), rest.get()) == 1;
      GeosGeometry inside(whole ? nullptr : GEOSIntersection_r(h, rest.get(), zone), {h});
      GeosGeometry outside(whole ? nullptr : GEOSDifference_r(h, rest.get(), zone), {h});
      if (!whole && (!inside || !outside)) {
        warnings.push_back(place(lines.source, lines.name, lines.fid(l)) +
                           ": GEOS could not cut it along zone " + std::to_string(zones.fid(z)) +
                           " (" + context.last_error() + ") — its length there is not counted");
        continue;
      }
      double length = linear_length(meter, h, whole ? rest.get() : inside.get(), buffer);
      if (length > 0) pieces.push_back({l, z, length});
      if (whole || GEOSisEmpty_r(h, outside.get()) == 1) break;
      rest = std::move(outside);
    }
  }
  return pieces;
}

}  // namespace landplan::ops
