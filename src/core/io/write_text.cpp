// One file written whole, through the output folder's staging.
#include "landplan/io/write_text.hpp"

#include <fstream>

#include "io/write_folder.hpp"
#include "landplan/error.hpp"

namespace landplan::io {

void refuse_existing(const std::filesystem::path& file, bool overwrite) {
  if (!overwrite && std::filesystem::exists(std::filesystem::symlink_status(file))) {
    throw InputError(file.string(), "already exists", "add --overwrite to replace it");
  }
}

void write_file(const std::filesystem::path& file, bool overwrite, const std::string& option,
                const std::function<void(const std::filesystem::path& staged)>& write) {
  std::string name = file.filename().string();
  detail::OutputFolder folder(file.parent_path().empty() ? "." : file.parent_path(), option);
  if (!folder.existing({name}).empty()) refuse_existing(file, overwrite);
  write(folder.staging() / name);
  folder.commit({});
}

void write_text_file(const std::filesystem::path& file, std::string_view text, bool overwrite,
                     const std::string& option) {
  write_file(file, overwrite, option, [text](const std::filesystem::path& staged) {
    std::ofstream out(staged, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw std::runtime_error("could not write " + staged.string());
  });
}

}  // namespace landplan::io
