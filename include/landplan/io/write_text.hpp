// Writing one file (a project.toml, a workbook) whole or not at all, and never over an existing
// file unless asked.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace landplan::io {

// Writes `file` through a staging folder, as exports are written: a run killed part way leaves
// the old file or the whole new one. `write` creates the staged file at the path it is given
// (for libraries that write only to a path of their own, such as libxlsxwriter). Throws
// InputError before writing anything when `file` exists and `overwrite` is false, or when it is
// not a regular file (a folder, a link). `option` names what chose the file, for the hints of
// errors ("DIR", "--out").
void write_file(const std::filesystem::path& file, bool overwrite, const std::string& option,
                const std::function<void(const std::filesystem::path& staged)>& write);

// The InputError write_file throws for an existing `file` without `overwrite`, thrown before
// any work: a command refuses at once rather than after minutes of computing.
void refuse_existing(const std::filesystem::path& file, bool overwrite);

// write_file with `text` as the file's bytes.
void write_text_file(const std::filesystem::path& file, std::string_view text, bool overwrite,
                     const std::string& option);

}  // namespace landplan::io
