// The GPU side of the map: chunk buffers, level of detail, overviews, hatching and symbols.
#include "viewer/map_renderer.hpp"

#include <SFML/OpenGL.hpp>
#include <algorithm>
#include <cmath>

#include "viewer/overview_raster.hpp"
#include "viewer/symbols.hpp"

namespace landplan::viewer {
namespace {

// Outlines are drawn once features are this many pixels across: smaller, they only darken the
// fill. And only while the outlines in view stay few enough for a software renderer's frame.
constexpr double kOutlineMinFeaturePx = 8.0;
constexpr std::size_t kMaxOutlineSegments = 150'000;
// Beyond this many exact triangles in view, a large layer draws its simplified mesh instead.
constexpr std::size_t kMaxExactTriangles = 300'000;
// Exact chunks tessellated and uploaded per frame at most (about 3,000 parcels, ~10 ms).
constexpr std::size_t kMaxChunkBuildsPerFrame = 3;
constexpr std::size_t kOverviewMaxSide = 4096;

// The layer's opacity is baked into vertex colours (and buffers rebuilt when the layer list
// changes it): a fragment shader for it would make Mesa's software renderer two to three times
// slower on every fill.
sf::Color faded(sf::Color c, float opacity) {
  return sf::Color(c.r, c.g, c.b,
                   static_cast<std::uint8_t>(std::lround(255 * std::clamp(opacity, 0.0f, 1.0f))));
}

std::vector<sf::Color> vertex_colours(const MapLayer& layer, const MeshChunk& chunk) {
  std::vector<sf::Color> colours(chunk.vertices.size() / 2);
  for (std::size_t k = 0; k < chunk.features.size(); ++k) {
    sf::Color c = faded(layer.style.fill_of(chunk.features[k]), layer.opacity);
    if (layer.data.kind == GeometryKind::line && layer.style.feature_category.empty())
      c = faded(layer.style.outline.value_or(c), layer.opacity);
    std::fill(colours.begin() + chunk.feature_start[k],
              colours.begin() + chunk.feature_start[k + 1], c);
  }
  return colours;
}

sf::Vector2f local(const MeshChunk& chunk, std::uint32_t v) {
  return {chunk.vertices[2 * v], chunk.vertices[2 * v + 1]};
}

std::vector<sf::Vertex> fill_vertices(const MapLayer& layer, const MeshChunk& chunk) {
  std::vector<sf::Color> colours = vertex_colours(layer, chunk);
  std::vector<sf::Vertex> out;
  out.reserve(chunk.triangles.size());
  for (std::uint32_t v : chunk.triangles) out.emplace_back(local(chunk, v), colours[v]);
  return out;
}

std::vector<sf::Vertex> line_vertices(const MapLayer& layer, const MeshChunk& chunk) {
  std::vector<sf::Color> colours = vertex_colours(layer, chunk);
  std::optional<sf::Color> outline = layer.style.outline;
  std::vector<sf::Vertex> out;
  out.reserve(chunk.segments.size());
  for (std::uint32_t v : chunk.segments) {
    bool polygon = layer.data.kind == GeometryKind::polygon;
    out.emplace_back(local(chunk, v),
                     polygon && outline ? faded(*outline, layer.opacity) : colours[v]);
  }
  return out;
}

bool filled(const MapLayer& layer) {
  return layer.data.kind == GeometryKind::polygon &&
         (layer.style.fill || !layer.style.categories.empty());
}

void upload(sf::VertexBuffer& buffer, sf::PrimitiveType type, const std::vector<sf::Vertex>& v) {
  buffer.setPrimitiveType(type);
  buffer.setUsage(sf::VertexBuffer::Static);
  if (v.empty()) return;
  buffer.create(v.size());
  buffer.update(v.data());
}

// The visible chunks of a mesh.
std::vector<std::size_t> visible_chunks(const LayerMesh& mesh, const Box& view) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < mesh.chunks.size(); ++i)
    if (mesh.chunks[i].box.intersects(view)) out.push_back(i);
  return out;
}

// What drawing these chunks whole submits.
std::size_t triangles_of(const LayerMesh& mesh, const std::vector<std::size_t>& chunks) {
  std::size_t n = 0;
  for (std::size_t i : chunks) n += mesh.chunks[i].triangle_count();
  return n;
}

