// One text file written whole: a new file, refused over an existing one unless asked, and never
// over a folder.
#include "landplan/io/write_text.hpp"

#include <gtest/gtest.h>

#include "core/export_fixtures.hpp"
#include "support/fixtures.hpp"

namespace landplan::io {
namespace {

namespace fs = std::filesystem;
using test::file_bytes;
using test::input_error_of;

TEST(WriteTextFile, WritesANewFileAndReplacesItOnlyWhenAsked) {
  test::TempDir dir;
  fs::path file = dir.path() / "project.toml";
  write_text_file(file, "[project]\nname = \"甲\"\n", false, "DIR");
  EXPECT_EQ(file_bytes(file), "[project]\nname = \"甲\"\n");
  EXPECT_EQ(input_error_of([&] { write_text_file(file, "other", false, "DIR"); }),
            file.string() + ": already exists — add --overwrite to replace it");
  EXPECT_EQ(file_bytes(file), "[project]\nname = \"甲\"\n");
  write_text_file(file, "[project]\n", true, "DIR");
  EXPECT_EQ(file_bytes(file), "[project]\n");
  // Nothing else is left in the folder or beside it: the staging folder went with the commit.
  EXPECT_EQ(test::snapshot(dir.path()).size(), 1u);
}

TEST(WriteTextFile, AFolderInTheWayIsNotReplaced) {
  test::TempDir dir;
  fs::create_directory(dir.path() / "project.toml");
  std::string error =
      input_error_of([&] { write_text_file(dir.path() / "project.toml", "x", true, "DIR"); });
  EXPECT_NE(error.find("project.toml"), std::string::npos) << error;
  EXPECT_TRUE(fs::is_directory(dir.path() / "project.toml"));
}

}  // namespace
}  // namespace landplan::io
