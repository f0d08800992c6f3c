// The Ministry's coordinate-exchange TXT (界址点坐标, 部标格式): the names its reader and writer
// share (internal to the io module).
#pragma once

#include <cstdio>
#include <string>

namespace landplan::io::detail::jzd {

// The two sections: the CRS description and the plots.
inline constexpr const char* kAttributesSection = "属性描述";
inline constexpr const char* kPlotsSection = "地块坐标";

// A plot's fields as landplan reads and writes them. A plot header is
// 界址点数,地块面积(公顷),地块编号,地块名称,记录图形属性,图幅号,地块用途,地类编码,@ and
// provincial variants add fields before the @, kept as 附加属性1, 附加属性2…
inline constexpr const char* kNumber = "地块编号";
inline constexpr const char* kName = "地块名称";
inline constexpr const char* kUse = "地块用途";
inline constexpr const char* kLandCode = "地类编码";
inline constexpr const char* kSheet = "图幅号";
inline constexpr const char* kDeclaredHectares = "申报面积_公顷";
inline constexpr const char* kExtraField = "附加属性";  // + 1, 2…

// `value` with exactly `decimals` decimals, as the format writes coordinates (3) and 公顷 (4).
inline std::string decimal_text(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace landplan::io::detail::jzd
