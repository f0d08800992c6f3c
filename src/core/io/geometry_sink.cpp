// Checking and storing geometry parts, from OGR objects or straight from WKB.
#include "io/geometry_sink.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace landplan::io::detail {

FeatureWarnings::~FeatureWarnings() {
  if (dropped_ > 0)
    out_.push_back(where_ + ": " + std::to_string(dropped_) + " more such warnings not shown");
}

void FeatureWarnings::add(std::int64_t fid, const std::string& text) {
  if (shown_ >= kLimit) {
    ++dropped_;
    return;
  }
  out_.push_back(where_ + ":" + std::to_string(fid) + ": " + text);
  ++shown_;
}

void FeatureWarnings::fault(std::int64_t fid, const std::string& problem,
                            const std::string& remedy) {
  if (out_.lenient() && shown_ >= kLimit) {
    ++dropped_;
    return;
  }
  out_.fault(where_ + ":" + std::to_string(fid), problem, remedy);
  ++shown_;
}

void GeometrySink::begin_feature(std::int64_t fid) {
  fid_ = fid;
  layer_.begin_feature(fid);
}

void GeometrySink::end_feature() {
  end_polygon();
  layer_.end_feature();
}

bool GeometrySink::accepts(GeometryKind kind) {
  if (layer_.kind == GeometryKind::none) layer_.kind = kind;
  if (kind == layer_.kind) return true;
  warnings_.add(fid_, "a " + std::string(kind_name(kind)) + " in a " +
                          std::string(kind_name(layer_.kind)) + " layer — part ignored");
  return false;
}

bool GeometrySink::usable(std::vector<double>& xy, bool ring) {
  for (double v : xy) {
    if (!std::isfinite(v)) {
      // No writer means NaN: the bytes are damaged, and without the part the area is wrong.
      warnings_.fault(fid_, "a coordinate is NaN or infinite — that part is ignored",
                      "repair or remove this feature");
      return false;
    }
  }
  std::size_t n = xy.size() / 2;
  if (ring && n > 0 && (xy[0] != xy[2 * n - 2] || xy[1] != xy[2 * n - 1])) {
    warnings_.add(fid_, "ring not closed — closed it");
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    ++n;
  }
  if (n < (ring ? 4u : 2u)) {
    warnings_.add(fid_, std::string(ring ? "ring" : "line") + " with too few vertices — ignored");
    return false;
  }
  return true;
}

void GeometrySink::point(double x, double y) {
  std::vector<double> xy = {x, y};
  if (!std::isfinite(x) || !std::isfinite(y)) {
    warnings_.add(fid_, "coordinate is NaN or infinite — that part is ignored");
    return;
  }
  layer_.add_ring(xy);
  layer_.end_part();
}

void GeometrySink::line(std::vector<double>& xy) {
  if (!usable(xy, false)) return;
  layer_.add_ring(xy);
  layer_.end_part();
}

void GeometrySink::shell(std::vector<double>& xy) {
  end_polygon();
  if (!usable(xy, true)) return;  // without its shell the whole polygon is dropped
  layer_.add_ring(xy);
  polygon_open_ = true;
}

void GeometrySink::hole(std::vector<double>& xy) {
  if (polygon_open_ && usable(xy, true)) layer_.add_ring(xy);
}

void GeometrySink::end_polygon() {
  if (!polygon_open_) return;
  layer_.end_part();
  polygon_open_ = false;
}

namespace {

GeometryKind kind_of(OGRwkbGeometryType type) {
  switch (wkbFlatten(type)) {
    case wkbPoint:
      return GeometryKind::point;
    case wkbLineString:
      return GeometryKind::line;
    case wkbPolygon:
    case wkbTriangle:
      return GeometryKind::polygon;
    default:
      return GeometryKind::none;
  }
}

void copy_curve(const OGRSimpleCurve& curve, std::vector<double>& xy) {
  int n = curve.getNumPoints();
  xy.resize(2 * static_cast<std::size_t>(n));
  if (n > 0) curve.getPoints(xy.data(), 2 * sizeof(double), xy.data() + 1, 2 * sizeof(double));
}

void append_linear(const OGRGeometry& g, GeometrySink& sink, std::vector<double>& xy) {
  if (g.IsEmpty()) return;
  GeometryKind kind = kind_of(g.getGeometryType());
  if (kind == GeometryKind::none) {  // a multi-geometry or collection: its members one by one
    for (const OGRGeometry* part : *g.toGeometryCollection()) append_linear(*part, sink, xy);
    return;
  }
  if (!sink.accepts(kind)) return;
  if (kind == GeometryKind::point) {
    sink.point(g.toPoint()->getX(), g.toPoint()->getY());
  } else if (kind == GeometryKind::line) {
    copy_curve(*g.toLineString(), xy);
    sink.line(xy);
  } else {
    const OGRPolygon& polygon = *g.toPolygon();
    copy_curve(*polygon.getExteriorRing(), xy);
    sink.shell(xy);
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i) {
      copy_curve(*polygon.getInteriorRing(i), xy);
      sink.hole(xy);
    }
    sink.end_polygon();
  }
}

