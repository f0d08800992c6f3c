// SFML writes the PNG; a pHYs chunk (pixels per metre) is spliced in after the header chunk.
#include "viewer/png.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <vector>

namespace landplan::viewer {
namespace {

std::uint32_t crc32(const std::uint8_t* data, std::size_t size) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (std::size_t i = 0; i < size; ++i) c = table[(c ^ data[i]) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(v >> shift));
}

}  // namespace

std::string png_with_dpi(std::string png, double dpi) {
  constexpr std::size_t kAfterHeader = 8 + 4 + 4 + 13 + 4;  // signature + IHDR chunk
  if (dpi <= 0 || png.size() < kAfterHeader) return png;
  auto per_metre = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
  std::vector<std::uint8_t> chunk;
  put32(chunk, 9);
  std::vector<std::uint8_t> body = {'p', 'H', 'Y', 's'};
  put32(body, per_metre);
  put32(body, per_metre);
  body.push_back(1);  // unit: metre
  chunk.insert(chunk.end(), body.begin(), body.end());
  put32(chunk, crc32(body.data(), body.size()));
  png.insert(png.begin() + kAfterHeader, chunk.begin(), chunk.end());
  return png;
}

bool save_png(const sf::Image& image, const std::string& path, double dpi) {
  if (!image.saveToFile(path)) return false;
  if (dpi <= 0) return true;
  std::ifstream in(path, std::ios::binary);
  std::string png((std::istreambuf_iterator<char>(in)), {});
  in.close();
  if (png.size() < 8 + 4 + 4 + 13 + 4) return false;
  png = png_with_dpi(std::move(png), dpi);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(png.data(), static_cast<std::streamsize>(png.size()));
  return static_cast<bool>(out);
}

}  // namespace landplan::viewer
