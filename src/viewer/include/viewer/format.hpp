// Numbers as planners read them: thousands separators, lengths in m/km, areas in 亩/ha/m².
#pragma once

#include <string>

namespace landplan::viewer {

std::string format_number(double value, int decimals, bool thousands = true);  // 12,345.6
std::string format_length(double metres);           // "850 m", "1.25 km": what a scale bar says
std::string format_distance(double metres);         // "1,234.5 m (1.235 km)": the measure readout
std::string format_area(double square_metres);      // "12.35 亩 · 0.8233 ha · 8,233 m²"
std::string format_lonlat(double lon, double lat);  // "118.90123°E 42.40123°N"
std::string format_scale(double denominator);       // "1:25,000", rounded to 3 significant digits

}  // namespace landplan::viewer
