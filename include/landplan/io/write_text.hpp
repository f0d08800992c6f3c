// Writing one text file (a project.toml) whole or not at all, and never over an existing file
// unless asked.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace landplan::io {

// Writes `text` as `file` through a staging folder, as exports are written: a run killed part
// way leaves the old file or the whole new one. Throws InputError before writing anything when
// `file` exists and `overwrite` is false, or when it is not a regular file (a folder, a link).
// `option` names what chose the folder, for the hints of errors ("DIR").
void write_text_file(const std::filesystem::path& file, std::string_view text, bool overwrite,
                     const std::string& option);

}  // namespace landplan::io
