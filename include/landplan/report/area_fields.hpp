// The area fields an export adds to each polygon layer: area_m2, area_ha and area_mu.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"
#include "landplan/units.hpp"

namespace landplan::report {

// Each field with the decimals it is stored with (a DBF's width/precision): 0.01 m²,
// 0.000001 ha (also 0.01 m²) and 0.0001 mu (0.07 m²).
struct AreaField {
  std::string_view name;
  AreaUnit unit;
  int decimals;
};
inline constexpr std::array<AreaField, 3> kAreaFields = {
    {{"area_m2", AreaUnit::m2, 2}, {"area_ha", AreaUnit::ha, 6}, {"area_mu", AreaUnit::mu, 4}}};

// Appends the area fields of `areas` (m², one per feature; null where unknown), replacing
// columns of those names (an earlier export's, or a planning result's), with a warning when the
// old numbers differed.
void add_area_fields(Layer& layer, const std::vector<std::optional<double>>& areas,
                     Warnings& warnings);

}  // namespace landplan::report
