// A layer's geometry made ready to draw: spatial chunks of float vertices relative to a local
// origin, fill triangles and outline segments. Built once on load, on the CPU (no window needed).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "landplan/layer.hpp"
#include "viewer/tessellate.hpp"
#include "viewer/view_transform.hpp"

namespace landplan::viewer {

struct MeshChunk {
  Box box;                                   // working CRS, of the features in the chunk
  std::vector<std::uint32_t> features;       // layer feature indices
  std::vector<std::uint32_t> feature_start;  // first vertex of each feature, then the end
  std::vector<float> vertices;               // x,y relative to the mesh origin
  std::vector<std::uint32_t> triangles;      // 3 vertex indices per fill triangle
  std::vector<std::uint32_t> segments;       // 2 vertex indices per outline/line segment
  // A lazily built chunk (large layers' exact mesh) has its features and box but no geometry
  // until first drawn; these estimates stand in for the counts meanwhile.
  bool built = true;
  std::size_t triangle_estimate = 0;
  std::size_t segment_estimate = 0;
  std::size_t triangle_count() const { return built ? triangles.size() / 3 : triangle_estimate; }
  std::size_t segment_count() const { return built ? segments.size() / 2 : segment_estimate; }
  std::size_t bytes() const;
};

struct LayerMesh {
  Point2 origin;
  double simplify_tolerance = 0.0;  // metres; 0 = exact geometry
  // Mutable so that a lazily built chunk can be completed by `ready`, from the drawing thread.
  mutable std::vector<MeshChunk> chunks;
  mutable TessellationStats stats;
  // Chunk `i` with its geometry, tessellating it now if it was left for later (not thread-safe).
  const MeshChunk& ready(std::size_t i, const Layer& layer) const;
  std::size_t triangle_count() const;
  std::size_t segment_count() const;
  std::size_t bytes() const;
};

struct MeshOptions {
  // Culling granularity against draw calls: a zoomed-in view overlaps a handful of chunks.
  std::size_t features_per_chunk = 1024;
  double coarse_tolerance = 0.0;  // > 0: also a mesh simplified this much (metres), for display
  // The exact mesh tessellated chunk by chunk when first drawn: a county's parcels are seen up
  // close a few chunks at a time, so loading need not wait for all of them.
  bool lazy_exact = false;
  unsigned threads = 2;
};

struct LayerMeshes {
  LayerMesh exact;
  std::optional<LayerMesh> coarse;  // same chunks, simplified rings
};

// Polygon layers get triangles and outlines, line layers segments; point layers no mesh (their
// symbols are drawn per frame at a fixed pixel size). One pass over the data builds both meshes.
LayerMeshes build_meshes(const Layer& layer, Point2 origin, const MeshOptions& options);

// The same for one feature alone (the identify highlight).
MeshChunk feature_mesh(const Layer& layer, std::size_t feature, Point2 origin);

}  // namespace landplan::viewer
