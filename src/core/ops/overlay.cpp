// Pairwise intersection of two polygon layers: R-tree candidates, prepared fast paths, OverlayNG.
#include "landplan/ops/overlay.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "landplan/geos.hpp"
#include "landplan/parallel.hpp"
#include "landplan/spatial_index.hpp"
#include "landplan/units.hpp"
#include "ops/intersection.hpp"
#include "ops/prepared_polygons.hpp"
#include "ops/validity.hpp"

namespace landplan::ops {
namespace {

void require_polygons(const Layer& layer) {
  if (layer.kind != GeometryKind::polygon && layer.size() > 0) {
    throw InputError(place(layer.source, layer.name),
                     "is a " + std::string(kind_name(layer.kind)) + " layer",
                     "overlaps need polygon layers");
  }
}

struct Found {
  std::size_t a, b;
  double area_m2;
  std::size_t geometry = 0;  // feature index in the chunk's geometry layer
};

// What one thread finds over its range of the larger layer.
// A pair whose common area is lost: a data fault, raised on the calling thread (Warnings::fault
// throws, and no exception may leave a worker).
struct LostPair {
  std::string where, problem, remedy;
};

struct Chunk {
  std::vector<Found> found;
  Layer geometry;
  Warnings warnings;
  std::vector<LostPair> lost;
};

class Intersector {
 public:
  Intersector(const Layer& small, const Layer& large, bool a_is_small, const AreaMeter& meter,
              const OverlapOptions& options, const SpatialIndex& index)
      : small_(small),
        large_(large),
        a_is_small_(a_is_small),
        meter_(meter),
        keep_geometry_(options.keep_geometry),
        only_pairs_(options.only_pairs),
        index_(index),
        small_extent_(small.extent()) {}

  void run(std::size_t begin, std::size_t end, Chunk& chunk) const {
    GeosContext& context = geos_context();
    detail::PreparedPolygons side(context, small_, chunk.warnings);
    chunk.geometry.kind = GeometryKind::polygon;
    chunk.geometry.crs = large_.crs;
    std::vector<std::uint32_t> candidates;
    for (std::size_t l = begin; l < end; ++l) {
      // Most of a county misses a few sites altogether: one box test, not a tree walk.
      if (large_.is_null(l) || !small_extent_.intersects(large_.box(l))) continue;
      candidates.clear();
      index_.query(large_.box(l), [&](std::uint32_t s) {
        if (!only_pairs_ || (a_is_small_ ? only_pairs_(s, l) : only_pairs_(l, s))) {
          candidates.push_back(s);
        }
      });
      if (candidates.empty()) continue;  // the common case: no GEOS geometry at all
      std::sort(candidates.begin(), candidates.end());
      std::string reason;
      GeosGeometry geometry = detail::valid_geometry(context, large_, l, reason);
      if (!reason.empty()) detail::note_repair(chunk.warnings, large_, l, reason);
      for (std::uint32_t s : candidates) {
        if (small_.is_null(s)) continue;
        intersect(context, side, s, l, geometry.get(), reason.empty(), chunk);
      }
    }
  }

 private:
  void intersect(GeosContext& context, detail::PreparedPolygons& side, std::size_t s, std::size_t l,
                 const GEOSGeometry* large_geometry, bool large_as_stored, Chunk& chunk) const {
    GEOSContextHandle_t h = context.handle();
    const GEOSPreparedGeometry* prepared = side.prepared(s);
    if (!prepared) return;
    std::size_t a = a_is_small_ ? s : l, b = a_is_small_ ? l : s;
    // Whole feature inside the other: its own area, no intersection computed.
    if (large_as_stored && GEOSPreparedContains_r(h, prepared, large_geometry) == 1) {
      double area = meter_(large_, l);
      if (measurable(chunk, s, l, area) && area > 0) {
        record(chunk, a, b, area, [&] { copy_large(chunk, l); });
      }
      return;
    }
    if (GEOSPreparedIntersects_r(h, prepared, large_geometry) != 1) return;
    GeosGeometry piece = detail::intersect_robustly(context, side.geometry(s), large_geometry);
    if (!piece) {
      chunk.lost.push_back({pair_place(s, l),
                            "GEOS could not intersect them (" + context.last_error() + ")",
                            "check both polygons"});
      return;
    }
    Layer polygon = detail::polygon_layer_of(context, piece.get(), large_.crs, 0);
    if (polygon.is_null(0)) return;  // they only touch: a line or a point in common
    double area = meter_(polygon, 0);
    if (!measurable(chunk, s, l, area) || area <= 0) return;
    record(chunk, a, b, area, [&] { chunk.geometry.append_geometry_of(polygon, 0, 0); });
  }

