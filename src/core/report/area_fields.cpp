// Area fields added to a layer, replacing stale ones with a warning.
#include "landplan/report/area_fields.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace landplan::report {
namespace {

// True when an existing column holds other numbers than the fresh one (beyond rounding).
bool differs(const Column& old, const Column& fresh) {
  for (std::size_t row = 0; row < fresh.size(); ++row) {
    auto a = old.number(row), b = fresh.number(row);
    if (a.has_value() != b.has_value()) return true;
    if (a && std::fabs(*a - *b) > 1e-6 * std::fabs(*b) + 1e-6) return true;
  }
  return false;
}

}  // namespace

void add_area_fields(Layer& layer, const std::vector<std::optional<double>>& areas,
                     Warnings& warnings) {
  for (const AreaField& field : kAreaFields) {
    std::string name(field.name);
    Column column(name, FieldType::real);
    for (const auto& m2 : areas) {
      m2 ? column.push(Area::from_m2(*m2).in(field.unit)) : column.push_null();
    }
    auto old = std::find_if(layer.columns.begin(), layer.columns.end(),
                            [&](const Column& c) { return c.name() == name; });
    if (old != layer.columns.end()) {
      if (differs(*old, column)) {
        std::string where = layer.source.empty() ? layer.name : place(layer.source, layer.name);
        warnings.push_back(where + ": field " + name +
                           " replaced by the ellipsoidal area measured now, which differs");
      }
      layer.columns.erase(old);
    }
    layer.columns.push_back(std::move(column));
  }
}

}  // namespace landplan::report
