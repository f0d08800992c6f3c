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

// Non-fatal findings (a null geometry, a polygon made valid): each one line, shown to the user.
using Warnings = std::vector<std::string>;

}  // namespace landplan
