// Text in the encoding an output file declares: byte counts, cuts on character boundaries and
// characters the encoding cannot hold (GBK lacks emoji and rare CJK characters).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "landplan/io/write.hpp"

namespace landplan::io::detail {

// Not thread-safe: holds an iconv conversion state.
class TextEncoder {
 public:
  explicit TextEncoder(TextEncoding encoding);
  ~TextEncoder();
  TextEncoder(const TextEncoder&) = delete;
  TextEncoder& operator=(const TextEncoder&) = delete;

  TextEncoding encoding() const { return encoding_; }
  // The bytes of valid UTF-8 `text` in the target encoding; nullopt when a character has no
  // place in it.
  std::optional<std::string> encode(std::string_view text) const;
  // `text` with each character the target encoding lacks replaced by `replacement`; adds the
  // number replaced to `replaced`.
  std::string representable(std::string_view text, std::string_view replacement,
                            std::size_t& replaced) const;
  // Bytes that representable `text` takes in the target encoding.
  std::size_t size(std::string_view text) const;
  // The longest prefix of whole characters of representable `text` that takes at most
  // `max_bytes` in the target encoding.
  std::string_view cut(std::string_view text, std::size_t max_bytes) const;

 private:
  TextEncoding encoding_;
  void* iconv_ = nullptr;  // iconv_t from UTF-8 to CP936, for GBK
};

// Bytes of the UTF-8 character starting at text[i] (1 for a stray byte).
std::size_t utf8_char_length(std::string_view text, std::size_t i);

// Valid UTF-8 for any bytes: invalid text is taken as Latin-1, as GDAL would show it.
std::string as_valid_utf8(std::string_view text, bool& was_invalid);

}  // namespace landplan::io::detail
