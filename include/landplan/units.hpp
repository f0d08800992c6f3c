// Areas in the units planners use: m², hectares, mu (亩) and km².
#pragma once

#include <optional>
#include <string_view>

namespace landplan {

// 1 ha = 15 mu exactly, so 1 mu = 10000/15 m²; the rounded 666.67 drifts.
inline constexpr double kSquareMetresPerMu = 10000.0 / 15.0;
inline constexpr double kSquareMetresPerHectare = 10000.0;
inline constexpr double kSquareMetresPerKm2 = 1.0e6;

enum class AreaUnit { m2, ha, mu, km2 };

class Area {
 public:
  constexpr Area() = default;
  static constexpr Area from_m2(double m2) { return Area(m2); }
  static constexpr Area from_mu(double mu) { return Area(mu * kSquareMetresPerMu); }
  static constexpr Area from_ha(double ha) { return Area(ha * kSquareMetresPerHectare); }

  constexpr double m2() const { return m2_; }
  constexpr double ha() const { return m2_ / kSquareMetresPerHectare; }
  constexpr double mu() const { return m2_ / kSquareMetresPerMu; }
  constexpr double km2() const { return m2_ / kSquareMetresPerKm2; }
  constexpr double in(AreaUnit unit) const {
    switch (unit) {
      case AreaUnit::ha: return ha();
      case AreaUnit::mu: return mu();
      case AreaUnit::km2: return km2();
      case AreaUnit::m2: break;
    }
    return m2_;
  }
  constexpr Area& operator+=(Area other) {
    m2_ += other.m2_;
    return *this;
  }

 private:
  constexpr explicit Area(double m2) : m2_(m2) {}
  double m2_ = 0.0;
};

// "m2", "ha", "mu" (also "亩"), "km2"; nullopt for anything else.
std::optional<AreaUnit> parse_area_unit(std::string_view text);
std::string_view unit_symbol(AreaUnit unit);

}  // namespace landplan
