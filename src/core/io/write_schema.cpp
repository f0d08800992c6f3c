// Column types, widths and names for each format, and what a DBF cannot hold: text over 254
// bytes, integers ArcGIS would round, names over 10 bytes, files over 2 GB.
#include "io/write_schema.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <cmath>

#include "io/write_names.hpp"

namespace landplan::io::detail {
namespace {

constexpr std::size_t kDbfMaxText = 254;
constexpr std::size_t kDbfMaxFieldName = 10;
constexpr std::size_t kDbfMaxFields = 255;
// ArcGIS reads DBF number fields wider than 9 digits as doubles, exact only to 15 digits.
constexpr std::int64_t kLargestExactDbfInteger = 999'999'999'999'999;
constexpr int kDbfIntegerWidth = 9;
constexpr int kDbfLongWidth = 16;
constexpr int kDbfRealWidth = 24;  // GDAL's own choice for reals: N(24,15)
constexpr int kDbfRealPrecision = 15;
constexpr int kFixedDecimalsWidth = 18;
constexpr int kDbfDateWidth = 8;  // YYYYMMDD

// Characters of the integer part of |value| (at least 1), plus one for a minus sign.
int integer_chars(double value) {
  double magnitude = std::floor(std::fabs(value)) + 1;  // + 1: rounding may carry a digit
  int digits = 1;
  for (double limit = 10; limit <= magnitude && digits < 400; limit *= 10) ++digits;
  return digits + (value < 0 ? 1 : 0);
}

struct Findings {
  std::size_t count = 0;
  std::int64_t first_fid = -1;
  void add(std::int64_t fid, std::size_t n = 1) {
    if (count == 0) first_fid = fid;
    count += n;
  }
};

// "1 value", "3 values".
std::string count_of(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string first_at(const Findings& f) {
  return "first at fid " + std::to_string(f.first_fid);
}

struct OwnType {
  OGRFieldType type;
  OGRFieldSubType subtype = OFSTNone;
};

// The format's own type for values of this kind, if it has one.
std::optional<OwnType> own_type(ValueKind kind, OutputFormat format) {
  bool dbf = is_shapefile(format);
  // LIBKML leaves date columns out of the KML <Schema> and writes 2024/05/20: ISO text instead.
  if (is_kml(format) && (kind == ValueKind::date || kind == ValueKind::date_time)) {
    return std::nullopt;
  }
  switch (kind) {
    case ValueKind::integer64:
      return OwnType{OFTInteger64};
    case ValueKind::boolean:
      if (!dbf) return OwnType{OFTInteger, OFSTBoolean};
      break;
    case ValueKind::date:  // FlatGeobuf's nearest: a date-time
      return OwnType{format == OutputFormat::fgb ? OFTDateTime : OFTDate};
    case ValueKind::date_time:
      if (!dbf) return OwnType{OFTDateTime};
      break;
    case ValueKind::time:
      if (format == OutputFormat::geojson || format == OutputFormat::csv) return OwnType{OFTTime};
      break;
    case ValueKind::plain:
    case ValueKind::binary:
    case ValueKind::list:
      break;
  }
  return std::nullopt;
}

// What values of this kind become in the format when it cannot hold them as they are, or null.
const char* conversion(ValueKind kind, OutputFormat format) {
  bool dbf = is_shapefile(format);
  if (is_kml(format) && (kind == ValueKind::date || kind == ValueKind::date_time)) {
    return "dates written as text (ISO 8601, 2024-05-20) — KML has no date type for "
           "ExtendedData; use --format gpkg to keep them";
  }
  switch (kind) {
    case ValueKind::boolean:
      if (!dbf) break;
      return "booleans written as integers 1 and 0 — GDAL writes no DBF logical fields; use "
             "--format gpkg to keep them";
    case ValueKind::date:
      if (format != OutputFormat::fgb) break;
      return "dates written as date-times at 00:00:00 — FlatGeobuf has no date type; use "
             "--format gpkg to keep them";
    case ValueKind::date_time:
      if (!dbf) break;
      return "date-times written as text (ISO 8601, 2024-05-01T08:30:00+08:00) — a DBF holds "
             "dates only; use --format gpkg to keep them";
    case ValueKind::time:
      if (own_type(kind, format)) break;
      return "times of day written as text (ISO 8601, 08:30:00) — the format has no time type; "
             "use --format geojson or csv to keep them";
    case ValueKind::binary:
      return "binary values written as text (hexadecimal)";
    case ValueKind::list:
      return "lists written as text (GDAL's form, (2:a,b))";
    case ValueKind::plain:
    case ValueKind::integer64:
      break;
  }
  return nullptr;
}

class SchemaBuilder {
 public:
  SchemaBuilder(const Layer& layer, const std::string& where, const WriteOptions& options,
                const TextEncoder& encoder, Warnings& warnings)
      : layer_(layer),
        where_(where),
        options_(options),
        encoder_(encoder),
        warnings_(warnings),
        dbf_(is_shapefile(options.format)) {}

  ColumnSchema schema(const Column& column) {
    ColumnSchema schema;
    switch (column.type()) {
      case FieldType::integer:
        schema = plan_integer(column);
        break;
      case FieldType::real:
        schema = plan_real(column);
        break;
      case FieldType::text:
        schema = plan_text(column);
        break;
    }
    plan_kind(column, schema);
    return schema;
  }

 private:
  void warn(const Column& column, const std::string& text) {
    warnings_.push_back(where_ + ": field " + column.name() + ": " + text);
  }

  // What the values are (a date, a boolean…) gets the format's own type where it has one; where
  // it has not, they are written as planned for their storage (text, integers), with a warning.
  void plan_kind(const Column& column, ColumnSchema& schema) {
    ValueKind kind = column.kind();
    bool integers = kind == ValueKind::integer64 || kind == ValueKind::boolean;
    if (kind == ValueKind::plain || (integers && schema.type != OFTInteger)) return;  // wide: text
    if (auto own = own_type(kind, options_.format)) {
      schema.type = own->type;
      schema.subtype = own->subtype;
      if (dbf_) schema.width = own->type == OFTDate ? kDbfDateWidth : kDbfLongWidth;
    }
    if (const char* what = conversion(kind, options_.format)) warn(column, what);
  }

  // Widest value as text, for numbers written as text.
  int widest_as_text(const Column& column) const {
    std::size_t widest = 1;
    for (std::size_t row = 0; row < column.size(); ++row) {
      if (!column.is_null(row)) widest = std::max(widest, column.to_string(row).size());
    }
    return static_cast<int>(std::min(widest, kDbfMaxText));
  }

  ColumnSchema plan_integer(const Column& column) {
    bool fits_int32 = true, exact_in_dbf = true;
    int widest = 1;
    for (std::size_t row = 0; row < column.size(); ++row) {
      if (column.is_null(row)) continue;
      std::int64_t v = column.integer(row);
      fits_int32 = fits_int32 && v >= INT_MIN && v <= INT_MAX;
      exact_in_dbf = exact_in_dbf && v >= -kLargestExactDbfInteger && v <= kLargestExactDbfInteger;
      widest = std::max(widest, static_cast<int>(std::to_string(v).size()));
    }
    ColumnSchema schema;
    schema.type = fits_int32 ? OFTInteger : OFTInteger64;
    if (!dbf_) return schema;
    if (!exact_in_dbf) {
      warn(column,
           "integers of more than 15 digits written as text, since DBF readers such as "
           "ArcGIS turn wide numbers into doubles and round them — use --format gpkg "
           "to keep them as numbers");
      schema.type = OFTString;
      schema.numbers_as_text = true;
      schema.width = widest_as_text(column);
      return schema;
    }
    bool narrow = fits_int32 && widest <= kDbfIntegerWidth;
    schema.type = narrow ? OFTInteger : OFTInteger64;
    schema.width = narrow ? kDbfIntegerWidth : kDbfLongWidth;
    return schema;
  }

  ColumnSchema plan_real(const Column& column) {
    ColumnSchema schema;
    schema.type = OFTReal;
    if (auto it = options_.fixed_decimals.find(column.name()); it != options_.fixed_decimals.end())
      schema.decimals = it->second;
    Findings not_finite;
    int widest = 1;
    for (std::size_t row = 0; row < column.size(); ++row) {
      if (column.is_null(row)) continue;
      auto value = fitted_real(column.real(row), schema);
      if (!value) {
        not_finite.add(layer_.fid(row));
        continue;
      }
      widest = std::max(widest, integer_chars(*value));
    }
    if (not_finite.count > 0) {
      warn(column, count_of(not_finite.count, "value") + " NaN or infinite left empty (" +
                       first_at(not_finite) + ")");
    }
    if (schema.decimals >= 0) {
      schema.width = std::max(kFixedDecimalsWidth, widest + 1 + schema.decimals);
      schema.precision = schema.decimals;
    } else if (dbf_) {
      schema.width = kDbfRealWidth;
      schema.precision = std::min(kDbfRealPrecision, kDbfRealWidth - 1 - widest);
    }
    if (dbf_ && (schema.precision < 0 || schema.width > kDbfRealWidth)) {
      warn(column,
           "numbers too large for a DBF number field written as text — use --format "
           "gpkg to keep them as numbers");
      schema = ColumnSchema{};
      schema.numbers_as_text = true;
      schema.width = widest_as_text(column);
    }
    return schema;
  }

  ColumnSchema plan_text(const Column& column) {
    ColumnSchema schema;
    schema.max_bytes = dbf_ ? kDbfMaxText : 0;
    Findings invalid, replaced, cut;
    std::size_t widest = 1;
    for (std::size_t row = 0; row < column.size(); ++row) {
      if (column.is_null(row)) continue;
      bool was_invalid = false;
      std::string text = as_valid_utf8(column.text(row), was_invalid);
      if (was_invalid) invalid.add(layer_.fid(row));
      std::size_t lost = 0;
      text = encoder_.representable(text, "?", lost);
      if (lost > 0) replaced.add(layer_.fid(row), lost);
      std::size_t bytes = encoder_.size(text);
      if (dbf_ && bytes > kDbfMaxText) cut.add(layer_.fid(row));
      widest = std::max(widest, std::min(bytes, kDbfMaxText));
    }
    if (dbf_) schema.width = static_cast<int>(widest);
    if (invalid.count > 0) {
      warn(column, count_of(invalid.count, "value") + " not in UTF-8 written as Latin-1 (" +
                       first_at(invalid) + ") — check the source's encoding");
    }
    if (replaced.count > 0) {
      warn(column, count_of(replaced.count, "character") + " that GBK cannot hold written as " +
                       "'?' (" + first_at(replaced) + ") — export with --encoding UTF-8 to " +
                       "keep them");
    }
    if (cut.count > 0) {
      warn(column, count_of(cut.count, "value") + " over 254 bytes, the DBF limit, cut on a " +
                       "character boundary (" + first_at(cut) + ") — use --format gpkg to keep " +
                       "them whole");
    }
    return schema;
  }

  const Layer& layer_;
  const std::string& where_;
  const WriteOptions& options_;
  const TextEncoder& encoder_;
  Warnings& warnings_;
  bool dbf_;
};

bool has_unique_fids(const Layer& layer) {
  std::vector<std::int64_t> fids;
  fids.reserve(layer.size());
  for (std::size_t f = 0; f < layer.size(); ++f) {
    if (layer.fid(f) < 0) return false;
    fids.push_back(layer.fid(f));
  }
  std::sort(fids.begin(), fids.end());
  return std::adjacent_find(fids.begin(), fids.end()) == fids.end();
}

std::string size_text(std::uint64_t bytes) {
  return bytes >= (1u << 30) ? fmt::format("{:.1f} GB", static_cast<double>(bytes) / (1u << 30))
                             : fmt::format("{} bytes", bytes);
}

}  // namespace

bool is_shapefile(OutputFormat format) {
  return format == OutputFormat::shp || format == OutputFormat::shpzip;
}

bool is_kml(OutputFormat format) {
  return format == OutputFormat::kml || format == OutputFormat::kmz;
}

LayerSchema layer_schema(const Layer& layer, const std::string& base, const std::string& where,
                     const WriteOptions& options, const TextEncoder& encoder, Warnings& warnings) {
  LayerSchema schema;
  schema.layer = &layer;
  schema.format = options.format;
  schema.base = base;
  schema.where = where;
  SchemaBuilder builder(layer, where, options, encoder, warnings);
  std::vector<std::string> names;
  for (const Column& column : layer.columns) {
    schema.columns.push_back(builder.schema(column));
    names.push_back(column.name());
  }
  std::vector<std::string> short_names =
      output_field_names(names, encoder, is_shapefile(options.format) ? kDbfMaxFieldName : 0);
  for (std::size_t i = 0; i < names.size(); ++i) {
    schema.columns[i].name = short_names[i];
    schema.names_changed = schema.names_changed || short_names[i] != names[i];
  }
  for (std::size_t f = 0; f < layer.size() && !schema.multi; ++f) {
    schema.multi = layer.part_count(f) > 1;
  }
  schema.keep_fids = has_unique_fids(layer);
  if (is_shapefile(options.format)) check_shapefile_limits(schema);
  return schema;
}

void check_shapefile_limits(const LayerSchema& schema, std::uint64_t max_bytes) {
  if (schema.columns.size() > kDbfMaxFields) {
    throw InputError(schema.where,
                     "has " + std::to_string(schema.columns.size()) +
                         " fields, more than the 255 a DBF file can hold",
                     "export with --format gpkg, or export fewer fields");
  }
  for (auto [bytes, file] :
       {std::pair{shp_file_size(schema), ".shp"}, std::pair{dbf_file_size(schema), ".dbf"}}) {
    if (bytes >= max_bytes) {
      throw InputError(schema.where,
                       std::string("its ") + file + " would be " + size_text(bytes) +
                           ", over the " + size_text(max_bytes) + " a shapefile can hold",
                       "export with --format gpkg or fgb, or split the layer");
    }
  }
}

std::string fitted_text(const std::string& value, const ColumnSchema& schema,
                        const TextEncoder& encoder) {
  bool was_invalid = false;
  std::string text = as_valid_utf8(value, was_invalid);
  std::size_t lost = 0;
  text = encoder.representable(text, "?", lost);
  if (schema.max_bytes > 0 && encoder.size(text) > schema.max_bytes) {
    text = std::string(encoder.cut(text, schema.max_bytes));
  }
  return text;
}

std::optional<double> fitted_real(double value, const ColumnSchema& schema) {
  if (!std::isfinite(value)) return std::nullopt;
  if (schema.decimals < 0) return value;
  double scale = std::pow(10.0, schema.decimals);
  return std::round(value * scale) / scale;
}

std::uint64_t shp_file_size(const LayerSchema& schema) {
  const Layer& layer = *schema.layer;
  constexpr std::uint64_t kHeader = 100, kRecordHeader = 8, kNull = 4;
  constexpr std::uint64_t kPoint = 4 + 16, kBoxAndCounts = 4 + 32 + 4;
  std::uint64_t size = kHeader;
  for (std::size_t f = 0; f < layer.size(); ++f) {
    size += kRecordHeader;
    if (layer.is_null(f)) {
      size += kNull;
      continue;
    }
    auto [first_part, last_part] = layer.parts(f);
    std::uint64_t rings = 0, vertices = 0;
    for (std::size_t p = first_part; p < last_part; ++p) {
      auto [first_ring, last_ring] = layer.rings(p);
      rings += last_ring - first_ring;
      for (std::size_t r = first_ring; r < last_ring; ++r) vertices += layer.ring(r).size;
    }
    if (layer.kind == GeometryKind::point) {
      size += schema.multi ? kBoxAndCounts + 16 * vertices : kPoint;
    } else {
      size += kBoxAndCounts + 4 + 4 * rings + 16 * vertices;  // + part count, part starts
    }
  }
  return size;
}

std::uint64_t dbf_file_size(const LayerSchema& schema) {
  constexpr std::uint64_t kGdalFidWidth = 11;  // GDAL gives a DBF without fields a FID field
  std::uint64_t record = 1;                    // deletion flag
  for (const ColumnSchema& column : schema.columns) record += static_cast<std::uint64_t>(column.width);
  std::uint64_t fields = schema.columns.size();
  if (fields == 0) {
    fields = 1;
    record += kGdalFidWidth;
  }
  return 32 + 32 * fields + 1 + schema.layer->size() * record + 1;
}

}  // namespace landplan::io::detail
