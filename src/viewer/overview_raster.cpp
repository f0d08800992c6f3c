// Scanline rasterisation of polygon features and box-filtered mipmaps.
#include "viewer/overview_raster.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

#include "viewer/even_odd.hpp"

namespace landplan::viewer {
namespace {

// Paints feature f into rows [row0, row1) of the raster.
void paint(const Layer& layer, std::size_t f, std::uint32_t rgba, const Box& box, double texel,
           Raster& raster, unsigned row0, unsigned row1, std::vector<double>& crossings) {
  const Box& b = layer.box(f);
  // Rows whose centre y lies within the feature's box.
  double first = std::ceil((box.maxy - b.maxy) / texel - 0.5);
  double last = std::floor((box.maxy - b.miny) / texel - 0.5);
  auto r0 = static_cast<long>(std::max<double>(first, row0));
  auto r1 = static_cast<long>(std::min<double>(last, double(row1) - 1));
  for (long row = r0; row <= r1; ++row) {
    double y = box.maxy - (row + 0.5) * texel;
    crossings.clear();
    for_each_crossing(layer, f, y, [&](double x) { crossings.push_back(x); });
    std::sort(crossings.begin(), crossings.end());
    auto* pixels =
        reinterpret_cast<std::uint32_t*>(raster.rgba.data()) + std::size_t(row) * raster.width;
    for (std::size_t k = 0; k + 1 < crossings.size(); k += 2) {
      // Columns whose centre x lies in [x0, x1).
      double c0 = std::ceil((crossings[k] - box.minx) / texel - 0.5);
      double c1 = std::ceil((crossings[k + 1] - box.minx) / texel - 0.5) - 1;
      auto from = static_cast<long>(std::max(c0, 0.0));
      auto to = static_cast<long>(std::min(c1, double(raster.width) - 1));
      for (long c = from; c <= to; ++c) pixels[c] = rgba;
    }
  }
}

std::uint32_t pack(sf::Color c) {
  std::uint8_t bytes[4] = {c.r, c.g, c.b, 255};
  std::uint32_t v;
  std::copy(bytes, bytes + 4, reinterpret_cast<std::uint8_t*>(&v));
  return v;
}

}  // namespace

Raster rasterise(const Layer& layer, const std::function<sf::Color(std::size_t)>& colour_of,
                 const Box& box, double texel, unsigned threads) {
  Raster raster;
  raster.width = static_cast<unsigned>(std::max(1.0, std::ceil(box.width() / texel)));
  raster.height = static_cast<unsigned>(std::max(1.0, std::ceil(box.height() / texel)));
  raster.rgba.assign(std::size_t(4) * raster.width * raster.height, 0);
  std::vector<std::uint32_t> colours(layer.size());
  for (std::size_t f = 0; f < layer.size(); ++f) colours[f] = pack(colour_of(f));
  threads = std::max(1u, threads);
  // Row bands: each thread paints every feature, but only inside its own rows.
  auto work = [&](unsigned t) {
    unsigned row0 = raster.height * t / threads, row1 = raster.height * (t + 1) / threads;
    std::vector<double> crossings;
    for (std::size_t f = 0; f < layer.size(); ++f) {
      if (layer.is_null(f)) continue;
      paint(layer, f, colours[f], box, texel, raster, row0, row1, crossings);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (std::thread& thread : pool) thread.join();
  return raster;
}

std::vector<Raster> mip_chain(const Raster& base, std::size_t max_levels) {
  std::vector<Raster> levels{base};
  while (levels.size() < max_levels && (levels.back().width > 1 || levels.back().height > 1)) {
    const Raster& up = levels.back();
    Raster down;
    down.width = std::max(1u, up.width / 2);
    down.height = std::max(1u, up.height / 2);
    down.rgba.resize(std::size_t(4) * down.width * down.height);
    for (unsigned y = 0; y < down.height; ++y) {
      const std::uint8_t* row0 =
          &up.rgba[4 * std::size_t(std::min(2 * y, up.height - 1)) * up.width];
      const std::uint8_t* row1 =
          &up.rgba[4 * std::size_t(std::min(2 * y + 1, up.height - 1)) * up.width];
      std::uint8_t* out = &down.rgba[4 * std::size_t(y) * down.width];
      for (unsigned x = 0; x < down.width; ++x) {
        std::size_t a = 4 * std::size_t(std::min(2 * x, up.width - 1));
        std::size_t b = 4 * std::size_t(std::min(2 * x + 1, up.width - 1));
        for (std::size_t ch = 0; ch < 4; ++ch) {
          out[4 * x + ch] = static_cast<std::uint8_t>(
              (row0[a + ch] + row0[b + ch] + row1[a + ch] + row1[b + ch] + 2) / 4);
        }
      }
    }
    levels.push_back(std::move(down));
  }
  return levels;
}

}  // namespace landplan::viewer
