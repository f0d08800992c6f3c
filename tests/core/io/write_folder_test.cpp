// The output folder: nothing clobbered without --overwrite, clear errors for folders that cannot
// be written, inputs never replaced, and an export killed at any moment leaving the old files
// or all the new ones — never a mix, never a partial file.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "core/export_fixtures.hpp"
#include "landplan/io/write.hpp"
#include "support/fixtures.hpp"

using namespace landplan;
using landplan::test::chinese_parcels;
using landplan::test::exits_within;
using landplan::test::kLeftAlone;
using landplan::test::layer_from_wkt;
using landplan::test::read_back;
using landplan::test::snapshot;
using landplan::test::square_wkt;
using landplan::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

std::vector<io::WrittenLayer> export_to(const fs::path& dir, const std::vector<Layer>& layers,
                                        bool overwrite = false,
                                        io::OutputFormat format = io::OutputFormat::shp) {
  io::WriteOptions options;
  options.overwrite = overwrite;
  options.format = format;
  Warnings warnings;
  return io::write_layers(layers, dir, options, warnings);
}

// Names in `parent` that are staging folders of an export into `dir`.
std::vector<std::string> staging_folders(const fs::path& parent, const std::string& dir) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(parent)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with("." + dir + ".landplan-export-")) found.push_back(name);
  }
  return found;
}

// Many parcels, so that writing takes long enough to be interrupted.
Layer many_parcels(std::size_t count, const std::string& label) {
  std::vector<std::string> squares;
  Column name("名称", FieldType::text);
  for (std::size_t i = 0; i < count; ++i) {
    double x = 400000 + static_cast<double>(i % 1000) * 20;
    double y = 4690000 + static_cast<double>(i / 1000) * 20;
    squares.push_back(square_wkt(x, y, 15));
    name.push(label + std::to_string(i));
  }
  Layer layer =
      layer_from_wkt(squares, {.name = "parcels", .source = "test", .kind = GeometryKind::polygon});
  layer.columns = {name};
  return layer;
}

// A child process exporting `layer` into `out`; exits 0 when the export completes.
pid_t start_export(const fs::path& out, const Layer& layer, bool overwrite) {
  pid_t child = fork();
  if (child == 0) {
    try {
      export_to(out, {layer}, overwrite);
    } catch (...) {
      _exit(1);
    }
    _exit(0);
  }
  return child;
}

// Until an export into `parent`/out has made its staging folder (at most 10 s).
void wait_for_staging(const fs::path& parent) {
  auto start = std::chrono::steady_clock::now();
  while (staging_folders(parent, "out").empty() &&
         std::chrono::steady_clock::now() - start < std::chrono::seconds(10)) {
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
}

}  // namespace

TEST(ExportFolder, ExistingOutputIsRefusedWithoutOverwriteAndLeftUntouched) {
  TempDir dir;
  fs::path out = dir.path() / "out";
  export_to(out, {chinese_parcels("parcels")});
  std::ofstream(out / "notes.txt") << "the planner's own file";
  auto before = snapshot(out);
  std::string error = error_of([&] { export_to(out, {many_parcels(10, "新")}); });
  EXPECT_NE(error.find(out.string() + ": already holds parcels.shp, parcels.shx, parcels.dbf, "
                                      "parcels.prj, parcels.cpg"),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("— add --overwrite to replace them"), std::string::npos);
  EXPECT_EQ(snapshot(out), before);
  EXPECT_TRUE(staging_folders(dir.path(), "out").empty());
}

TEST(ExportFolder, OverwriteReplacesTheLayerAndRemovesItsStaleIndexButNothingElse) {
  TempDir dir;
  fs::path out = dir.path() / "out";
  export_to(out, {chinese_parcels("parcels")});
  std::ofstream(out / "parcels.qix") << "stale spatial index of the old parcels";
  std::ofstream(out / "parcels.fields.csv") << "old mapping";
  std::ofstream(out / "notes.txt") << "the planner's own file";
  export_to(out, {many_parcels(10, "新")}, /*overwrite=*/true);
  auto after = snapshot(out);
  EXPECT_EQ(after.count("parcels.qix"), 0u);
  EXPECT_EQ(after.count("parcels.fields.csv"), 0u);
  EXPECT_EQ(after.at("notes.txt"), "the planner's own file");
  EXPECT_EQ(read_back((out / "parcels.shp").string()).values.size(), 10u);
  EXPECT_TRUE(staging_folders(dir.path(), "out").empty());
}

TEST(ExportFolder, FolderThatCannotBeCreatedGivesOneClearError) {
  TempDir dir;
  std::ofstream(dir.path() / "a-file") << "x";
  fs::path out = dir.path() / "a-file" / "out";
  std::string error = error_of([&] { export_to(out, {chinese_parcels()}); });
  EXPECT_EQ(error, out.string() +
                       ": cannot be created (Not a directory) — choose another --to, "
                       "or create the folder first");
  error = error_of([&] { export_to(dir.path() / "a-file", {chinese_parcels()}); });
  EXPECT_EQ(error, (dir.path() / "a-file").string() +
                       ": is a file, not a folder — choose a folder for --to");
}

TEST(ExportFolder, ReadOnlyFolderGivesOneClearError) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
  TempDir dir;
  fs::path out = dir.path() / "out";
  fs::create_directory(out);
  fs::permissions(out, fs::perms::owner_read | fs::perms::owner_exec);
  std::string error = error_of([&] { export_to(out, {chinese_parcels()}); });
  fs::permissions(out, fs::perms::owner_all);
  EXPECT_EQ(error, out.string() +
                       ": cannot be written (Permission denied) — choose another "
                       "--to, or make the folder writable");
}

