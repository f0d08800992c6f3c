// An output folder that receives a whole export or nothing: files are written into a staging
// folder beside it and moved in only when all of them are complete.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace landplan::io::detail {

class OutputFolder {
 public:
  // Checks that `dir` can receive files (throws InputError naming it otherwise), removes staging
  // folders that killed exports left behind (only real folders named exactly as staging folders
  // and marked as landplan's, or empty), and creates a fresh staging folder on the same
  // filesystem — beside `dir`, or inside it when its parent cannot be written. `option` is the
  // command-line option that named `dir` ("--to"), for the hints of errors.
  explicit OutputFolder(std::filesystem::path dir, std::string option = "--to");
  ~OutputFolder();  // removes the staging folder unless committed
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  const std::filesystem::path& staging() const { return staging_; }

  // The names among `names` that exist in `dir` now. Throws InputError naming the first that is
  // not a regular file (a folder, a symbolic link, a device…): --overwrite replaces only files,
  // and commit() checks each again before it replaces or removes it.
  std::vector<std::string> existing(const std::vector<std::string>& names) const;

  // Moves every file of the staging folder into `dir` and deletes `stale` (files of an earlier
  // export that this one does not write). A new `dir` appears whole, in one rename; into an
  // existing one the files move one by one with termination signals held back, and on any
  // failure the files replaced so far are put back — so `dir` holds the old files or all the
  // new ones (only SIGKILL or a power cut amid those few renames could mix them). Files are
  // synced to disk first.
  void commit(const std::vector<std::string>& stale);

 private:
  void commit_into_existing(const std::vector<std::string>& stale);

  std::filesystem::path dir_;
  std::string option_;
  std::filesystem::path staging_;
  bool dir_existed_ = false;
  bool committed_ = false;
};

}  // namespace landplan::io::detail