std::size_t segments_of(const LayerMesh& mesh, const std::vector<std::size_t>& chunks) {
  std::size_t n = 0;
  for (std::size_t i : chunks) n += mesh.chunks[i].segment_count();
  return n;
}

}  // namespace

struct MapRenderer::GpuChunk {
  sf::VertexBuffer fills;
  sf::VertexBuffer lines;  // built on first use: zoomed out, outlines are not drawn at all
  bool lines_ready = false;
  std::size_t bytes = 0;
  std::uint64_t last_used = 0;
};

struct MapRenderer::GpuLayer {
  std::vector<std::unique_ptr<GpuChunk>> exact, coarse;
  float baked_opacity = -1.0f;  // the opacity the buffers were built with
  std::unique_ptr<sf::Texture> overview;
  Box overview_box;
  double overview_texel_m = 0.0;
};

MapRenderer::MapRenderer(const MapModel& map, std::size_t gpu_budget_bytes)
    : shaders_(std::make_unique<Shaders>()), origin_(map.origin), budget_(gpu_budget_bytes) {
  sync(map);
}

void MapRenderer::sync(const MapModel& map) {
  // Result layers may be added after the renderer was made.
  for (std::size_t l = layers_.size(); l < map.layers.size(); ++l) {
    const MapLayer& layer = map.layers[l];
    auto gpu = std::make_unique<GpuLayer>();
    gpu->exact.resize(layer.mesh.chunks.size());
    if (layer.coarse) gpu->coarse.resize(layer.coarse->chunks.size());
    layers_.push_back(std::move(gpu));
  }
}

MapRenderer::~MapRenderer() = default;

void MapRenderer::prepare(const MapModel& map) {
  sync(map);
  for (std::size_t l = 0; l < map.layers.size(); ++l) {
    const MapLayer& layer = map.layers[l];
    GpuLayer& gpu = *layers_[l];
    if (!layer.is_large() || gpu.overview || !filled(layer)) continue;
    Box extent = layer.data.extent();
    double side = std::min<double>(kOverviewMaxSide, sf::Texture::getMaximumSize());
    double texel =
        std::max(layer.overview_texel_m, std::max(extent.width(), extent.height()) / side);
    Raster raster = rasterise(
        layer.data, [&layer](std::size_t f) { return layer.style.fill_of(f); }, extent, texel, 2);
    auto texture = std::make_unique<sf::Texture>();
    if (!texture->create(raster.width, raster.height)) continue;  // drawn as vectors then
    texture->update(raster.rgba.data());
    // Mipmaps from the CPU's box filter, so a zoomed-out overview does not shimmer; five levels
    // reach 1/16 of the texel density, beyond which the layer is a few pixels wide anyway.
    std::vector<Raster> levels = mip_chain(raster, 5);
    sf::Texture::bind(texture.get());
    for (std::size_t level = 1; level < levels.size(); ++level) {
      glTexImage2D(GL_TEXTURE_2D, static_cast<GLint>(level), GL_RGBA,
                   static_cast<GLsizei>(levels[level].width),
                   static_cast<GLsizei>(levels[level].height), 0, GL_RGBA, GL_UNSIGNED_BYTE,
                   levels[level].rgba.data());
    }
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, static_cast<GLint>(levels.size() - 1));
    // One mip level per lookup (not trilinear's two): half the texel reads in a software
    // renderer, and the levels are close enough that switching between them does not show.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    sf::Texture::bind(nullptr);
    gpu.overview_box = Box{extent.minx, extent.maxy - raster.height * texel,
                           extent.minx + raster.width * texel, extent.maxy};
    gpu.overview_texel_m = texel;
    gpu.overview = std::move(texture);
    // The simplified mesh is what the first zoom past the overview draws everywhere at once:
    // uploaded now, with loading, rather than in that frame.
    gpu.baked_opacity = layer.opacity;
    for (std::size_t i = 0; i < layer.coarse->chunks.size(); ++i) chunk(gpu, layer, true, i, false);
  }
}

