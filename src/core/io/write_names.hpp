// Names that other software accepts: safe file names for layers, and field names that are unique
// and, for DBF, at most 10 bytes — cut by landplan on character boundaries, never by GDAL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/write_encoding.hpp"

namespace landplan::io::detail {

// A file name (no extension) for a layer name: no path separators, no leading dots (so no ".."),
// no control or Windows-reserved characters or device names, at most 80 bytes, never empty.
std::string safe_file_name(std::string_view layer_name);

// Equal ignoring ASCII case: how Windows folders and DBF/SQLite field names compare.
bool same_name(std::string_view a, std::string_view b);

// Makes the names unique ignoring ASCII case by appending _2, _3… to later duplicates.
void make_unique(std::vector<std::string>& names);

// Output names for the columns `names`: unique ignoring ASCII case, characters the encoding
// lacks turned into '_', and at most `max_bytes` in the encoder's encoding (0 = no limit).
// Names that already fit keep their names; the others, in column order, are cut on character
// boundaries and numbered _1, _2… where a cut collides. So the result depends only on the names
// and their order: the same input always gives the same short names.
std::vector<std::string> output_field_names(const std::vector<std::string>& names,
                                            const TextEncoder& encoder, std::size_t max_bytes);

// `wanted`, or wanted_1, wanted_2… so that it differs from every name in `taken`.
std::string free_name(const std::string& wanted, const std::vector<std::string>& taken);

}  // namespace landplan::io::detail
