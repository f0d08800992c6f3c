// The one check of numeric settings, shared by project.toml parsing and the CLI flags.
#include "landplan/numbers.hpp"

#include <cmath>
#include <sstream>

#include "landplan/error.hpp"

namespace landplan {

bool in_range(double value, Allowed allowed) {
  if (!std::isfinite(value)) return false;
  return allowed == Allowed::positive ? value > 0 : value >= 0;
}

std::string range_text(const NumberRange& range) {
  return std::string(range.allowed == Allowed::positive ? "> 0 " : "≥ 0 ") +
         std::string(range.unit);
}

std::string number_text(double value) {
  std::ostringstream shown;
  shown << value;
  return shown.str();
}

double checked_number(double value, const NumberRange& range, const std::string& where) {
  if (in_range(value, range.allowed)) return value;
  throw InputError(where, "is " + number_text(value) + ", outside the allowed range",
                   "give a finite number " + range_text(range));
}

}  // namespace landplan
