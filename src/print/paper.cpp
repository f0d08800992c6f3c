// ISO 216 sizes, standard scales, grid spacing and CRS notes.
#include "paper.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <regex>

#include "landplan/error.hpp"

namespace landplan::print {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The series 1, 2, 2.5, 5 × 10ⁿ, in order.
double nice_at_least(double value, bool with_two) {
  double power = std::pow(10.0, std::floor(std::log10(value)));
  for (int step = 0; step < 3; ++step, power *= 10)
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
      if (m == 2.0 && !with_two) continue;
      if (m * power >= value * (1 - 1e-9)) return m * power;
    }
  return value;
}

double nice_at_most(double value) {
  double power = std::pow(10.0, std::floor(std::log10(value)));
  for (int step = 0; step < 3; ++step, power /= 10)
    for (double m : {5.0, 2.5, 2.0, 1.0})
      if (m * power <= value * (1 + 1e-9)) return m * power;
  return value;
}

}  // namespace

Paper paper_of(const std::string& name) {
  // ISO 216 A series, millimetres.
  static const std::array<Paper, 5> sizes = {
      {{841, 1189}, {594, 841}, {420, 594}, {297, 420}, {210, 297}}};
  std::smatch m;
  std::string text = lower(name);
  static const std::regex pattern("a([0-4])(-landscape|-portrait)?");
  if (!std::regex_match(text, m, pattern)) {
    throw InputError("--paper", "'" + name + "' is not a paper size",
                     "use A4, A3, A2, A1 or A0, with -landscape for landscape (A3-landscape)");
  }
  Paper paper = sizes[static_cast<std::size_t>(m[1].str()[0] - '0')];
  if (m[2] == "-landscape") std::swap(paper.width_mm, paper.height_mm);
  return paper;
}

double standard_scale_at_least(double denominator) {
  // Chinese series: 1:500, 1:1000, 1:2000, 1:5000, 1:10000, 1:25000, 1:50000, 1:100000, …, with
  // 1:2500 in between as township plans use; no 1:20000 and the like above 1:10000.
  double n = std::max(denominator, 1.0);
  double candidate = nice_at_least(n, n < 10000 * (1 - 1e-9));
  return candidate;
}

double grid_interval(double denominator, double short_side_mm) {
  double interval = nice_at_most(denominator * 0.1);  // 100 mm on paper
  while (short_side_mm * denominator / 1000.0 / interval < 3.0 && interval > 1e-3)
    interval = nice_at_most(interval * 0.999);
  return interval;
}

std::string grid_label(double metres, double interval_m) {
  int decimals = 0;
  while (decimals < 3 && std::fabs(std::round(interval_m / std::pow(10.0, 3 - decimals)) *
                                       std::pow(10.0, 3 - decimals) -
                                   interval_m) > 1e-6)
    ++decimals;
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, metres / 1000.0);
  return text;
}

std::string datum_note(const Crs& crs) {
  if (crs.empty()) return "";
  std::string name = crs.name();
  std::string datum = name.substr(0, name.find(" /"));
  if (datum.starts_with("CGCS2000")) return "2000国家大地坐标系（" + crs.label() + "）";
  if (datum.starts_with("Xian 1980")) return "1980西安坐标系（" + crs.label() + "）";
  if (datum.starts_with("Beijing 1954")) return "1954北京坐标系（" + crs.label() + "）";
  return datum + "（" + crs.label() + "）";
}

std::string projection_note(const Crs& crs) {
  if (crs.empty()) return "";
  std::string name = crs.name();
  std::smatch m;
  // EPSG names Gauss-Kruger CRSs "… / 3-degree Gauss-Kruger CM 120E" or "… zone 40".
  static const std::regex gk("(3|6)-degree Gauss-Kruger (?:zone (\\d+)|CM (\\d+)E)");
  if (std::regex_search(name, m, gk)) {
    std::string text = "高斯-克吕格投影，" + m[1].str() + "°分带";
    if (m[2].matched) {
      int zone = std::stoi(m[2].str());
      int cm = m[1] == "3" ? 3 * zone : 6 * zone - 3;
      text += "，第 " + m[2].str() + " 带（中央经线 " + std::to_string(cm) + "°E）";
    } else {
      text += "，中央经线 " + m[3].str() + "°E";
    }
    return text;
  }
  if (name.find("UTM zone") != std::string::npos) return "UTM 投影（" + name + "）";
  if (auto slash = name.find(" / "); slash != std::string::npos) return name.substr(slash + 3);
  return "";
}

}  // namespace landplan::print
