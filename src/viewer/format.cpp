// Formatting of measures for the panels, the readouts and the map.
#include "viewer/format.hpp"

#include <cmath>
#include <cstdio>

#include "landplan/units.hpp"

namespace landplan::viewer {

std::string format_number(double value, int decimals, bool thousands) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::abs(value));
  std::string digits(buffer);
  std::size_t dot = digits.find('.');
  std::size_t int_end = dot == std::string::npos ? digits.size() : dot;
  std::string out;
  for (std::size_t i = 0; i < int_end; ++i) {
    if (thousands && i > 0 && (int_end - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  out += digits.substr(int_end);
  bool zero = out.find_first_not_of("0.,") == std::string::npos;
  return (value < 0 && !zero ? "-" : "") + out;
}

std::string format_length(double metres) {
  if (metres >= 1000.0) {
    double km = metres / 1000.0;
    return format_number(km, km == std::floor(km) ? 0 : (km * 10 == std::floor(km * 10) ? 1 : 2)) +
           " km";
  }
  if (metres >= 1.0) return format_number(metres, metres == std::floor(metres) ? 0 : 1) + " m";
  return format_number(metres * 100.0, 0) + " cm";
}

std::string format_distance(double metres) {
  std::string m = format_number(metres, 1) + " m";
  if (metres < 1000.0) return m;
  return m + " (" + format_number(metres / 1000.0, 3) + " km)";
}

std::string format_area(double square_metres) {
  Area a = Area::from_m2(square_metres);
  return format_number(a.mu(), 2) + " 亩 · " + format_number(a.ha(), 4) + " ha · " +
         format_number(a.m2(), 0) + " m²";
}

std::string format_lonlat(double lon, double lat) {
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "%.5f°%c %.5f°%c", std::abs(lon), lon < 0 ? 'W' : 'E',
                std::abs(lat), lat < 0 ? 'S' : 'N');
  return buffer;
}

std::string format_scale(double denominator) {
  if (!(denominator > 0)) return "";
  double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 2);
  double rounded = std::round(denominator / magnitude) * magnitude;
  return "1:" + format_number(rounded, 0);
}

}  // namespace landplan::viewer
