// Parsing the Ministry's coordinate-exchange TXT (界址点坐标, 部标格式) into plots of rings with
// their CRS, liberal in the variants it takes (internal to the io module; no GDAL).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "landplan/gauss_kruger.hpp"

namespace landplan::io::detail {

// One plot: its header's fields and its polygon, x east and y north as in every Layer (the
// file's X is the northing). parts[p][0] is a shell, parts[p][1…] its holes, each closed.
struct JzdPlot {
  int line = 0;                     // of the plot header
  std::vector<std::string> fields;  // 地块编号, 地块名称, 地块用途, 地类编码, 图幅号 and extras
  std::optional<double> hectares;  // 地块面积 as declared
  std::vector<std::vector<std::vector<double>>> parts;
};

struct JzdFile {
  std::vector<JzdPlot> plots;
  std::size_t extra_fields = 0;       // the most any header has beyond the standard eight
  std::optional<GaussKruger> crs;     // none when the file does not say (no 带号, no prefix)
  std::vector<std::string> warnings;  // each "line N: …"
  std::string encoding;               // the text's encoding: "UTF-8" or "GBK"
};

// True when `head` (a file's first bytes) opens with a "[属性描述]" or "[地块坐标]" line (also
// 【…】), after any byte order mark and blank lines, in UTF-8 or GBK.
bool looks_like_jzd(std::string_view head);

// Parses the file's bytes. `encoding`: "GBK"/"CP936" or "UTF-8" as the user said, "" to detect
// (UTF-8 when the bytes are valid UTF-8, else GBK). Throws InputError naming `source` and the
// line: missing [地块坐标], an unclosed ring, fewer than 3 points, a number that is not one,
// columns whose order cannot be told, 带号 contradicting the eastings' zone number.
JzdFile parse_jzd(const std::string& source, std::string_view bytes, const std::string& encoding);

}  // namespace landplan::io::detail
