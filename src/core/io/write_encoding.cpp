// UTF-8 to the output encoding with glibc's iconv, the converter GDAL itself uses for CP936.
#include "io/write_encoding.hpp"

#include <iconv.h>

#include <stdexcept>

#include "landplan/text.hpp"

namespace landplan::io::detail {
namespace {

iconv_t handle(void* p) {
  return static_cast<iconv_t>(p);
}

}  // namespace

TextEncoder::TextEncoder(TextEncoding encoding) : encoding_(encoding) {
  if (encoding_ == TextEncoding::utf8) return;
  iconv_t cd = iconv_open("CP936", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    throw std::runtime_error("iconv cannot convert UTF-8 to CP936 on this system");
  }
  iconv_ = cd;
}

TextEncoder::~TextEncoder() {
  if (iconv_) iconv_close(handle(iconv_));
}

std::optional<std::string> TextEncoder::encode(std::string_view text) const {
  if (encoding_ == TextEncoding::utf8) return std::string(text);
  iconv(handle(iconv_), nullptr, nullptr, nullptr, nullptr);  // reset the shift state
  // CP936 never needs more bytes than UTF-8 for the same character.
  std::string out(text.size() + 4, '\0');
  char* in = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  char* next = out.data();
  std::size_t out_left = out.size();
  if (iconv(handle(iconv_), &in, &in_left, &next, &out_left) == static_cast<std::size_t>(-1)) {
    return std::nullopt;  // EILSEQ: no such character in CP936 (or invalid UTF-8)
  }
  out.resize(out.size() - out_left);
  return out;
}

std::string TextEncoder::representable(std::string_view text, std::string_view replacement,
                                       std::size_t& replaced) const {
  if (encoding_ == TextEncoding::utf8 || encode(text)) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = utf8_char_length(text, i);
    std::string_view character = text.substr(i, length);
    if (encode(character)) {
      out.append(character);
    } else {
      out.append(replacement);
      ++replaced;
    }
    i += length;
  }
  return out;
}

std::size_t TextEncoder::size(std::string_view text) const {
  if (encoding_ == TextEncoding::utf8) return text.size();
  auto encoded = encode(text);
  return encoded ? encoded->size() : text.size();
}

std::string_view TextEncoder::cut(std::string_view text, std::size_t max_bytes) const {
  std::size_t used = 0, end = 0;
  while (end < text.size()) {
    std::size_t length = utf8_char_length(text, end);
    std::size_t bytes = length == 1 ? 1 : size(text.substr(end, length));
    if (used + bytes > max_bytes) break;
    used += bytes;
    end += length;
  }
  return text.substr(0, end);
}

std::size_t utf8_char_length(std::string_view text, std::size_t i) {
  auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = lead < 0x80           ? 1
                       : (lead >> 5) == 0x6  ? 2
                       : (lead >> 4) == 0xE  ? 3
                       : (lead >> 3) == 0x1E ? 4
                                             : 1;
  if (i + length > text.size()) return 1;
  for (std::size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 1;
  }
  return length;
}

std::string as_valid_utf8(std::string_view text, bool& was_invalid) {
  if (is_valid_utf8(text)) return std::string(text);
  was_invalid = true;
  return latin1_to_utf8(text);
}

}  // namespace landplan::io::detail
