// libFuzzer target: any bytes as project.toml. A bad file must end in InputError (exit 2 in the
// CLI), never in another exception, a crash or a sanitizer finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

#include "landplan/error.hpp"
#include "landplan/project.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // load_project reads a file (its paths are relative to it): one file per fuzzing process.
  static const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                            ("landplan-fuzz-" + std::to_string(getpid()) + ".toml");
  if (std::FILE* out = std::fopen(file.c_str(), "wb")) {
    if (size > 0) std::fwrite(data, 1, size, out);
    std::fclose(out);
  }
  landplan::Warnings warnings;
  try {
    landplan::load_project(file, warnings);
  } catch (const landplan::InputError&) {
    // the expected answer to a bad file
  }
  return 0;
}