// A cursor over WKB bytes that honours each geometry's byte order.
class WkbReader {
 public:
  explicit WkbReader(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  std::size_t position() const { return position_; }
  void seek(std::size_t position) { position_ = position; }

  std::uint32_t u32(bool little) {
    std::uint8_t b[4];
    if (!take(b, 4)) return 0;
    if (!little) std::swap(b[0], b[3]), std::swap(b[1], b[2]);
    std::uint32_t v;
    std::memcpy(&v, b, 4);
    return v;
  }
  std::uint8_t byte() {
    std::uint8_t b = 0;
    take(&b, 1);
    return b;
  }
  // Reads n points of `dims` doubles, keeping x and y.
  void points(std::uint32_t n, int dims, bool little, std::vector<double>& xy) {
    // Check the count against the bytes left before allocating: a corrupt count of 4e9
    // would otherwise ask for 64 GB.
    if (static_cast<std::size_t>(n) * dims * 8 > bytes_.size() - position_) {
      ok_ = false;
      xy.clear();
      return;
    }
    xy.resize(2 * static_cast<std::size_t>(n));
    for (std::uint32_t i = 0; i < n; ++i) {
      xy[2 * i] = real(little);
      xy[2 * i + 1] = real(little);
      position_ += 8 * (dims - 2);
    }
  }

 private:
  bool take(std::uint8_t* out, std::size_t n) {
    if (!ok_ || n > bytes_.size() - position_) {
      ok_ = false;
      return false;
    }
    std::memcpy(out, bytes_.data() + position_, n);
    position_ += n;
    return true;
  }
  double real(bool little) {
    std::uint8_t b[8];
    std::memcpy(b, bytes_.data() + position_, 8);
    position_ += 8;
    if (!little) std::reverse(b, b + 8);
    double v;
    std::memcpy(&v, b, 8);
    return v;
  }

  std::span<const std::uint8_t> bytes_;
  std::size_t position_ = 0;
  bool ok_ = true;
};

// Collections nest; real data nests two levels, so deeper is corrupt (and would otherwise
// recurse until the stack overflows).
constexpr int kMaxWkbDepth = 32;

bool append_wkb_geometry(WkbReader& in, std::span<const std::uint8_t> all, GeometrySink& sink,
                         std::vector<double>& xy, int depth = 0) {
  if (depth > kMaxWkbDepth) return false;
  std::size_t start = in.position();
  bool little = in.byte() == 1;
  std::uint32_t code = in.u32(little);
  if (!in.ok()) return false;
  // ISO codes add 1000 (Z), 2000 (M), 3000 (ZM); EWKB sets high bits instead.
  bool ewkb_z = code & 0x80000000u, ewkb_m = code & 0x40000000u;
  if (code & 0x20000000u) in.u32(little);  // EWKB SRID
  code &= 0x0FFFFFFFu;
  int dims = 2 + (ewkb_z ? 1 : 0) + (ewkb_m ? 1 : 0);
  if (code >= 1000 && code < 4000) {
    dims = 2 + (code / 1000 == 3 ? 2 : 1);
    code %= 1000;
  }
  switch (code) {
    case 1: {
      in.points(1, dims, little, xy);
      if (!in.ok()) return false;
      // WKB writes an empty point as NaN coordinates.
      if (sink.accepts(GeometryKind::point) && !(std::isnan(xy[0]) && std::isnan(xy[1])))
        sink.point(xy[0], xy[1]);
      return true;
    }
    case 2: {
      std::uint32_t n = in.u32(little);
      in.points(n, dims, little, xy);
      if (!in.ok()) return false;
      if (n > 0 && sink.accepts(GeometryKind::line)) sink.line(xy);
      return true;
    }
    case 3: {
      std::uint32_t rings = in.u32(little);
      bool accepted = rings > 0 && sink.accepts(GeometryKind::polygon);
      for (std::uint32_t r = 0; r < rings && in.ok(); ++r) {
        std::uint32_t n = in.u32(little);
        in.points(n, dims, little, xy);
        if (!accepted) continue;
        if (r == 0)
          sink.shell(xy);
        else
          sink.hole(xy);
      }
      if (accepted) sink.end_polygon();
      return in.ok();
    }
    case 4:
    case 5:
    case 6:
    case 7: {
      std::uint32_t parts = in.u32(little);
      for (std::uint32_t i = 0; i < parts && in.ok(); ++i)
        if (!append_wkb_geometry(in, all, sink, xy, depth + 1)) return false;
      return in.ok();
    }
    default: {  // curves, surfaces, TINs: let OGR parse and linearise this one
      OGRGeometry* geometry = nullptr;
      std::size_t consumed = 0;
      if (OGRGeometryFactory::createFromWkb(all.data() + start, nullptr, &geometry,
                                            all.size() - start, wkbVariantIso,
                                            consumed) != OGRERR_NONE) {
        return false;
      }
      std::unique_ptr<OGRGeometry> owned(geometry);
      append_ogr(*owned, sink);
      in.seek(start + consumed);
      return true;
    }
  }
}

}  // namespace

void append_ogr(const OGRGeometry& geometry, GeometrySink& sink) {
  std::vector<double> xy;
  if (OGR_GT_IsNonLinear(geometry.getGeometryType())) {
    std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
    if (linear) append_linear(*linear, sink, xy);
    return;
  }
  append_linear(geometry, sink, xy);
}

bool append_wkb(std::span<const std::uint8_t> wkb, GeometrySink& sink) {
  WkbReader in(wkb);
  std::vector<double> xy;
  return append_wkb_geometry(in, wkb, sink, xy);
}

}  // namespace landplan::io::detail
