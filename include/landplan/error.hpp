// Errors and warnings a user can act on: where it happened, what is wrong, what to do.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace landplan {

// Bad input or usage (exit code 2). The message reads "<where>: <problem> — <remedy>",
// where <where> is "file[:layer[:fid]]".
class InputError : public std::runtime_error {
 public:
  InputError(const std::string& where, const std::string& problem, const std::string& remedy);
};

// Joins the parts of a place: "file", "file:layer", "file:layer:fid".
std::string place(const std::string& file, const std::string& layer = {}, long long fid = -1);

// What a command found in its input and could get past, each one line shown to the user.
// Two kinds (the table of which finding is which: tests/corpus/README.md, "Data faults"):
// - a warning (push_back): the input is unusual but read right (a null geometry, a polygon made
//   valid, an unknown key);
// - a data fault (fault): evidence that what was read is wrong or incomplete (a CRS the
//   coordinates contradict, a damaged file, text not in its declared encoding, an area that
//   cannot be computed). Results built on it would be confidently wrong, so a fault stops the
//   command with InputError (exit 2) unless the user chose --lenient; then it is kept as a
//   warning and the outputs say that faults were passed over.
// Every reader and analysis already receives the Warnings, so the policy travels with it and is
// decided here, once. A vector underneath because callers and tests read it as a list of lines.
class Warnings : public std::vector<std::string> {
 public:
  Warnings() = default;
  explicit Warnings(bool lenient) : lenient_(lenient) {}

  // Throws InputError(where, problem, remedy + the --lenient way out), or under --lenient keeps
  // the line as a warning.
  void fault(const std::string& where, const std::string& problem, const std::string& remedy);

  bool lenient() const { return lenient_; }
  // True once a fault was passed over (only possible under --lenient).
  bool faults_passed() const { return faults_passed_; }

 private:
  bool lenient_ = false;
  bool faults_passed_ = false;
};

}  // namespace landplan
