// Staging beside the output folder, and a commit that leaves the old files or all the new ones.
#include "io/write_folder.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>

#include "landplan/error.hpp"

namespace landplan::io::detail {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kStagingTag = ".landplan-export-";
constexpr std::string_view kReplacedFolder = ".replaced";  // old files kept until commit ends
// Written first into every staging folder: a folder is removed as a killed export's leftover
// only when it carries this mark (or is empty), never because of its name alone.
constexpr std::string_view kStagingMark = ".landplan-staging";

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

// "<pid>-<n>" exactly, as the staging folders are named after the prefix; the pid, else 0.
long staging_pid(std::string_view rest) {
  std::size_t dash = rest.find('-');
  auto digits = [](std::string_view t) {
    return !t.empty() && t.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (dash == std::string_view::npos || !digits(rest.substr(0, dash)) ||
      !digits(rest.substr(dash + 1)) || dash > 9) {
    return 0;
  }
  return std::strtol(std::string(rest.substr(0, dash)).c_str(), nullptr, 10);
}

// A real folder (not a link to one) that landplan made for staging: marked, or still empty.
bool is_staging_folder(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(path, ec))) return false;
  return fs::is_regular_file(fs::symlink_status(path / kStagingMark, ec)) || fs::is_empty(path, ec);
}

// Removes a staging folder with its mark last: a run killed while removing leaves a folder that
// is still marked (or empty), which the next export clears, never an unmarked one it must keep.
void remove_staging(const fs::path& staging) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(staging, ec)) {
    if (entry.path().filename() != kStagingMark) fs::remove_all(entry.path(), ec);
  }
  fs::remove(staging / kStagingMark, ec);
  fs::remove(staging, ec);
}

// When process `pid` started (clock ticks since boot, field 22 of /proc/<pid>/stat), or "" when
// that cannot be read. A pid alone names a process only while it lives: pids are reused (often
// within minutes when pid_max is 32768), so the staging mark records the start time as well.
std::string process_start(long pid) {
  std::ifstream stat_file("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat_file, line)) return "";
  std::size_t name_end = line.rfind(')');  // the command name may hold spaces and parentheses
  if (name_end == std::string::npos) return "";
  std::istringstream fields(line.substr(name_end + 1));
  std::string field;
  for (int n = 3; n <= 22 && fields >> field; ++n) {
    if (n == 22) return field;
  }
  return "";
}

std::string recorded_start(const fs::path& staging) {
  std::ifstream mark(staging / kStagingMark);
  std::string line;
  while (std::getline(mark, line)) {
    if (line.starts_with("started ")) return line.substr(8);
  }
  return "";
}

// The export that made the folder is over: its pid is gone, or now names a later process.
bool owner_gone(const fs::path& staging, long pid) {
  if (kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH) return true;
  std::string recorded = recorded_start(staging);
  std::string now = process_start(pid);
  return !recorded.empty() && !now.empty() && recorded != now;
}

// Staging folders of exports that were killed: named exactly so, their process over, and made
// by landplan — anything else of that name is the user's and stays.
void remove_abandoned(const fs::path& location, const std::string& prefix) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(location, ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    long pid = staging_pid(std::string_view(name).substr(prefix.size()));
    if (pid <= 0 || pid == getpid() || !is_staging_folder(entry.path())) continue;
    if (owner_gone(entry.path(), pid)) remove_staging(entry.path());
  }
}

// What stands at `path` when it is not a regular file — the only kind --overwrite replaces — or
// nullopt. A folder, a link (to anywhere) or a device in an output's place is the user's.
std::optional<std::string> not_a_file(const fs::path& path) {
  std::error_code ec;
  fs::file_status status = fs::symlink_status(path, ec);
  switch (status.type()) {
    case fs::file_type::not_found:
    case fs::file_type::regular:
      return std::nullopt;
    case fs::file_type::directory:
      return "a folder";
    case fs::file_type::symlink:
      return "a symbolic link";
    case fs::file_type::block:
    case fs::file_type::character:
      return "a device";
    case fs::file_type::fifo:
      return "a named pipe";
    case fs::file_type::socket:
      return "a socket";
    default:
      break;
  }
  return ec ? "unreadable (" + ec.message() + ")" : "not a regular file";
}

InputError in_the_way(const fs::path& path, const std::string& what, const std::string& option) {
  return InputError(
      path.string(), "is " + what + " where the export writes a file",
      "move or rename it, or choose another " + option + " (--overwrite replaces only files)");
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
      std::ofstream(staging_ / kStagingMark)
          << "landplan export staging folder\nstarted " << process_start(getpid()) << "\n";
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
  remove_staging(staging_);
}

std::vector<std::string> OutputFolder::existing(const std::vector<std::string>& names) const {
  std::vector<std::string> found;
  std::error_code ec;
  for (const std::string& name : names) {
    if (auto what = not_a_file(dir_ / name)) throw in_the_way(dir_ / name, *what, option_);
    if (fs::exists(fs::symlink_status(dir_ / name, ec))) found.push_back(name);
  }
  return found;
}

void OutputFolder::commit(const std::vector<std::string>& stale) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(staging_, ec)) sync(entry.path(), false);
  if (!dir_existed_) {
    HeldSignals held;
    // Not an output. Removed only now, so that a run killed while syncing leaves a marked folder
    // that the next export clears.
    fs::remove(staging_ / kStagingMark, ec);
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
    if (entry.path().filename() != kStagingMark) fresh.push_back(entry.path().filename().string());
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
  // Checked again here: a folder or link may have been put in an output's place meanwhile.
  auto refuse_if_in_the_way = [&](const fs::path& path) {
    if (auto what = not_a_file(path)) {
      undo();
      throw in_the_way(path, *what, option_);
    }
  };
  for (const std::string& name : stale) {
    fs::path old = dir_ / name;
    refuse_if_in_the_way(old);
    if (rename(old.c_str(), (replaced / name).c_str()) != 0) {
      if (errno == ENOENT) continue;
      fail("remove the earlier " + name);
    }
    renamed.emplace_back(old, replaced / name);
  }
  for (const std::string& name : fresh) {
    if (name == kReplacedFolder) continue;
    fs::path target = dir_ / name;
    refuse_if_in_the_way(target);
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
  remove_staging(staging_);
}

}  // namespace landplan::io::detail
