// Reading a result table's cells in tests.
#pragma once

#include <cstdint>
#include <variant>

#include "landplan/report/table.hpp"

namespace landplan::test {

// A number cell (integer or real) as a double; throws std::bad_variant_access for text or null.
inline double cell_number(const report::Cell& cell) {
  return std::holds_alternative<double>(cell) ? std::get<double>(cell)
                                              : static_cast<double>(std::get<std::int64_t>(cell));
}

}  // namespace landplan::test
