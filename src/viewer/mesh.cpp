// Chunked meshes: features grouped by a grid over the layer, so a frame draws only the chunks in
// view, and tessellated in parallel (one GEOS context per thread, scratch buffers per thread).
#include "viewer/mesh.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>
#include <tuple>
#include <unordered_set>

namespace landplan::viewer {
namespace {

// Per-thread working memory, reused for every feature.
struct Scratch {
  std::vector<RingCoords> rings;  // cleaned rings of one part
  std::vector<RingCoords> simplified;
  RingCoords simplified_ring;
  std::vector<double> vertices;
  std::vector<std::uint32_t> triangles;
};

// Appends one part's rings (shell first) to the chunk: triangles for polygons, then outline or
// line segments over the ring vertices, which tessellate_polygon lays out ring after ring.
void append_part(const std::vector<RingCoords>& rings, std::size_t count, GeometryKind kind,
                 MeshChunk& chunk, Scratch& s, TessellationStats& stats) {
  if (count == 0) return;
  s.vertices.clear();
  s.triangles.clear();
  std::span<const RingCoords> part(rings.data(), count);
  if (kind == GeometryKind::polygon) {
    tessellate_polygon(part, s.vertices, s.triangles, stats);
  } else {
    for (const RingCoords& ring : part)
      s.vertices.insert(s.vertices.end(), ring.begin(), ring.end());
  }
  auto offset = static_cast<std::uint32_t>(chunk.vertices.size() / 2);
  bool closed = kind == GeometryKind::polygon;
  std::uint32_t base = offset;
  for (const RingCoords& ring : part) {
    auto n = static_cast<std::uint32_t>(ring.size() / 2);
    for (std::uint32_t i = 0; i + (closed ? 0 : 1) < n; ++i) {
      chunk.segments.push_back(base + i);
      chunk.segments.push_back(base + (i + 1) % n);
    }
    base += n;
  }
  for (double v : s.vertices) chunk.vertices.push_back(static_cast<float>(v));
  for (std::uint32_t t : s.triangles) chunk.triangles.push_back(offset + t);
}

// Appends feature f to the exact and/or the simplified chunk (either may be null).
void append_feature(const Layer& layer, std::size_t f, Point2 origin, double tolerance,
                    MeshChunk* exact, MeshChunk* coarse, Scratch& s, TessellationStats& stats) {
  for (MeshChunk* chunk : {exact, coarse}) {
    if (!chunk) continue;
    chunk->features.push_back(static_cast<std::uint32_t>(f));
    chunk->feature_start.push_back(static_cast<std::uint32_t>(chunk->vertices.size() / 2));
    chunk->box.extend(layer.box(f));
  }
  auto [first_part, last_part] = layer.parts(f);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = layer.rings(p);
    std::size_t count = 0, simplified = 0;
    if (s.rings.size() < last - first) s.rings.resize(last - first);
    if (s.simplified.size() < last - first) s.simplified.resize(last - first);
    for (std::size_t r = first; r < last; ++r) {
      RingView view = layer.ring(r);
      clean_ring(view.xy, view.size, origin, s.rings[count]);
      bool usable = layer.kind != GeometryKind::polygon || s.rings[count].size() >= 6;
      if (!usable && r == first) break;  // a degenerate shell: no part
      if (!usable) continue;
      if (coarse && (simplified > 0 || r == first)) {
        simplify_ring(s.rings[count], tolerance, s.simplified_ring);
        // A shell that vanishes at this zoom takes its holes with it; a hole just goes.
        if (!s.simplified_ring.empty()) std::swap(s.simplified[simplified++], s.simplified_ring);
      }
      ++count;
    }
    if (exact) append_part(s.rings, count, layer.kind, *exact, s, stats);
    if (coarse) {
      TessellationStats ignored;  // the exact mesh's stats describe the layer
      append_part(s.simplified, simplified, layer.kind, *coarse, s, ignored);
    }
  }
}

// Features grouped by the grid cell of their box centre, about `per_chunk` to a cell.
std::vector<std::vector<std::uint32_t>> group_by_cell(const Layer& layer, std::size_t per_chunk) {
  Box extent = layer.extent();
  auto n = layer.size();
  auto grid = static_cast<std::size_t>(std::max(1.0, std::ceil(std::sqrt(double(n) / per_chunk))));
  std::vector<std::vector<std::uint32_t>> cells(grid * grid);
  double cw = std::max(extent.width(), 1e-9) / grid, ch = std::max(extent.height(), 1e-9) / grid;
  for (std::size_t f = 0; f < n; ++f) {
    if (layer.is_null(f)) continue;
    const Box& b = layer.box(f);
    auto cx = static_cast<std::size_t>(
        std::clamp(((b.minx + b.maxx) / 2 - extent.minx) / cw, 0.0, grid - 1.0));
    auto cy = static_cast<std::size_t>(
        std::clamp(((b.miny + b.maxy) / 2 - extent.miny) / ch, 0.0, grid - 1.0));
    cells[cy * grid + cx].push_back(static_cast<std::uint32_t>(f));
  }
  std::erase_if(cells, [](const auto& cell) { return cell.empty(); });
  return cells;
}

// What tessellating feature f will give, roughly: n − 2 triangles and n segments per ring.
void add_estimate(const Layer& layer, std::size_t f, MeshChunk& chunk) {
  auto [first_part, last_part] = layer.parts(f);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = layer.rings(p);
    for (std::size_t r = first; r < last; ++r) {
      std::size_t n = layer.ring(r).size;
      chunk.segment_estimate += n;
      chunk.triangle_estimate += n > 3 ? n - 3 + 2 * (r > first) : 0;
    }
  }
}