MapRenderer::GpuChunk& MapRenderer::chunk(GpuLayer& gpu, const MapLayer& layer, bool coarse,
                                          std::size_t index, bool with_lines) {
  auto& slot = coarse ? gpu.coarse[index] : gpu.exact[index];
  const LayerMesh& source = coarse ? *layer.coarse : layer.mesh;
  if (!slot) {
    const MeshChunk& mesh = source.ready(index, layer.data);
    slot = std::make_unique<GpuChunk>();
    std::vector<sf::Vertex> fills =
        filled(layer) ? fill_vertices(layer, mesh) : std::vector<sf::Vertex>{};
    upload(slot->fills, sf::Triangles, fills);
    slot->bytes = sizeof(sf::Vertex) * fills.size();
    ++counters_.uploads;
  }
  if (with_lines && !slot->lines_ready) {
    std::vector<sf::Vertex> lines = line_vertices(layer, source.ready(index, layer.data));
    upload(slot->lines, sf::Lines, lines);
    slot->bytes += sizeof(sf::Vertex) * lines.size();
    slot->lines_ready = true;
  }
  slot->last_used = frame_;
  return *slot;
}

void MapRenderer::draw(sf::RenderTarget& target, const MapModel& map, const ViewTransform& view,
                       float ui_scale) {
  ++frame_;
  counters_ = {};
  sync(map);
  for (std::size_t l = 0; l < map.layers.size() && l < layers_.size(); ++l) {
    const MapLayer& layer = map.layers[l];
    if (!layer.visible || layer.opacity <= 0.0f) continue;
    GpuLayer& gpu = *layers_[l];
    if (gpu.baked_opacity != layer.opacity) {  // the layer list moved the slider: rebuild lazily
      for (auto& slot : gpu.exact) slot.reset();
      for (auto& slot : gpu.coarse) slot.reset();
      gpu.baked_opacity = layer.opacity;
    }
    switch (layer.data.kind) {
      case GeometryKind::polygon:
        draw_polygons(target, layer, *layers_[l], view, ui_scale);
        break;
      case GeometryKind::line:
        draw_lines(target, layer, *layers_[l], view, ui_scale);
        break;
      case GeometryKind::point:
        draw_points(target, layer, view, ui_scale);
        break;
      case GeometryKind::none:
        break;
    }
  }
  evict();
}

void MapRenderer::draw_overview(sf::RenderTarget& target, const MapLayer& layer, GpuLayer& gpu,
                                const ViewTransform& view) {
  const Box& b = gpu.overview_box;
  sf::Vector2u size = gpu.overview->getSize();
  // Premultiplied texels times (o, o, o, o) is the layer at opacity o, without a shader.
  auto o = static_cast<std::uint8_t>(std::lround(255 * std::clamp(layer.opacity, 0.0f, 1.0f)));
  sf::Color tint(o, o, o, o);
  auto corner = [&](double x, double y, float u, float v) {
    return sf::Vertex(
        sf::Vector2f(static_cast<float>(x - origin_.x), static_cast<float>(y - origin_.y)), tint,
        sf::Vector2f(u, v));
  };
  auto w = static_cast<float>(size.x), h = static_cast<float>(size.y);
  sf::Vertex quad[] = {corner(b.minx, b.maxy, 0, 0), corner(b.maxx, b.maxy, w, 0),
                       corner(b.maxx, b.miny, w, h), corner(b.minx, b.miny, 0, h)};
  sf::RenderStates states(view.local_to_screen(origin_));
  states.texture = gpu.overview.get();
  states.blendMode = sf::BlendMode(sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha);
  target.draw(quad, 4, sf::Quads, states);
  ++counters_.overviews;
}

