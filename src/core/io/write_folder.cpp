// Staging beside the output folder, and a commit that leaves the old files or all the new ones.
#include "io/write_folder.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "landplan/error.hpp"

namespace landplan::io::detail {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kStagingTag = ".landplan-export-";
constexpr std::string_view kReplacedFolder = ".replaced";  // old files kept until commit ends

bool can_write(const fs::path& folder) {
  return access(folder.c_str(), W_OK | X_OK) == 0;
}

bool same_device(const fs::path& a, const fs::path& b) {
  struct stat sa = {};
  struct stat sb = {};
  return stat(a.c_str(), &sa) == 0 && stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev;
}

std::string system_error() {
  return std::strerror(errno);
}

// Flushes a file or folder to disk, so that a power cut after the commit cannot leave renamed
// but empty files.
void sync(const fs::path& path, bool folder) {
  int fd = open(path.c_str(), O_RDONLY | (folder ? O_DIRECTORY : 0));
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

// Termination signals wait until the commit is over (SIGKILL cannot be held, but the commit is a
// handful of renames).
class HeldSignals {
 public:
  HeldSignals() {
    sigset_t set;
    sigemptyset(&set);
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP}) sigaddset(&set, s);
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~HeldSignals() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }
  HeldSignals(const HeldSignals&) = delete;
  HeldSignals& operator=(const HeldSignals&) = delete;

 private:
  sigset_t old_;
};

// Staging folders of exports that were killed: the pid in their name is gone.
void remove_abandoned(const fs::path& location, const std::string& prefix) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(location, ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid <= 0 || pid == getpid()) continue;
    if (kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH) fs::remove_all(entry.path(), ec);
  }
}

fs::path normal_folder(const fs::path& dir) {
  fs::path p = fs::absolute(dir).lexically_normal();
  return p.has_filename() || p == p.root_path() ? p : p.parent_path();
}

}  // namespace

OutputFolder::OutputFolder(fs::path dir, std::string option)
    : dir_(normal_folder(dir)), option_(std::move(option)) {
  std::error_code ec;
  fs::file_status status = fs::status(dir_, ec);
  fs::path parent = dir_.parent_path();
  if (fs::exists(status)) {
    if (!fs::is_directory(status)) {
      throw InputError(dir_.string(), "is a file, not a folder", "choose a folder for " + option_);
    }
    if (!can_write(dir_)) {
      throw InputError(dir_.string(), "cannot be written (" + system_error() + ")",
                       "choose another " + option_ + ", or make the folder writable");
    }
    dir_existed_ = true;
  } else {
    fs::create_directories(parent, ec);
    if (ec || !can_write(parent)) {
      std::string why = ec ? ec.message() : system_error();
      throw InputError(dir_.string(), "cannot be created (" + why + ")",
                       "choose another " + option_ + ", or create the folder first");
    }
  }
  bool beside =
      dir_ != dir_.root_path() && can_write(parent) && (!dir_existed_ || same_device(parent, dir_));
  fs::path location = beside ? parent : dir_;
  std::string prefix = (beside ? "." + dir_.filename().string() : "") + std::string(kStagingTag);
  remove_abandoned(location, prefix);
  for (int n = 0;; ++n) {
    fs::path candidate = location / (prefix + std::to_string(getpid()) + "-" + std::to_string(n));
    if (fs::create_directory(candidate, ec)) {
      staging_ = candidate;
      break;
    }
    if (ec || n > 1000) {
      throw InputError(dir_.string(),
                       "cannot write a staging folder in " + location.string() + " (" +
                           (ec ? ec.message() : "name taken") + ")",
                       "choose another " + option_);
    }
  }
}

OutputFolder::~OutputFolder() {
  if (committed_ || staging_.empty()) return;
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
}

std::vector<std::string> OutputFolder::existing(const std::vector<std::string>& names) const {
  std::vector<std::string> found;
  std::error_code ec;
  for (const std::string& name : names) {
    if (fs::exists(fs::symlink_status(dir_ / name, ec))) found.push_back(name);
  }
  return found;
}

void OutputFolder::commit(const std::vector<std::string>& stale) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(staging_, ec)) sync(entry.path(), false);
  if (!dir_existed_) {
    HeldSignals held;
    if (rename(staging_.c_str(), dir_.c_str()) == 0) {  // the whole export appears at once
      sync(dir_.parent_path(), true);
      committed_ = true;
      return;
    }
    bool appeared = errno == EEXIST || errno == ENOTEMPTY || errno == EISDIR;
    // A folder made meanwhile was never checked for earlier outputs: leave it alone.
    throw InputError(
        dir_.string(),
        appeared ? "appeared while exporting" : "could not be created (" + system_error() + ")",
        appeared ? "run the export again" : "choose another " + option_);
  }
  commit_into_existing(stale);
}

void OutputFolder::commit_into_existing(const std::vector<std::string>& stale) {
  std::vector<std::string> fresh;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(staging_, ec)) {
    fresh.push_back(entry.path().filename().string());
  }
  fs::path replaced = staging_ / kReplacedFolder;
  fs::create_directory(replaced, ec);
  // Each step is undone in reverse order if a later one fails.
  std::vector<std::pair<fs::path, fs::path>> renamed;  // from → to
  std::vector<fs::path> kept;                          // old files linked into `replaced`
  auto undo = [&] {
    for (auto it = renamed.rbegin(); it != renamed.rend(); ++it) {
      rename(it->second.c_str(), it->first.c_str());
    }
    for (const fs::path& old : kept) rename((replaced / old.filename()).c_str(), old.c_str());
  };
  HeldSignals held;
  auto fail = [&](const std::string& what) {
    std::string why = system_error();
    undo();
    throw InputError(dir_.string(), "could not " + what + " (" + why + ")",
                     "nothing was changed; check that the folder can be written");
  };
  for (const std::string& name : stale) {
    fs::path old = dir_ / name;
    if (rename(old.c_str(), (replaced / name).c_str()) != 0) {
      if (errno == ENOENT) continue;
      fail("remove the earlier " + name);
    }
    renamed.emplace_back(old, replaced / name);
  }
  for (const std::string& name : fresh) {
    if (name == kReplacedFolder) continue;
    fs::path target = dir_ / name;
    bool linked = false;
    if (fs::exists(fs::symlink_status(target, ec))) {
      // A hard link keeps the old file for undo while the rename below replaces it in one step;
      // where links are impossible (FAT) the old file is set aside first.
      linked = link(target.c_str(), (replaced / name).c_str()) == 0;
      if (linked) {
        kept.push_back(target);
      } else if (rename(target.c_str(), (replaced / name).c_str()) == 0) {
        renamed.emplace_back(target, replaced / name);
      } else {
        fail("set aside the earlier " + name);
      }
    }
    if (rename((staging_ / name).c_str(), target.c_str()) != 0) fail("move in " + name);
    if (!linked) renamed.emplace_back(staging_ / name, target);
  }
  sync(dir_, true);
  committed_ = true;
  fs::remove_all(staging_, ec);
}

}  // namespace landplan::io::detail