TEST(ExportFolder, AnInputIsNeverReplacedEvenWithOverwrite) {
  TempDir dir;
  export_to(dir.path(), {chinese_parcels("parcels")});
  auto before = snapshot(dir.path());
  io::WriteOptions options;
  options.overwrite = true;
  options.inputs = {dir.path() / "parcels.shp"};
  Warnings warnings;
  std::string error = error_of(
      [&] { io::write_layers({chinese_parcels("parcels")}, dir.path(), options, warnings); });
  EXPECT_NE(error.find("parcels.shp: is an input of this export — export to another folder"),
            std::string::npos)
      << error;
  EXPECT_EQ(snapshot(dir.path()), before);
}

TEST(ExportFolder, TrailingSlashInTheFolderNameIsFine) {
  TempDir dir;
  auto written = export_to(dir.path().string() + "/out/", {chinese_parcels("parcels")});
  EXPECT_EQ(written[0].file, dir.path() / "out" / "parcels.shp");
  EXPECT_TRUE(fs::exists(dir.path() / "out" / "parcels.dbf"));
}

// Kills an export at several moments while it writes: the folder must then hold exactly the
// previous export (byte for byte) or the complete new one, and the staging folder the killed
// export left beside it is cleared by the next export.
TEST(ExportFolder, ExportKilledBySignalLeavesOldFilesOrAllNewOnes) {
  TempDir dir;
  fs::path out = dir.path() / "out";
  const std::size_t kNew = 150000;
  Layer old_layer = many_parcels(100, "旧");
  Layer new_layer = many_parcels(kNew, "新");
  export_to(out, {old_layer});
  const auto old_files = snapshot(out);
  int saw_old = 0, saw_new = 0;
  for (int delay_ms : {0, 5, 20, 60, 150, 400, kLeftAlone}) {  // the last lets it finish
    SCOPED_TRACE(delay_ms == kLeftAlone
                     ? std::string("left alone")
                     : "killed " + std::to_string(delay_ms) + " ms after staging began");
    if (saw_new > 0) {  // put the old export back for the next round
      fs::remove_all(out);
      export_to(out, {old_layer});
    }
    pid_t child = start_export(out, new_layer, /*overwrite=*/true);
    wait_for_staging(dir.path());
    if (!exits_within(child, delay_ms)) {
      kill(child, SIGKILL);
      waitpid(child, nullptr, 0);
    }
    auto files = snapshot(out);
    if (files == old_files) {
      ++saw_old;
      continue;
    }
    ++saw_new;
    EXPECT_EQ(files.size(), 5u);
    for (const char* part : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
      EXPECT_EQ(files.count(std::string("parcels") + part), 1u) << part;
    }
    EXPECT_EQ(read_back((out / "parcels.shp").string()).values.size(), kNew);
  }
  EXPECT_GT(saw_old, 0);  // kills that landed while writing
  EXPECT_GT(saw_new, 0);  // and the export that finished
  // A later export clears the staging folders that the killed ones left.
  export_to(out, {old_layer}, /*overwrite=*/true);
  EXPECT_TRUE(staging_folders(dir.path(), "out").empty());
  std::cout << "      old kept " << saw_old << "×, new complete " << saw_new << "×\n";
}

TEST(ExportFolder, FirstExportKilledLeavesNoFolderAtAll) {
  TempDir dir;
  fs::path out = dir.path() / "out";
  Layer layer = many_parcels(150000, "新");
  pid_t child = start_export(out, layer, /*overwrite=*/false);
  wait_for_staging(dir.path());
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  kill(child, SIGTERM);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_FALSE(fs::exists(out));  // the whole export appears at once, or not at all
}

// A staging folder belongs to its export while that process lives, and to no one once the pid
// names another process: pids are reused, and a leftover must not outlive its export forever.
TEST(ExportFolder, StagingFolderIsKeptWhileItsExportLivesAndClearedWhenItsPidIsReused) {
  TempDir dir;
  fs::path out = dir.path() / "out";
  Layer small = many_parcels(10, "旧");
  export_to(out, {small});
  pid_t writer = start_export(out, many_parcels(150000, "新"), /*overwrite=*/true);
  wait_for_staging(dir.path());
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  kill(writer, SIGSTOP);  // an export still running, only slow
  std::vector<std::string> staging = staging_folders(dir.path(), "out");
  ASSERT_EQ(staging.size(), 1u);

  export_to(out, {small}, /*overwrite=*/true);
  EXPECT_EQ(staging_folders(dir.path(), "out"), staging) << "a live export's staging was removed";

  // The writer dies; its pid is then given to another process that is alive (simulated by
  // renaming the leftover to the pid of a sleeping child).
  kill(writer, SIGKILL);
  waitpid(writer, nullptr, 0);
  pid_t other = fork();
  if (other == 0) {
    pause();
    _exit(0);
  }
  std::string reused = ".out.landplan-export-" + std::to_string(other) + "-0";
  fs::rename(dir.path() / staging.front(), dir.path() / reused);
  export_to(out, {small}, /*overwrite=*/true);
  EXPECT_TRUE(staging_folders(dir.path(), "out").empty()) << reused << " was kept";
  kill(other, SIGKILL);
  waitpid(other, nullptr, 0);
}
