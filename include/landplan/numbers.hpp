// Checking the numbers a planner sets — flags and project.toml — where they are read.
#pragma once

#include <string>
#include <string_view>

namespace landplan {

// What a setting may be. Every allowed value is finite: NaN and infinity are never a distance.
enum class Allowed {
  positive,      // > 0: radii, areas per household, rule limits
  non_negative,  // ≥ 0: where 0 has a stated meaning (no safety zone, no target)
};

struct NumberRange {
  Allowed allowed;
  std::string_view unit;  // "metres", "mu", "m² per household"
};

bool in_range(double value, Allowed allowed);

// "> 0 metres", "≥ 0 mu": the range as messages show it.
std::string range_text(const NumberRange& range);

// The value as messages show it: "-50", "0.5", "nan", "inf".
std::string number_text(double value);

// `value` when it is in range; otherwise throws InputError at `where` (a flag such as
// "--radius", or "project.toml:planning.reservoir_safety_m") naming the value and the range.
double checked_number(double value, const NumberRange& range, const std::string& where);

}  // namespace landplan
