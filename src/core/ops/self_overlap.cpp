// Overlaps within one layer: R-tree candidates, an exact shared-edge proof on the flat arrays,
// GEOS only for the pairs the proof cannot settle.
#include "landplan/ops/self_overlap.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <tuple>

#include "landplan/geos.hpp"
#include "landplan/parallel.hpp"
#include "landplan/spatial_index.hpp"
#include "ops/disjoint_interiors.hpp"
#include "ops/intersection.hpp"
#include "ops/validity.hpp"

namespace landplan::ops {
namespace {

// A pair whose common area is lost: a data fault, raised on the calling thread (Warnings::fault
// throws, and no exception may leave a worker).
struct LostPair {
  std::size_t a, b;
  std::string problem;
};

struct Chunk {
  std::vector<SelfOverlap> found;
  std::vector<LostPair> lost;
};

// Boxes sharing more than a line: only then can the interiors meet.
bool boxes_overlap(const Box& x, const Box& y) {
  return std::min(x.maxx, y.maxx) > std::max(x.minx, y.minx) &&
         std::min(x.maxy, y.maxy) > std::max(x.miny, y.miny);
}

struct PreparedDeleter {
  GEOSContextHandle_t handle;
  void operator()(const GEOSPreparedGeometry* p) const { GEOSPreparedGeom_destroy_r(handle, p); }
};

class PairFinder {
 public:
  PairFinder(const Layer& layer, const std::vector<char>& valid, const AreaMeter& meter)
      : layer_(layer), valid_(valid), meter_(meter), index_(SpatialIndex::of_layer(layer)) {}

  std::size_t features() const { return index_.size(); }

  // The features at [begin, end) of the index's order (nearby features one after another).
  void run(std::size_t begin, std::size_t end, Chunk& chunk) const {
    detail::DisjointInteriors proof;
    std::vector<std::uint32_t> pending;
    for (std::size_t i = begin; i < end; ++i) {
      std::size_t a = index_.in_tree_order()[i];
      pending.clear();
      index_.query(layer_.box(a), [&](std::uint32_t b) {
        if (b <= a || layer_.is_null(b) || !boxes_overlap(layer_.box(a), layer_.box(b))) return;
        if (valid_[a] && valid_[b] && proof.proven(layer_, a, b)) return;  // the common case
        pending.push_back(b);
      });
      if (pending.empty()) continue;
      std::sort(pending.begin(), pending.end());
      measure(a, pending, chunk);
    }
  }

 private:
  // Feature a against the neighbours the proof left open, a prepared once for all of them.
  void measure(std::size_t a, const std::vector<std::uint32_t>& pending, Chunk& chunk) const {
    GeosContext& context = geos_context();
    GEOSContextHandle_t h = context.handle();
    std::string reason;  // repairs are the caller's to report
    GeosGeometry geometry_a = detail::valid_geometry(context, layer_, a, reason);
    std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter> prepared(
        GEOSPrepare_r(h, geometry_a.get()), PreparedDeleter{h});
    if (!prepared)
      throw std::runtime_error("GEOS could not prepare a polygon: " + context.last_error());
    for (std::uint32_t b : pending) {
      GeosGeometry geometry_b = detail::valid_geometry(context, layer_, b, reason);
      double area = 0.0;
      if (valid_[b] && GEOSPreparedContains_r(h, prepared.get(), geometry_b.get()) == 1) {
        area = meter_(layer_, b);  // b lies wholly in a: its own area, no intersection
      } else if (GEOSPreparedIntersects_r(h, prepared.get(), geometry_b.get()) == 1) {
        GeosGeometry piece =
            detail::intersect_robustly(context, geometry_a.get(), geometry_b.get());
        if (!piece) {
          chunk.lost.push_back(
              {a, b, "GEOS could not intersect them (" + context.last_error() + ")"});
          continue;
        }
        Layer polygon = detail::polygon_layer_of(context, piece.get(), layer_.crs, 0);
        if (polygon.is_null(0)) continue;  // a line or points in common: they only touch
        area = meter_(polygon, 0);
      }
      if (!std::isfinite(area)) {
        chunk.lost.push_back({a, b,
                              "the area they share cannot be computed (coordinates too "
                              "large or outside the CRS)"});
      } else if (area > 0) {
        chunk.found.push_back({a, b, area});
      }
    }
  }

  const Layer& layer_;
  const std::vector<char>& valid_;
  const AreaMeter& meter_;
  SpatialIndex index_;
};

}  // namespace

std::vector<SelfOverlap> self_overlaps(const Layer& layer, AreaMethod method, Warnings& warnings) {
  if (layer.size() < 2) return {};
  // Valid with usable coordinates: what the exact proof may take (GEOS repairs the rest).
  std::vector<char> valid(layer.size(), 0);
  parallel_for(layer.size(), [&](std::size_t f) {
    std::string reason;
    valid[f] = !layer.is_null(f) && detail::has_usable_coordinates(layer, f) &&
               detail::is_valid_polygon(layer, f, reason);
  });
  auto meter = AreaMeter::for_layer(layer, method);
  PairFinder finder(layer, valid, *meter);
  std::size_t features = finder.features();  // null geometries left out
  std::size_t chunks = chunk_count(features, 1024);
  std::vector<Chunk> found(chunks);
  parallel_chunks(features, chunks, [&](std::size_t c, std::size_t begin, std::size_t end) {
    finder.run(begin, end, found[c]);
  });
  std::vector<SelfOverlap> pairs;
  for (const Chunk& chunk : found) {
    pairs.insert(pairs.end(), chunk.found.begin(), chunk.found.end());
    for (const LostPair& pair : chunk.lost) {
      warnings.fault(place(layer.source, layer.name, layer.fid(pair.a)) + " × " +
                         place(layer.source, layer.name, layer.fid(pair.b)),
                     pair.problem + " — pair left out", "check both polygons");
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const SelfOverlap& x, const SelfOverlap& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  return pairs;
}

}  // namespace landplan::ops