void MapRenderer::draw_polygons(sf::RenderTarget& target, const MapLayer& layer, GpuLayer& gpu,
                                const ViewTransform& view, float ui_scale) {
  double mpp = view.metres_per_pixel();
  bool use_overview = gpu.overview && mpp >= gpu.overview_texel_m;
  if (use_overview) draw_overview(target, layer, gpu, view);
  // The simplified mesh while its tolerance stays under half a pixel, or when the exact one
  // would be too heavy for a frame.
  Box box = view.visible_box();
  std::vector<std::size_t> visible = visible_chunks(layer.mesh, box);
  bool coarse = layer.coarse && (mpp >= 2.0 * layer.coarse->simplify_tolerance ||
                                 triangles_of(layer.mesh, visible) > kMaxExactTriangles);
  const LayerMesh& mesh = coarse ? *layer.coarse : layer.mesh;
  bool outlines = layer.style.outline && layer.style.width > 0 &&
                  (!layer.is_large() || layer.typical_feature_m / mpp >= kOutlineMinFeaturePx) &&
                  segments_of(mesh, visible) <= kMaxOutlineSegments;
  if (use_overview && !outlines) return;
  // Exact chunks not yet tessellated and uploaded are made a few per frame; until then their
  // simplified twins stand in, so zooming into a county never stalls a frame.
  std::vector<bool> use_coarse(visible.size(), coarse);
  if (!coarse && layer.coarse) {
    std::size_t builds = 0;
    for (std::size_t k = 0; k < visible.size(); ++k) {
      if (gpu.exact[visible[k]]) continue;
      if (builds < kMaxChunkBuildsPerFrame) {
        ++builds;
      } else {
        use_coarse[k] = true;
        ++counters_.deferred;
      }
    }
  }
  sf::RenderStates states(view.local_to_screen(origin_));
  if (layer.style.hatch) {
    shaders_->hatch.setUniform("spacing", 9.0f * ui_scale);
    shaders_->hatch.setUniform("line_width", 2.0f * ui_scale);
    shaders_->hatch.setUniform("tint", 0.18f);
  }
  if (!use_overview && filled(layer)) {
    states.shader = layer.style.hatch ? &shaders_->hatch : nullptr;
    for (std::size_t k = 0; k < visible.size(); ++k) {
      GpuChunk& c = chunk(gpu, layer, use_coarse[k], visible[k], false);
      target.draw(c.fills, states);
      counters_.triangles += c.fills.getVertexCount() / 3;
      ++counters_.chunks;
    }
  }
  if (!outlines) return;
  states.shader = nullptr;
  target.setActive(true);
  glLineWidth(std::max(1.0f, layer.style.width * ui_scale));
  for (std::size_t k = 0; k < visible.size(); ++k) {
    GpuChunk& c = chunk(gpu, layer, use_coarse[k], visible[k], true);
    target.draw(c.lines, states);
    counters_.segments += c.lines.getVertexCount() / 2;
  }
  glLineWidth(1.0f);
}

void MapRenderer::draw_lines(sf::RenderTarget& target, const MapLayer& layer, GpuLayer& gpu,
                             const ViewTransform& view, float ui_scale) {
  float width = layer.style.width * ui_scale;
  std::vector<std::size_t> visible = visible_chunks(layer.mesh, view.visible_box());
  if (width <= 1.5f) {  // hairlines straight from the static buffers
    sf::RenderStates states(view.local_to_screen(origin_));
    for (std::size_t i : visible) {
      GpuChunk& c = chunk(gpu, layer, false, i, true);
      target.draw(c.lines, states);
      counters_.segments += c.lines.getVertexCount() / 2;
    }
    return;
  }
  // Wide lines with round joins, built in screen space for what is in view.
  sf::Transform to_screen = view.local_to_screen(origin_);
  std::vector<sf::Vertex> out;
  for (std::size_t i : visible) {
    const MeshChunk& mesh = layer.mesh.ready(i, layer.data);
    std::vector<sf::Color> colours = vertex_colours(layer, mesh);
    for (std::size_t s = 0; s + 1 < mesh.segments.size(); s += 2) {
      std::uint32_t a = mesh.segments[s], b = mesh.segments[s + 1];
      append_wide_segment(out, to_screen.transformPoint(local(mesh, a)),
                          to_screen.transformPoint(local(mesh, b)), width, colours[a]);
    }
    counters_.segments += mesh.segments.size() / 2;
  }
  if (!out.empty()) target.draw(out.data(), out.size(), sf::Triangles);
}

