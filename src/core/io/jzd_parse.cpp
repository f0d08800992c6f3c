// Parsing the coordinate-exchange TXT. Variants taken, as public writers and parsers make them
// (listed in README.md, "界址点坐标 TXT"): GBK or UTF-8, with or without a byte order mark, CRLF
// or LF; [..] or 【..】 section headers, indented or not; blanks around fields; full-width
// commas; 点号 as J1 or 1; headers of 9 fields or more (extras kept) or fewer (missing ones
// empty); 地块面积 with a 公顷 suffix or empty; 分带=3度带 for 几度分带=3; no 坐标系 (taken as
// CGCS2000, with a warning); easting first; eastings without zone number beside 带号.
#include "io/jzd_parse.hpp"

#include <charconv>
#include <cmath>
#include <map>

#include "io/jzd_format.hpp"
#include "io/ogr_values.hpp"
#include "landplan/error.hpp"
#include "landplan/planar.hpp"
#include "landplan/text.hpp"

namespace landplan::io::detail {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kStandardFields = 8;  // before the @
constexpr int kMostRings = 99999;  // a plot's rings: a handful, never more than this

std::string metres(double value) {
  return jzd::decimal_text(value, 3);
}

std::string line_no(int line) {
  return "line " + std::to_string(line);
}

struct Line {
  int number = 0;
  std::string text;
};

std::string replaced_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  int number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++number;
    std::string line = trimmed(text.substr(start, end - start));
    lines.push_back({number, replaced_all(std::move(line), "，", ",")});
    start = end + 1;
  }
  return lines;
}

// "[属性描述]" or "【属性描述】" → "属性描述"; "" when the line is no section header.
std::string section_name(const std::string& line) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"[", "]"},
                             std::pair<std::string_view, std::string_view>{"【", "】"}}) {
    if (line.size() > open.size() + close.size() && line.starts_with(open) &&
        line.ends_with(close)) {
      return trimmed(
          std::string_view(line).substr(open.size(), line.size() - open.size() - close.size()));
    }
  }
  return "";
}

std::vector<std::string> split_fields(std::string_view line) {
  std::vector<std::string> fields;
  for (std::size_t start = 0;;) {
    std::size_t comma = line.find(',', start);
    fields.push_back(trimmed(line.substr(start, comma - start)));
    if (comma == std::string_view::npos) return fields;
    start = comma + 1;
  }
}