// Neighbouring parcels share their edges: keep one copy of each outline segment, so a tiled
// cadastre draws about half the lines. Shared vertices are equal doubles, so equal floats.
void drop_shared_edges(MeshChunk& chunk) {
  struct Key {
    float x0, y0, x1, y1;
    bool operator==(const Key&) const = default;
  };
  struct Hash {
    std::size_t operator()(const Key& k) const {
      std::uint32_t bits[4];
      std::memcpy(bits, &k, sizeof bits);
      std::size_t h = 1469598103934665603ull;
      for (std::uint32_t b : bits) h = (h ^ b) * 1099511628211ull;
      return h;
    }
  };
  std::unordered_set<Key, Hash> seen;
  seen.reserve(chunk.segments.size() / 2);
  std::size_t kept = 0;
  for (std::size_t s = 0; s + 1 < chunk.segments.size(); s += 2) {
    std::uint32_t a = chunk.segments[s], b = chunk.segments[s + 1];
    Key k{chunk.vertices[2 * a], chunk.vertices[2 * a + 1], chunk.vertices[2 * b],
          chunk.vertices[2 * b + 1]};
    if (std::tie(k.x1, k.y1) < std::tie(k.x0, k.y0)) k = {k.x1, k.y1, k.x0, k.y0};
    if (!seen.insert(k).second) continue;
    chunk.segments[kept++] = a;
    chunk.segments[kept++] = b;
  }
  chunk.segments.resize(kept);
}

void close_chunk(MeshChunk& chunk) {
  chunk.feature_start.push_back(static_cast<std::uint32_t>(chunk.vertices.size() / 2));
  chunk.vertices.shrink_to_fit();
  chunk.triangles.shrink_to_fit();
  chunk.segments.shrink_to_fit();
}

}  // namespace

std::size_t MeshChunk::bytes() const {
  return sizeof(float) * vertices.size() +
         sizeof(std::uint32_t) *
             (features.size() + feature_start.size() + triangles.size() + segments.size());
}

std::size_t LayerMesh::triangle_count() const {
  std::size_t n = 0;
  for (const MeshChunk& c : chunks) n += c.triangle_count();
  return n;
}

std::size_t LayerMesh::segment_count() const {
  std::size_t n = 0;
  for (const MeshChunk& c : chunks) n += c.segment_count();
  return n;
}

std::size_t LayerMesh::bytes() const {
  std::size_t n = 0;
  for (const MeshChunk& c : chunks) n += c.bytes();
  return n;
}

LayerMeshes build_meshes(const Layer& layer, Point2 origin, const MeshOptions& options) {
  LayerMeshes out;
  out.exact.origin = origin;
  bool coarse = options.coarse_tolerance > 0.0 && layer.kind == GeometryKind::polygon;
  if (coarse) {
    out.coarse.emplace();
    out.coarse->origin = origin;
    out.coarse->simplify_tolerance = options.coarse_tolerance;
  }
  if (layer.kind != GeometryKind::polygon && layer.kind != GeometryKind::line) return out;
  auto cells = group_by_cell(layer, std::max<std::size_t>(1, options.features_per_chunk));
  out.exact.chunks.resize(cells.size());
  if (coarse) out.coarse->chunks.resize(cells.size());
  unsigned threads = std::clamp<unsigned>(
      options.threads, 1, std::max<unsigned>(1, static_cast<unsigned>(cells.size())));
  std::vector<TessellationStats> stats(threads);
  auto work = [&](unsigned t) {
    Scratch scratch;
    for (std::size_t c = t; c < cells.size(); c += threads) {
      MeshChunk* coarse_chunk = coarse ? &out.coarse->chunks[c] : nullptr;
      MeshChunk& exact = out.exact.chunks[c];
      if (options.lazy_exact && coarse_chunk) {
        // Only the simplified mesh now; the exact chunk keeps its features for later.
        for (std::uint32_t f : cells[c]) {
          append_feature(layer, f, origin, options.coarse_tolerance, nullptr, coarse_chunk, scratch,
                         stats[t]);
          add_estimate(layer, f, exact);
          exact.box.extend(layer.box(f));
        }
        exact.features = cells[c];
        exact.built = false;
        exact.segment_estimate /= 2;  // shared edges are drawn once
        drop_shared_edges(*coarse_chunk);
        close_chunk(*coarse_chunk);
        continue;
      }
      for (std::uint32_t f : cells[c]) {
        append_feature(layer, f, origin, options.coarse_tolerance, &exact, coarse_chunk, scratch,
                       stats[t]);
      }
      if (layer.kind == GeometryKind::polygon) drop_shared_edges(exact);
      close_chunk(exact);
      if (coarse_chunk) {
        drop_shared_edges(*coarse_chunk);
        close_chunk(*coarse_chunk);
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& thread : pool) thread.join();
  for (const TessellationStats& s : stats) out.exact.stats.add(s);
  return out;
}

const MeshChunk& LayerMesh::ready(std::size_t i, const Layer& layer) const {
  MeshChunk& chunk = chunks[i];
  if (chunk.built) return chunk;
  MeshChunk fresh;
  Scratch scratch;
  for (std::uint32_t f : chunk.features)
    append_feature(layer, f, origin, 0.0, &fresh, nullptr, scratch, stats);
  if (layer.kind == GeometryKind::polygon) drop_shared_edges(fresh);
  close_chunk(fresh);
  chunk = std::move(fresh);
  return chunk;
}

MeshChunk feature_mesh(const Layer& layer, std::size_t feature, Point2 origin) {
  MeshChunk chunk;
  Scratch scratch;
  TessellationStats stats;
  append_feature(layer, feature, origin, 0.0, &chunk, nullptr, scratch, stats);
  close_chunk(chunk);
  return chunk;
}

}  // namespace landplan::viewer
