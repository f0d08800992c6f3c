// OGR's types and field values into the flat Layer's columns.
#include "io/ogr_values.hpp"

#include <cpl_string.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "landplan/text.hpp"

namespace landplan::io::detail {
namespace {

// A date, date-time or time as ISO 8601 (GDAL's own text is "2024/05/01 08:30:00+08").
std::string iso_8601(const OGRFeature& feature, int index, ValueKind kind) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
  float second = 0;
  feature.GetFieldAsDateTime(index, &year, &month, &day, &hour, &minute, &second, &zone);
  std::string date = fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
  double whole = std::floor(second);
  std::string time = fmt::format("{:02d}:{:02d}:{:02d}", hour, minute, static_cast<int>(whole));
  if (int ms = static_cast<int>(std::lround((second - whole) * 1000)); ms > 0) {
    time += fmt::format(".{:03d}", std::min(ms, 999));
  }
  if (kind == ValueKind::date) return date;
  if (kind == ValueKind::time) return time;
  // GDAL's zone flag: 0 unknown, 1 local time, 100 UTC, 100 ± n for n quarter hours east/west.
  std::string offset;
  if (zone == 100) {
    offset = "Z";
  } else if (zone > 1) {
    int minutes = std::abs(zone - 100) * 15;
    offset = fmt::format("{}{:02d}:{:02d}", zone > 100 ? '+' : '-', minutes / 60, minutes % 60);
  }
  return date + "T" + time + offset;
}

}  // namespace

GeometryKind layer_kind(OGRwkbGeometryType type) {
  switch (wkbFlatten(OGR_GT_GetLinear(type))) {
    case wkbPoint:
    case wkbMultiPoint:
      return GeometryKind::point;
    case wkbLineString:
    case wkbMultiLineString:
      return GeometryKind::line;
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbPolyhedralSurface:
    case wkbTIN:
    case wkbTriangle:
      return GeometryKind::polygon;
    default:
      return GeometryKind::none;  // unknown or collection: decided by the data
  }
}

FieldType field_type(OGRFieldType type) {
  switch (type) {
    case OFTInteger:
    case OFTInteger64:
      return FieldType::integer;
    case OFTReal:
      return FieldType::real;
    default:
      return FieldType::text;
  }
}

// `text` in `encoding`, as UTF-8 (for drivers that cannot recode themselves).
std::string recoded(const std::string& text, const std::string& encoding) {
  std::unique_ptr<char, decltype(&CPLFree)> utf8(
      CPLRecode(text.c_str(), encoding.c_str(), CPL_ENC_UTF8), CPLFree);
  return utf8 ? utf8.get() : text;
}

ValueKind value_kind(const OGRFieldDefn& field) {
  switch (field.GetType()) {
    case OFTInteger:
      return field.GetSubType() == OFSTBoolean ? ValueKind::boolean : ValueKind::plain;
    case OFTInteger64:
      return ValueKind::integer64;
    case OFTDate:
      return ValueKind::date;
    case OFTDateTime:
      return ValueKind::date_time;
    case OFTTime:
      return ValueKind::time;
    case OFTBinary:
      return ValueKind::binary;
    case OFTIntegerList:
    case OFTInteger64List:
    case OFTRealList:
    case OFTStringList:
      return ValueKind::list;
    default:
      return ValueKind::plain;
  }
}

void read_attribute(const OGRFeature& feature, int index, Column& column, bool check_utf8,
                    const std::string& recode_from, bool& saw_invalid_utf8) {
  if (!feature.IsFieldSetAndNotNull(index)) {
    column.push_null();
    return;
  }
  ValueKind kind = column.kind();
  if (kind == ValueKind::date || kind == ValueKind::date_time || kind == ValueKind::time) {
    column.push(iso_8601(feature, index, kind));
    return;
  }
  switch (column.type()) {
    case FieldType::integer:
      column.push(std::int64_t{feature.GetFieldAsInteger64(index)});
      break;
    case FieldType::real:
      column.push(feature.GetFieldAsDouble(index));
      break;
    case FieldType::text: {
      std::string text = feature.GetFieldAsString(index);
      if (!recode_from.empty()) text = recoded(text, recode_from);
      if (check_utf8 && !is_valid_utf8(text)) {
        saw_invalid_utf8 = true;
        text = latin1_to_utf8(text);
      }
      column.push(std::move(text));
      break;
    }
  }
}

}  // namespace landplan::io::detail