std::optional<double> number_in(std::string_view text) {
  double value = 0;
  if (text.starts_with('+')) text.remove_prefix(1);
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

std::string decoded(std::string_view bytes, const std::string& encoding, const std::string& source,
                    std::string& used) {
  if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
  std::string upper = upper_ascii(encoding);
  bool utf8 = upper == "UTF-8" || upper == "UTF8" || (upper.empty() && is_valid_utf8(bytes));
  std::string from = upper.empty() || upper == "GBK" ? "CP936" : encoding;
  used = utf8 ? "UTF-8" : from == "CP936" ? "GBK" : encoding;
  std::string text = utf8 ? std::string(bytes) : recoded(std::string(bytes), from);
  if (!is_valid_utf8(text)) {
    throw InputError(source, "its text is not valid " + used,
                     utf8 ? "read it with --source-encoding GBK" : "save it as GBK or UTF-8");
  }
  return text;
}

// A point as written: X (the northing, in the standard order) and Y.
struct RawPoint {
  double x_column = 0, y_column = 0;
  int line = 0;
};

struct RawRing {
  int number = 0;  // 圈号
  std::vector<RawPoint> points;
  bool closed() const {
    return points.size() > 1 && points.back().x_column == points.front().x_column &&
           points.back().y_column == points.front().y_column;
  }
};

struct RawPlot {
  int line = 0;
  std::vector<std::string> header;  // fields before the @
  std::vector<RawRing> rings;
};

enum class Magnitude { northing, easting, zoned_easting, other };

// A northing in China has 7 digits before the point (2,000 km to 6,000 km); an easting 6, or 8
// with the zone number in front.
Magnitude magnitude(double value) {
  if (value >= 1e6 && value < 1e7) return Magnitude::northing;
  if (value >= 1e7 && value < 1e8) return Magnitude::zoned_easting;
  if (value >= 0 && value < 1e6) return Magnitude::easting;
  return Magnitude::other;
}

bool is_easting(Magnitude m) {
  return m == Magnitude::easting || m == Magnitude::zoned_easting;
}

// True when an inner point of `ring` lies inside `shell` (x,y interleaved): most of its vertices
// are (a hole may touch its shell, a further part its neighbour, at a few vertices).
bool ring_inside(const std::vector<double>& ring, const std::vector<double>& shell) {
  auto inside = [&](double x, double y) {
    bool in = false;
    for (std::size_t i = 0, j = shell.size() - 2; i < shell.size(); j = i, i += 2) {
      double xi = shell[i], yi = shell[i + 1], xj = shell[j], yj = shell[j + 1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) in = !in;
    }
    return in;
  };
  std::size_t in = 0, points = ring.size() / 2 - 1;  // the closing point counted once
  for (std::size_t i = 0; i < points; ++i) in += inside(ring[2 * i], ring[2 * i + 1]);
  return 2 * in > points;
}

double ring_area(const std::vector<double>& xy) {
  return std::abs(signed_ring_area(RingView{xy.data(), xy.size() / 2}));
}

class Parser {
 public:
  Parser(const std::string& source, JzdFile& file) : source_(source), file_(file) {}

  void read(const std::vector<Line>& lines) {
    std::string section;
    bool saw_plots = false;
    for (const Line& line : lines) {
      if (line.text.empty()) continue;
      if (std::string name = section_name(line.text); !name.empty()) {
        section = name;
        if (name == jzd::kPlotsSection) saw_plots = true;
        continue;
      }
      if (section == jzd::kAttributesSection) {
        std::size_t equals = line.text.find('=');
        if (equals == std::string::npos) continue;
        attributes_[trimmed(line.text.substr(0, equals))] = {trimmed(line.text.substr(equals + 1)),
                                                             line.number};
      } else if (section == jzd::kPlotsSection) {
        if (line.text.ends_with('@')) {
          start_plot(line);
        } else {
          add_point(line);
        }
      }
    }
    if (!saw_plots) {
      fail(lines.back().number, "the file ends without a [地块坐标] section",
           "put the plots under a line [地块坐标]");
    }
    if (plots_.empty()) {
      fail(lines.back().number, "[地块坐标] holds no plot (a header line ending in @)",
           "add the plots");
    }
    for (const RawPlot& plot : plots_) check_rings(plot);
  }

  // Decides the column order and the CRS, then builds the plots.
  void finish() {
    bool easting_first = column_order();
    zone_and_crs(easting_first);
    for (const RawPlot& raw : plots_) file_.plots.push_back(build(raw, easting_first));
  }

 private:
  [[noreturn]] void fail(int line, const std::string& problem, const std::string& remedy) const {
    throw InputError(source_, line_no(line) + ": " + problem, remedy);
  }

  const std::pair<std::string, int>* attribute(std::initializer_list<const char*> keys) const {
    for (const char* key : keys) {
      auto found = attributes_.find(key);
      if (found != attributes_.end() && !found->second.first.empty()) return &found->second;
    }
    return nullptr;
  }

  void start_plot(const Line& line) {
    // The @ ends the header, after a comma of its own.
    std::string header = trimmed(line.text.substr(0, line.text.size() - 1));
    if (header.ends_with(',')) header.pop_back();
    RawPlot plot;
    plot.line = line.number;
    plot.header = split_fields(header);
    if (plot.header.size() > 4 && !plot.header[4].empty() && plot.header[4] != "面") {
      fail(line.number,
           "the plot records a " + plot.header[4] + " (记录图形属性), not a 面 (polygon)",
           "landplan reads plots of 面 only: convert the others to polygons first");
    }
    plots_.push_back(std::move(plot));
  }

  void add_point(const Line& line) {
    if (plots_.empty()) {
      fail(line.number, "a point before the first plot header (界址点数,地块面积,…,@)",
           "add the plot's header line above its points");
    }
    std::vector<std::string> fields = split_fields(line.text);
    if (fields.size() < 4) {
      fail(line.number, "'" + line.text + "' is no point line (点号,圈号,X,Y)",
           "write each point as 点号,圈号,X,Y");
    }
    std::optional<double> ring = number_in(fields[1]);
    // Bounded so that it fits an int: a plot has a handful of rings, never a million.
    if (!ring || *ring != std::floor(*ring) || *ring < 0 || *ring > kMostRings) {
      fail(line.number,
           "the ring number (圈号) '" + fields[1] + "' is not a whole number from 0 to " +
               std::to_string(kMostRings),
           "number the rings 1, 2…");
    }
    std::optional<double> x = number_in(fields[2]), y = number_in(fields[3]);
    if (!x || !y) {
      fail(line.number, "the coordinate '" + (x ? fields[3] : fields[2]) + "' is not a number",
           "correct the point: 点号,圈号,X,Y with X and Y in metres");
    }
    std::vector<RawRing>& rings = plots_.back().rings;
    int number = static_cast<int>(*ring);
    // A ring ends where 圈号 changes; a closed ring followed by more points of the same 圈号
    // starts another ring (some writers number every ring 1).
    if (rings.empty() || rings.back().number != number || rings.back().closed()) {
      rings.push_back({number, {}});
    }
    rings.back().points.push_back({*x, *y, line.number});
  }

  void check_rings(const RawPlot& plot) const {
    if (plot.rings.empty()) {
      fail(plot.line, "the plot has no points (fewer than 3)", "add its boundary points");
    }
    for (const RawRing& ring : plot.rings) {
      const RawPoint& first = ring.points.front();
      if (!ring.closed()) {
        fail(ring.points.back().line,
             "ring " + std::to_string(ring.number) + " (from " + line_no(first.line) +
                 ") is not closed: its last point is not its first",
             "repeat the ring's first point at its end");
      }
      if (ring.points.size() < 4) {
        fail(first.line, "ring " + std::to_string(ring.number) + " has fewer than 3 points",
             "a ring needs at least 3 distinct points and its first repeated at the end");
      }
    }
  }

  // True when the file writes the easting first. Every point must agree with the first.
  bool column_order() {
    std::optional<bool> easting_first;
    int first_line = 0;
    for (const RawPlot& plot : plots_) {
      for (const RawRing& ring : plot.rings) {
        for (const RawPoint& point : ring.points) {
          Magnitude x = magnitude(point.x_column), y = magnitude(point.y_column);
          std::optional<bool> here;
          if (x == Magnitude::northing && is_easting(y)) here = false;
          if (y == Magnitude::northing && is_easting(x)) here = true;
          if (!here) {
            fail(point.line,
                 "cannot tell the northing from the easting in " + metres(point.x_column) + ", " +
                     metres(point.y_column),
                 "a northing in China has 7 digits before the point, an easting 6 (8 with the "
                 "zone number): write X (northing) then Y (easting) in metres");
          }
          if (!easting_first) {
            easting_first = here;
            first_line = point.line;
          } else if (*here != *easting_first) {
            fail(point.line, "the columns are in the other order than on " + line_no(first_line),
                 "write every point as X (northing), Y (easting)");
          }
        }
      }
    }
    if (*easting_first) {
      file_.warnings.push_back(line_no(first_line) +
                               ": the points give the easting first (Y before X): read as "
                               "easting, northing");
    }
    return *easting_first;
  }

  void zone_and_crs(bool easting_first) {
    // The zone number the eastings carry: the same in every point, or none in every point.
    std::optional<int> prefix;
    int prefix_line = 0;
    for (const RawPlot& plot : plots_) {
      for (const RawRing& ring : plot.rings) {
        for (const RawPoint& point : ring.points) {
          double easting = easting_first ? point.x_column : point.y_column;
          // column_order() has bounded every easting below 1e8: its millions fit an int.
          int zone = easting >= 1e7 ? static_cast<int>(std::floor(easting / 1e6)) : 0;
          if (!prefix) {
            prefix = zone;
            prefix_line = point.line;
          } else if (zone != *prefix) {
            fail(point.line,
                 "the easting " + metres(easting) +
                     (zone ? " carries the zone number " + std::to_string(zone)
                           : " carries no zone number") +
                     ", unlike " + line_no(prefix_line) +
                     (*prefix ? " (zone " + std::to_string(*prefix) + ")" : " (none)"),
                 "write every easting of the file in one zone, with its zone number or without");
          }
        }
      }
    }
    int zone = *prefix;
    const auto* zone_number = attribute({"带号"});
    if (zone_number) {
      std::optional<double> declared = number_in(zone_number->first);
      if (!declared || *declared != std::floor(*declared) || *declared < 1 || *declared > 120) {
        fail(zone_number->second, "带号=" + zone_number->first + " is not a zone number",
             "write the zone number, e.g. 带号=40, or leave it empty");
      }
      int declared_zone = static_cast<int>(*declared);
      if (zone && declared_zone != zone) {
        fail(prefix_line,
             "the easting carries the zone number " + std::to_string(zone) +
                 ", but 带号=" + std::to_string(declared_zone) + " (" +
                 line_no(zone_number->second) + ") says zone " + std::to_string(declared_zone),
             "correct 带号 or the eastings");
      }
      if (!zone) zone = declared_zone;
    }
    if (!zone) return;  // no CRS the file names: --assume-crs gives it
    int width = zone_width(zone);
    GkDatum datum = declared_datum();
    GaussKruger crs{datum, width, zone, *prefix != 0};
    if (!*prefix) {
      file_.warnings.push_back(
          line_no(prefix_line) +
          ": the eastings carry no zone number though 带号=" + std::to_string(zone) + " (" +
          line_no(zone_number->second) + "): read as " + crs.described());
    }
    file_.crs = crs;
  }

  int zone_width(int zone) const {
    const auto* declared = attribute({"几度分带", "分带"});
    int width = is_gk_zone(3, zone) ? 3 : 6;
    if (declared) {
      std::string text = declared->first;
      if (text.starts_with("3")) {
        width = 3;
      } else if (text.starts_with("6")) {
        width = 6;
      } else {
        fail(declared->second, "几度分带=" + text + " is neither 3 nor 6", "write 几度分带=3 or 6");
      }
    }
    if (!is_gk_zone(width, zone)) {
      int other = width == 3 ? 6 : 3;
      fail(declared ? declared->second : plots_.front().line,
           "zone " + std::to_string(zone) + " is no " + std::to_string(width) +
               "-degree Gauss-Kruger zone of China (" + std::to_string(first_gk_zone(width)) + "–" +
               std::to_string(last_gk_zone(width)) + ")" +
               (is_gk_zone(other, zone) ? " but a " + std::to_string(other) + "-degree one" : ""),
           "correct 几度分带 or 带号");
    }
    return width;
  }

  GkDatum declared_datum() {
    const auto* named = attribute({"坐标系"});
    if (!named) {
      file_.warnings.push_back("the file names no 坐标系: taken as 2000国家大地坐标系 (CGCS2000)");
      return GkDatum::cgcs2000;
    }
    std::optional<GkDatum> datum = parse_gk_datum(named->first);
    if (!datum) {
      fail(named->second, "坐标系=" + named->first + " is none landplan knows",
           "write 2000国家大地坐标系, 1980西安坐标系 or 1954北京坐标系");
    }
    return *datum;
  }

  JzdPlot build(const RawPlot& raw, bool easting_first) {
    JzdPlot plot;
    plot.line = raw.line;
    std::vector<std::string> header = raw.header;
    header.resize(std::max(header.size(), kStandardFields));
    // Stored as 地块编号, 地块名称, 地块用途, 地类编码, 图幅号, then the extras.
    plot.fields = {header[2], header[3], header[6], header[7], header[5]};
    plot.fields.insert(plot.fields.end(), header.begin() + kStandardFields, header.end());
    file_.extra_fields = std::max(file_.extra_fields, header.size() - kStandardFields);
    plot.hectares = declared_hectares(raw.line, header[1]);
    if (std::optional<double> count = number_in(header[0])) {
      std::size_t points = 0;
      for (const RawRing& ring : raw.rings) points += ring.points.size();
      if (*count != static_cast<double>(points)) {
        file_.warnings.push_back(line_no(raw.line) + ": 界址点数 says " + header[0] +
                                 " points, the plot has " + std::to_string(points));
      }
    }
    for (const RawRing& ring : raw.rings) {
      std::vector<double> xy;
      for (const RawPoint& point : ring.points) {
        xy.push_back(easting_first ? point.x_column : point.y_column);
        xy.push_back(easting_first ? point.y_column : point.x_column);
      }
      add_ring(plot, std::move(xy));
    }
    check_area(plot, header[1]);
    return plot;
  }

  // The first ring is a shell; a further ring inside a part (and not inside one of its holes)
  // is a hole of it, else the shell of a further part.
  static void add_ring(JzdPlot& plot, std::vector<double> xy) {
    for (auto& part : plot.parts) {
      if (!ring_inside(xy, part.front())) continue;
      bool in_hole = false;
      for (std::size_t h = 1; h < part.size(); ++h) in_hole |= ring_inside(xy, part[h]);
      if (!in_hole) {
        part.push_back(std::move(xy));
        return;
      }
    }
    plot.parts.push_back({std::move(xy)});
  }

  std::optional<double> declared_hectares(int line, std::string text) const {
    for (std::string_view unit : {"公顷", "ha", "HA"}) {
      if (text.ends_with(unit)) text = trimmed(text.substr(0, text.size() - unit.size()));
    }
    if (text.empty()) return std::nullopt;
    std::optional<double> hectares = number_in(text);
    if (!hectares) {
      fail(line, "the plot's area (地块面积) '" + text + "' is not a number",
           "write the area in 公顷, e.g. 1.0000, or leave it empty");
    }
    return hectares;
  }

  // The declared 公顷 against the polygon's planar area: they may differ by the rounding of the
  // decimals written (at most 4 count: the format's hectares have 4).
  void check_area(const JzdPlot& plot, const std::string& written) {
    if (!plot.hectares || *plot.hectares == 0) return;
    double m2 = 0;
    for (const auto& part : plot.parts) {
      m2 += ring_area(part.front());
      for (std::size_t h = 1; h < part.size(); ++h) m2 -= ring_area(part[h]);
    }
    std::size_t point = written.find('.');
    int decimals = point == std::string::npos ? 0 : static_cast<int>(written.size() - point - 1);
    decimals = std::min(decimals, 4);
    double allowed = 0.5 * std::pow(10.0, -decimals) + 1e-9;
    if (std::abs(m2 / 1e4 - *plot.hectares) > allowed) {
      file_.warnings.push_back(line_no(plot.line) + ": the plot declares " + written +
                               " 公顷, its coordinates give " + jzd::decimal_text(m2 / 1e4, 4) +
                               " (planar, in its own CRS)");
    }
  }

  const std::string& source_;
  JzdFile& file_;
  std::map<std::string, std::pair<std::string, int>> attributes_;  // key → value, line
  std::vector<RawPlot> plots_;
};

}  // namespace

bool looks_like_jzd(std::string_view head) {
  if (head.starts_with(kBom)) head.remove_prefix(kBom.size());
  std::size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  head.remove_prefix(start);
  std::size_t end = head.find_first_of("\r\n");
  if (end == std::string_view::npos && head.size() > 64) return false;  // no short first line
  std::string line = trimmed(head.substr(0, end));
  std::string name = section_name(is_valid_utf8(line) ? line : recoded(line, "CP936"));
  return name == jzd::kAttributesSection || name == jzd::kPlotsSection;
}

JzdFile parse_jzd(const std::string& source, std::string_view bytes, const std::string& encoding) {
  JzdFile file;
  std::string text = decoded(bytes, encoding, source, file.encoding);
  Parser parser(source, file);
  parser.read(lines_of(text));
  parser.finish();
  return file;
}

}  // namespace landplan::io::detail