  // Coordinates too large for the arithmetic, or outside what the CRS can take to longitude and
  // latitude, give a NaN or infinite area: the pair is skipped with a word, never printed as nan.
  bool measurable(Chunk& chunk, std::size_t s, std::size_t l, double area) const {
    if (std::isfinite(area)) return true;
    chunk.lost.push_back({pair_place(s, l),
                          "the area they share cannot be computed (coordinates too large or "
                          "outside the CRS)",
                          "check the layers' CRS"});
    return false;
  }

  std::string pair_place(std::size_t s, std::size_t l) const {
    return place(large_.source, large_.name, large_.fid(l)) + " × " +
           place(small_.source, small_.name, small_.fid(s));
  }

  template <typename AddGeometry>
  void record(Chunk& chunk, std::size_t a, std::size_t b, double area, AddGeometry add) const {
    chunk.found.push_back({a, b, area, chunk.geometry.size()});
    if (keep_geometry_) add();
  }

  void copy_large(Chunk& chunk, std::size_t l) const {
    chunk.geometry.append_geometry_of(large_, l, 0);
  }

  const Layer& small_;
  const Layer& large_;
  bool a_is_small_;
  const AreaMeter& meter_;
  bool keep_geometry_;
  const std::function<bool(std::size_t, std::size_t)>& only_pairs_;
  const SpatialIndex& index_;
  Box small_extent_;
};

// Areas of the features that appear in the pieces (valid ones measured, invalid ones repaired).
std::unordered_map<std::size_t, double> areas_of(const Layer& layer, const AreaMeter& meter,
                                                 std::vector<std::size_t> features) {
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  std::vector<double> areas(features.size());
  parallel_for(features.size(), [&](std::size_t i) {
    std::size_t f = features[i];
    std::string reason;
    if (detail::is_valid_polygon(layer, f, reason)) {
      areas[i] = meter(layer, f);
      return;
    }
    GeosContext& context = geos_context();
    GeosGeometry valid = detail::valid_geometry(context, layer, f, reason);
    Layer repaired = detail::polygon_layer_of(context, valid.get(), layer.crs, 0);
    areas[i] = repaired.is_null(0) ? 0.0 : meter(repaired, 0);
  });
  std::unordered_map<std::size_t, double> by_feature;
  for (std::size_t i = 0; i < features.size(); ++i) by_feature[features[i]] = areas[i];
  return by_feature;
}

}  // namespace

Overlap overlap(const Layer& a, const Layer& b, const OverlapOptions& options, Warnings& warnings) {
  require_polygons(a);
  require_polygons(b);
  if (a.size() == 0 || b.size() == 0) return {};
  if (!a.crs.equivalent_to(b.crs)) {
    throw std::logic_error("overlap: layers in different CRSs (" + a.crs.label() + ", " +
                           b.crs.label() + ")");
  }
  auto meter = AreaMeter::for_layer(a, options.method);
  // B is measured only for its shares: a meter over a county's extent is not free.
  auto meter_b = options.shares ? AreaMeter::for_layer(b, options.method) : nullptr;
  bool a_is_small = a.size() <= b.size();
  const Layer& small = a_is_small ? a : b;
  const Layer& large = a_is_small ? b : a;
  SpatialIndex index = SpatialIndex::of_layer(small);
  Intersector intersector(small, large, a_is_small, *meter, options, index);

  std::size_t chunks = chunk_count(large.size(), 1024);
  std::vector<Chunk> found(chunks);
  parallel_chunks(large.size(), chunks, [&](std::size_t c, std::size_t begin, std::size_t end) {
    intersector.run(begin, end, found[c]);
  });

  struct Ref {
    const Chunk* chunk;
    const Found* found;
  };
  std::vector<Ref> all;
  for (const Chunk& chunk : found) {
    for (const Found& f : chunk.found) all.push_back({&chunk, &f});
    warnings.insert(warnings.end(), chunk.warnings.begin(), chunk.warnings.end());
    for (const LostPair& pair : chunk.lost) {
      warnings.fault(pair.where, pair.problem + " — pair left out", pair.remedy);
    }
  }
  std::sort(all.begin(), all.end(), [](const Ref& x, const Ref& y) {
    return std::tie(x.found->a, x.found->b) < std::tie(y.found->a, y.found->b);
  });
  std::vector<std::size_t> in_a, in_b;
  for (const Ref& r : all) {
    in_a.push_back(r.found->a);
    in_b.push_back(r.found->b);
  }
  std::unordered_map<std::size_t, double> area_a, area_b;
  if (options.shares) {
    area_a = areas_of(a, *meter, in_a);
    area_b = areas_of(b, *meter_b, in_b);
  }

  Overlap result;
  result.geometry.name = a.name + "_x_" + b.name;
  result.geometry.kind = GeometryKind::polygon;
  result.geometry.crs = a.crs;
  result.geometry.source_crs = a.source_crs;
  for (const Ref& r : all) {
    const Found& f = *r.found;
    double share_a = area_a[f.a] > 0 ? 100.0 * f.area_m2 / area_a[f.a] : 0.0;
    double share_b = area_b[f.b] > 0 ? 100.0 * f.area_m2 / area_b[f.b] : 0.0;
    result.pieces.push_back({f.a, f.b, f.area_m2, share_a, share_b});
    if (options.keep_geometry) {
      result.geometry.append_geometry_of(r.chunk->geometry, f.geometry,
                                         static_cast<std::int64_t>(result.pieces.size()));
    }
  }
  return result;
}

Layer overlap_layer(Overlap overlap, const Layer& a, const Layer& b) {
  Layer layer = std::move(overlap.geometry);
  const auto& pieces = overlap.pieces;
  auto fid_column = [&](const char* name, const Layer& side, bool is_a) {
    Column column(name, FieldType::integer);
    for (const OverlapPiece& p : pieces) column.push(side.fid(is_a ? p.a : p.b));
    layer.columns.push_back(std::move(column));
  };
  fid_column("fid_a", a, true);
  fid_column("fid_b", b, false);
  auto copy_columns = [&](const Layer& side, const Layer& other, bool is_a) {
    for (const Column& source : side.columns) {
      std::string name = source.name();
      if (other.column(name)) name += is_a ? "_a" : "_b";
      Column column(name, source.type(), source.kind());
      for (const OverlapPiece& p : pieces) column.push_from(source, is_a ? p.a : p.b);
      layer.columns.push_back(std::move(column));
    }
  };
  copy_columns(a, b, true);
  copy_columns(b, a, false);
  auto real_column = [&](const char* name, auto value) {
    Column column(name, FieldType::real);
    for (const OverlapPiece& p : pieces) column.push(static_cast<double>(value(p)));
    layer.columns.push_back(std::move(column));
  };
  real_column("area_m2", [](const OverlapPiece& p) { return p.area_m2; });
  real_column("area_mu", [](const OverlapPiece& p) { return Area::from_m2(p.area_m2).mu(); });
  real_column("pct_of_a", [](const OverlapPiece& p) { return p.pct_of_a; });
  real_column("pct_of_b", [](const OverlapPiece& p) { return p.pct_of_b; });
  return layer;
}

}  // namespace landplan::ops
