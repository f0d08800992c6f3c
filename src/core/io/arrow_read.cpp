// The Arrow C stream of a GDAL layer, unpacked column by column into the flat Layer. Measured on
// 1M GeoPackage parcels it is about 2.4× faster than the OGRFeature loop (DESIGN.md).
#include "io/arrow_read.hpp"

#include <cpl_string.h>
#include <ogr_recordbatch.h>

#include <cstring>
#include <string_view>

#include "landplan/error.hpp"

namespace landplan::io::detail {
namespace {

struct StreamGuard {
  ArrowArrayStream stream{};
  ArrowSchema schema{};
  ~StreamGuard() {
    if (schema.release) schema.release(&schema);
    if (stream.release) stream.release(&stream);
  }
};

struct ArrayGuard {
  ArrowArray array{};
  ~ArrayGuard() {
    if (array.release) array.release(&array);
  }
};

bool is_valid(const ArrowArray& a, std::int64_t row) {
  if (a.null_count == 0 || !a.buffers[0]) return true;
  std::int64_t i = a.offset + row;
  return (static_cast<const std::uint8_t*>(a.buffers[0])[i / 8] >> (i % 8)) & 1;
}

template <typename T>
T value_at(const ArrowArray& a, std::int64_t row) {
  return static_cast<const T*>(a.buffers[1])[a.offset + row];
}

std::string_view bytes_at(const ArrowArray& a, std::int64_t row, bool large) {
  std::int64_t i = a.offset + row;
  std::int64_t begin = large ? value_at<std::int64_t>(a, row) : value_at<std::int32_t>(a, row);
  std::int64_t end = large ? static_cast<const std::int64_t*>(a.buffers[1])[i + 1]
                           : static_cast<const std::int32_t*>(a.buffers[1])[i + 1];
  return {static_cast<const char*>(a.buffers[2]) + begin, static_cast<std::size_t>(end - begin)};
}

// How one Arrow column fills one landplan column.
struct ColumnPlan {
  int child = -1;
  char format = 0;
};

bool format_fits(FieldType type, char format) {
  switch (type) {
    case FieldType::integer: return std::strchr("cils", format) != nullptr;
    case FieldType::real: return format == 'g' || format == 'f';
    case FieldType::text: return format == 'u' || format == 'U';
  }
  return false;
}

void push_value(Column& column, const ArrowArray& a, char format, std::int64_t row) {
  if (!is_valid(a, row)) {
    column.push_null();
    return;
  }
  switch (format) {
    case 'c': column.push(std::int64_t{value_at<std::int8_t>(a, row)}); break;
    case 's': column.push(std::int64_t{value_at<std::int16_t>(a, row)}); break;
    case 'i': column.push(std::int64_t{value_at<std::int32_t>(a, row)}); break;
    case 'l': column.push(value_at<std::int64_t>(a, row)); break;
    case 'f': column.push(double{value_at<float>(a, row)}); break;
    case 'g': column.push(value_at<double>(a, row)); break;
    default: column.push(std::string(bytes_at(a, row, format == 'U'))); break;
  }
}

}  // namespace

bool read_arrow_stream(OGRLayer& source, Layer& layer, GeometrySink& sink) {
  if (!source.TestCapability(OLCFastGetArrowStream)) return false;
  StreamGuard guard;
  CPLStringList options;
  options.SetNameValue("INCLUDE_FID", "YES");
  options.SetNameValue("MAX_FEATURES_IN_BATCH", "65536");
  if (!source.GetArrowStream(&guard.stream, options.List())) return false;
  if (guard.stream.get_schema(&guard.stream, &guard.schema) != 0) return false;

  const ArrowSchema& schema = guard.schema;
  std::string fid_name = *source.GetFIDColumn() ? source.GetFIDColumn() : "OGC_FID";
  std::string geometry_name =
      *source.GetGeometryColumn() ? source.GetGeometryColumn() : "wkb_geometry";
  int fid_child = -1, geometry_child = -1;
  char geometry_format = 0;
  std::vector<ColumnPlan> plans(layer.columns.size());
  for (int c = 0; c < schema.n_children; ++c) {
    std::string name = schema.children[c]->name ? schema.children[c]->name : "";
    char format = schema.children[c]->format[0];
    if (c == 0 && name == fid_name && format == 'l') {
      fid_child = c;
    } else if (name == geometry_name && (format == 'z' || format == 'Z')) {
      geometry_child = c;
      geometry_format = format;
    } else {
      for (std::size_t i = 0; i < layer.columns.size(); ++i) {
        if (layer.columns[i].name() == name && plans[i].child < 0) plans[i] = {c, format};
      }
    }
  }
  if (fid_child < 0) return false;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    if (plans[i].child < 0 || !format_fits(layer.columns[i].type(), plans[i].format)) return false;
  }

  const GIntBig expected_features = source.GetFeatureCount(FALSE);  // -1 when unknown
  bool reserved = false;
  while (true) {
    ArrayGuard batch;
    if (guard.stream.get_next(&guard.stream, &batch.array) != 0) {
      const char* why = guard.stream.get_last_error(&guard.stream);
      throw InputError(place(layer.source, layer.name),
                       std::string("reading stopped: ") + (why ? why : "unknown error"),
                       "check that the file is complete");
    }
    if (!batch.array.release) break;  // end of stream
    const ArrowArray& a = batch.array;
    for (std::int64_t row = 0; row < a.length; ++row) {
      std::int64_t fid = value_at<std::int64_t>(*a.children[fid_child], row);
      sink.begin_feature(fid);
      if (geometry_child >= 0 && is_valid(*a.children[geometry_child], row)) {
        std::string_view wkb = bytes_at(*a.children[geometry_child], row, geometry_format == 'Z');
        if (!append_wkb({reinterpret_cast<const std::uint8_t*>(wkb.data()), wkb.size()}, sink)) {
          throw InputError(place(layer.source, layer.name, fid), "geometry is corrupt",
                           "repair or remove this feature");
        }
      }
      sink.end_feature();
      for (std::size_t i = 0; i < plans.size(); ++i) {
        push_value(layer.columns[i], *a.children[plans[i].child], plans[i].format, row);
      }
    }
    // After the first batch the vertices per feature are known: reserve for the whole layer
    // once, instead of growing (and copying, and page-faulting) 170 MB step by step at 1M.
    if (!reserved && expected_features > 0 && layer.size() > 0) {
      double per_feature = static_cast<double>(layer.vertex_count()) / layer.size();
      layer.reserve(expected_features, static_cast<std::size_t>(per_feature * expected_features * 1.05));
      reserved = true;
    }
  }
  return true;
}

}  // namespace landplan::io::detail
