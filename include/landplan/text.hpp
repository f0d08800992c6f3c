// UTF-8 checks and conversions for attribute text from files of unknown encoding.
#pragma once

#include <string>
#include <string_view>

namespace landplan {

bool is_valid_utf8(std::string_view bytes);
// Each byte as the Latin-1 character it codes (what GDAL does without a .cpg).
std::string latin1_to_utf8(std::string_view bytes);
// Columns a terminal needs for the text (East Asian wide characters count two).
std::size_t display_width(std::string_view utf8);
// A library's message on one line: line breaks and the blanks around them become "; ", and
// the ends are trimmed ("ERROR: x\nHINT: y\n" → "ERROR: x; HINT: y").
std::string one_line(std::string_view message);
// The text without blanks (space, tab, CR, LF) at either end.
std::string trimmed(std::string_view text);
// ASCII letters upper-cased, every other byte (UTF-8 included) unchanged: "dlbm" → "DLBM".
std::string upper_ascii(std::string_view text);

}  // namespace landplan
