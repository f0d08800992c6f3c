// Running Chromium and pandoc on the report's HTML, in a scratch folder of their own.
#include "landplan/report/document_convert.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "landplan/error.hpp"

extern char** environ;

namespace landplan::report {
namespace {

std::optional<std::string> on_path(const std::vector<std::string>& names) {
  const char* path = std::getenv("PATH");
  std::istringstream folders(path ? path : "/usr/bin:/bin");
  std::vector<std::string> dirs;
  for (std::string dir; std::getline(folders, dir, ':');) dirs.push_back(dir.empty() ? "." : dir);
  for (const std::string& name : names) {
    if (name.find('/') != std::string::npos) {
      if (access(name.c_str(), X_OK) == 0) return name;
      continue;
    }
    for (const std::string& dir : dirs) {
      std::string candidate = dir + "/" + name;
      if (access(candidate.c_str(), X_OK) == 0) return candidate;
    }
  }
  return std::nullopt;
}

// A folder under $TMPDIR removed with everything in it when the conversion ends.
class Scratch {
 public:
  Scratch() {
    std::string pattern = (std::filesystem::temp_directory_path() / "landplan-doc-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a folder under $TMPDIR");
    dir_ = pattern;
  }
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
};

void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + file.string());
}

// Runs `args` (no shell) with its output in `log`; throws with the log's last lines when it
// fails or leaves no `made` file.
void run(const std::vector<std::string>& args, const std::filesystem::path& log,
         const std::filesystem::path& made) {
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  pid_t pid = 0;
  int error = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0) throw std::runtime_error("cannot start " + args[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && std::filesystem::exists(made);
  if (!ok) {
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.size() > 600) text = "…" + text.substr(text.size() - 600);
    throw std::runtime_error(args[0] + " failed: " + text);
  }
}

}  // namespace

void html_to_pdf(const std::string& html, const std::filesystem::path& pdf,
                 const std::string& shown_as) {
  std::vector<std::string> names = {"chromium", "chromium-browser", "google-chrome"};
  if (const char* chosen = std::getenv("LANDPLAN_CHROMIUM"); chosen && *chosen) names = {chosen};
  std::optional<std::string> chromium = on_path(names);
  if (!chromium) {
    throw InputError(shown_as, "a PDF report needs Chromium, which is not installed",
                     "install it (apt-get install chromium), or write --format html and print "
                     "it from a browser");
  }
  Scratch scratch;
  write_bytes(scratch.dir() / "report.html", html);
  // A profile of its own, so a running browser or a read-only home does not matter. No
  // sandbox: it needs privileges a container or root lacks, and the page is our own file with
  // nothing from the network.
  run({*chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
       "--user-data-dir=" + (scratch.dir() / "profile").string(),
       "--print-to-pdf=" + pdf.string(), "file://" + (scratch.dir() / "report.html").string()},
      scratch.dir() / "chromium.log", pdf);
}

void document_to_docx(const Document& document, const std::filesystem::path& docx,
                      const std::string& shown_as) {
  std::optional<std::string> pandoc = on_path({"pandoc"});
  if (!pandoc) {
    throw InputError(shown_as, "a DOCX report needs pandoc, which is not installed",
                     "install it (apt-get install pandoc), or write --format html");
  }
  Scratch scratch;
  write_bytes(scratch.dir() / "report.html", to_html(document, true));
  std::size_t number = 0;
  for (const Section& section : document.sections) {
    for (const Figure& figure : section.figures) {
      if (figure.bytes.empty()) continue;
      write_bytes(scratch.dir() / figure_file(++number, figure), figure.bytes);
    }
  }
  run({*pandoc, "--from=html", "--to=docx", "--resource-path=" + scratch.dir().string(),
       "--output=" + docx.string(), (scratch.dir() / "report.html").string()},
      scratch.dir() / "pandoc.log", docx);
}

}  // namespace landplan::report