void MapRenderer::draw_points(sf::RenderTarget& target, const MapLayer& layer,
                              const ViewTransform& view, float ui_scale) {
  float radius = layer.style.size * ui_scale / 2;
  Box box = view.visible_box();
  double margin = (radius + 2) * view.metres_per_pixel();
  box.extend(box.minx - margin, box.miny - margin);
  box.extend(box.maxx + margin, box.maxy + margin);
  std::vector<sf::Vertex> out;
  layer.index.query(box, [&](std::uint32_t f) {
    auto [first, last] = layer.data.parts(f);
    for (std::size_t p = first; p < last; ++p) {
      RingView point = layer.data.ring(layer.data.rings(p).first);
      Point2 s = view.to_screen({point.x(0), point.y(0)});
      sf::Vector2f at(static_cast<float>(s.x), static_cast<float>(s.y));
      if (layer.style.outline)
        append_disc(out, at, radius + 1.5f * ui_scale, faded(*layer.style.outline, layer.opacity));
      append_disc(out, at, radius, faded(layer.style.fill_of(f), layer.opacity));
    }
  });
  if (!out.empty()) target.draw(out.data(), out.size(), sf::Triangles);
}

void MapRenderer::draw_highlight(sf::RenderTarget& target, const MapModel& map,
                                 const ViewTransform& view, const Hit& hit, float ui_scale) {
  const MapLayer& layer = map.layers[hit.layer];
  auto key = std::make_pair(hit.layer, hit.feature);
  if (highlight_key_ != key) {
    highlight_mesh_ = feature_mesh(layer.data, hit.feature, origin_);
    highlight_key_ = key;
  }
  const MeshChunk& mesh = highlight_mesh_;
  sf::Transform to_screen = view.local_to_screen(origin_);
  std::vector<sf::Vertex> fill;
  for (std::uint32_t v : mesh.triangles)
    fill.emplace_back(to_screen.transformPoint(local(mesh, v)), sf::Color(255, 235, 59, 90));
  std::vector<sf::Vertex> casing, line;
  for (std::size_t s = 0; s + 1 < mesh.segments.size(); s += 2) {
    sf::Vector2f a = to_screen.transformPoint(local(mesh, mesh.segments[s]));
    sf::Vector2f b = to_screen.transformPoint(local(mesh, mesh.segments[s + 1]));
    append_wide_segment(casing, a, b, 5.0f * ui_scale, sf::Color(40, 40, 40, 230));
    append_wide_segment(line, a, b, 2.5f * ui_scale, sf::Color(255, 221, 0));
  }
  if (layer.data.kind == GeometryKind::point) {
    for (std::size_t i = 0; i < mesh.vertices.size() / 2; ++i) {
      sf::Vector2f at = to_screen.transformPoint(local(mesh, static_cast<std::uint32_t>(i)));
      float r = layer.style.size * ui_scale / 2 + 4.0f * ui_scale;
      append_disc(casing, at, r + 1.5f * ui_scale, sf::Color(40, 40, 40, 230));
      append_disc(line, at, r, sf::Color(255, 221, 0, 160));
    }
  }
  for (auto* v : {&fill, &casing, &line})
    if (!v->empty()) target.draw(v->data(), v->size(), sf::Triangles);
}

void MapRenderer::evict() {
  std::size_t total = gpu_bytes();
  if (total <= budget_) return;
  std::vector<std::pair<std::uint64_t, std::unique_ptr<GpuChunk>*>> candidates;
  for (auto& layer : layers_)
    for (auto* list : {&layer->exact, &layer->coarse})
      for (auto& slot : *list)
        if (slot && slot->last_used < frame_) candidates.emplace_back(slot->last_used, &slot);
  std::sort(candidates.begin(), candidates.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [used, slot] : candidates) {
    if (total <= budget_) break;
    total -= (*slot)->bytes;
    slot->reset();
  }
}

std::size_t MapRenderer::gpu_bytes() const {
  std::size_t total = 0;
  for (const auto& layer : layers_) {
    for (const auto* list : {&layer->exact, &layer->coarse})
      for (const auto& slot : *list)
        if (slot) total += slot->bytes;
    if (layer->overview) {
      sf::Vector2u size = layer->overview->getSize();
      total += std::size_t{4} * size.x * size.y * 4 / 3;  // RGBA with mipmaps
    }
  }
  return total;
}

}  // namespace landplan::viewer
