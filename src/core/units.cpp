// Parsing and naming of area units.
#include "landplan/units.hpp"

namespace landplan {

std::optional<AreaUnit> parse_area_unit(std::string_view text) {
  if (text == "m2" || text == "m²") return AreaUnit::m2;
  if (text == "ha") return AreaUnit::ha;
  if (text == "mu" || text == "亩") return AreaUnit::mu;
  if (text == "km2" || text == "km²") return AreaUnit::km2;
  return std::nullopt;
}

std::string_view unit_symbol(AreaUnit unit) {
  switch (unit) {
    case AreaUnit::ha: return "ha";
    case AreaUnit::mu: return "mu";
    case AreaUnit::km2: return "km2";
    case AreaUnit::m2: break;
  }
  return "m2";
}

}  // namespace landplan
