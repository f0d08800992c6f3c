// Parsing project colours, and the fallback palette.
#include "landplan/colour.hpp"

#include <array>

namespace landplan {
namespace {

std::optional<int> hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return std::nullopt;
}

}  // namespace

std::optional<Rgba> parse_colour(std::string_view text) {
  if (text.starts_with('#')) text.remove_prefix(1);
  if (text.size() != 6 && text.size() != 8) return std::nullopt;
  std::array<std::uint8_t, 4> rgba{0, 0, 0, 255};
  for (std::size_t i = 0; i < text.size(); i += 2) {
    auto hi = hex_digit(text[i]), lo = hex_digit(text[i + 1]);
    if (!hi || !lo) return std::nullopt;
    rgba[i / 2] = static_cast<std::uint8_t>(*hi * 16 + *lo);
  }
  return Rgba{rgba[0], rgba[1], rgba[2], rgba[3]};
}

Rgba palette_colour(std::size_t i) {
  // Muted, distinguishable on a light map (ColorBrewer "Set3"-like hues, chosen by hand).
  static constexpr std::array<std::uint32_t, 12> kPalette = {
      0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3, 0xfdb462,
      0xb3de69, 0xfccde5, 0xd9d9d9, 0xbc80bd, 0xccebc5, 0xffed6f};
  std::uint32_t rgb = kPalette[i % kPalette.size()];
  return Rgba{static_cast<std::uint8_t>((rgb >> 16) & 0xff),
              static_cast<std::uint8_t>((rgb >> 8) & 0xff), static_cast<std::uint8_t>(rgb & 0xff)};
}

}  // namespace landplan
