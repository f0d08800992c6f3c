// Draws the map's layers with OpenGL through SFML: static vertex buffers per chunk uploaded when
// first in view (and evicted beyond a memory budget), a raster overview for large layers at
// coarse zoom, hatching for results, per-frame symbols for points and wide lines.
#pragma once

#include <SFML/Graphics.hpp>
#include <memory>
#include <optional>
#include <vector>

#include "viewer/map_model.hpp"
#include "viewer/picking.hpp"
#include "viewer/shaders.hpp"

namespace landplan::viewer {

struct DrawCounters {
  std::size_t chunks = 0;     // vertex-buffer chunks drawn
  std::size_t triangles = 0;  // fill triangles submitted
  std::size_t segments = 0;   // outline segments submitted
  std::size_t overviews = 0;  // layers drawn from their raster overview
  std::size_t uploads = 0;    // chunks uploaded this frame
  std::size_t deferred = 0;   // exact chunks still to build: simplified ones stood in
};

class MapRenderer {
 public:
  // Needs an OpenGL context: create the window or render texture first.
  explicit MapRenderer(const MapModel& map, std::size_t gpu_budget_bytes = std::size_t{512} << 20);
  ~MapRenderer();

  // Builds the overview rasters of large layers; part of load time, done once.
  void prepare(const MapModel& map);
  // The visible layers, bottom to top, as seen through `view`. `ui_scale` = dpi / 96.
  void draw(sf::RenderTarget& target, const MapModel& map, const ViewTransform& view,
            float ui_scale);
  void draw_highlight(sf::RenderTarget& target, const MapModel& map, const ViewTransform& view,
                      const Hit& hit, float ui_scale);

  const DrawCounters& counters() const { return counters_; }
  // True while the last frame drew stand-ins: draw again soon to finish the picture.
  bool refining() const { return counters_.deferred > 0; }
  std::size_t gpu_bytes() const;
  Shaders& shaders() { return *shaders_; }

 private:
  struct GpuChunk;
  struct GpuLayer;
  void sync(const MapModel& map);
  GpuChunk& chunk(GpuLayer& layer, const MapLayer& source, bool coarse, std::size_t index,
                  bool with_lines);
  void draw_polygons(sf::RenderTarget& target, const MapLayer& layer, GpuLayer& gpu,
                     const ViewTransform& view, float ui_scale);
  void draw_lines(sf::RenderTarget& target, const MapLayer& layer, GpuLayer& gpu,
                  const ViewTransform& view, float ui_scale);
  void draw_points(sf::RenderTarget& target, const MapLayer& layer, const ViewTransform& view,
                   float ui_scale);
  void draw_overview(sf::RenderTarget& target, const MapLayer& layer, GpuLayer& gpu,
                     const ViewTransform& view);
  void evict();

  std::unique_ptr<Shaders> shaders_;
  std::vector<std::unique_ptr<GpuLayer>> layers_;
  Point2 origin_;
  std::size_t budget_;
  std::uint64_t frame_ = 0;
  DrawCounters counters_;
  std::optional<std::pair<std::size_t, std::size_t>> highlight_key_;
  MeshChunk highlight_mesh_;
};

}  // namespace landplan::viewer
