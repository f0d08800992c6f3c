// The one data model: a layer's features stored column-wise in the working CRS.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "landplan/vocabulary.hpp"

#include "landplan/crs.hpp"

namespace landplan {

enum class GeometryKind { none, point, line, polygon };
std::string_view kind_name(GeometryKind kind);

struct Box {
  double minx = std::numeric_limits<double>::infinity();
  double miny = std::numeric_limits<double>::infinity();
  double maxx = -std::numeric_limits<double>::infinity();
  double maxy = -std::numeric_limits<double>::infinity();

  bool empty() const { return minx > maxx; }
  void extend(double x, double y);
  void extend(const Box& other);
  // Without short-circuits: four comparisons cost less than the branches they would need
  // (a quarter of a neighbour query's time in a cadastre's R-tree).
  bool intersects(const Box& other) const {
    return !((other.minx > maxx) | (other.maxx < minx) | (other.miny > maxy) | (other.maxy < miny));
  }
  double width() const { return empty() ? 0.0 : maxx - minx; }
  Box grown(double distance) const {
    return {minx - distance, miny - distance, maxx + distance, maxy + distance};
  }
  double height() const { return empty() ? 0.0 : maxy - miny; }
};

enum class FieldType { integer, real, text };

// What a column's values are in its source beyond how they are stored, so that an export gives
// them the target format's own type: integers declared 64-bit; booleans (0/1 integers); dates,
// date-times and times (ISO-8601 text: 2024-05-01, 2024-05-01T08:30:00+08:00, 08:30:00); binary
// values (hex text) and lists (GDAL's text, "(2:a,b)"), which no export gives back their type.
enum class ValueKind { plain, integer64, boolean, date, date_time, time, binary, list };

// One attribute column.
class Column {
 public:
  Column(std::string name, FieldType type, ValueKind kind = ValueKind::plain)
      : name_(std::move(name)), type_(type), kind_(kind) {}

  const std::string& name() const { return name_; }
  FieldType type() const { return type_; }
  ValueKind kind() const { return kind_; }
  std::size_t size() const { return null_.size(); }

  void reserve(std::size_t rows);
  void push_null();
  void push(std::int64_t value);
  void push(double value);
  void push(std::string value);
  // Appends row `row` of `other` (converted to this column's type).
  void push_from(const Column& other, std::size_t row);

  bool is_null(std::size_t row) const { return null_[row]; }
  // Typed access; each requires a column of that type.
  std::int64_t integer(std::size_t row) const { return integers_[row]; }
  double real(std::size_t row) const { return reals_[row]; }
  const std::string& text(std::size_t row) const { return texts_[row]; }
  // The value as a number (text parsed), nullopt for null or non-numeric text.
  std::optional<double> number(std::size_t row) const;
  // The value as text; "" for null. Reals in shortest round-trip form.
  std::string to_string(std::size_t row) const;

 private:
  std::string name_;
  FieldType type_;
  ValueKind kind_;
  std::vector<bool> null_;
  // Only the vector of the column's type holds values.
  std::vector<std::int64_t> integers_;
  std::vector<double> reals_;
  std::vector<std::string> texts_;
};

// A ring's vertices as interleaved x,y doubles.
struct RingView {
  const double* xy = nullptr;
  std::size_t size = 0;  // number of vertices
  double x(std::size_t i) const { return xy[2 * i]; }
  double y(std::size_t i) const { return xy[2 * i + 1]; }
};

// Features in flat arrays (GeoArrow-like): vertices → rings → parts → features. A polygon part's
// first ring is its shell, the rest are holes; a line part has one ring (the line); a point part
// has one ring of one vertex. A feature with no parts has a null geometry.
class Layer {
 public:
  std::string name;      // the layer's name in its source (or the result's name)
  std::string source;    // the dataset it came from, for messages
  std::string source_layer;  // its layer (table) in that dataset, whatever `name` became
  std::optional<Role> role;  // the project layer's role; none outside a project
  std::string encoding;  // text encoding of the source's attributes, as read
  GeometryKind kind = GeometryKind::none;
  Crs source_crs;        // CRS the source stored the data in
  Crs crs;               // CRS of the coordinates below (the working CRS once reprojected)
  std::vector<Column> columns;
  // The source's extent, for a layer read without its geometry (ReadOptions::geometry false):
  // what extent() gives when there are no vertices, so the working CRS is chosen as usual.
  Box stated_extent;
  // True when every polygon is known to be valid (made by a GEOS union, buffer or clip), so
  // checking it again can be skipped. Data read from files never has it set.
  bool known_valid = false;

  std::size_t size() const { return fids_.size(); }
  std::int64_t fid(std::size_t feature) const { return fids_[feature]; }
  const Box& box(std::size_t feature) const { return boxes_[feature]; }
  Box extent() const;
  std::size_t vertex_count() const { return xy_.size() / 2; }

  std::size_t part_count(std::size_t feature) const {
    return feature_start_[feature + 1] - feature_start_[feature];
  }
  bool is_null(std::size_t feature) const { return part_count(feature) == 0; }
  // Parts and rings are addressed by global index: parts(f) = [first, last).
  std::pair<std::size_t, std::size_t> parts(std::size_t feature) const {
    return {feature_start_[feature], feature_start_[feature + 1]};
  }
  std::pair<std::size_t, std::size_t> rings(std::size_t part) const {
    return {part_start_[part], part_start_[part + 1]};
  }
  RingView ring(std::size_t ring_index) const {
    std::size_t first = ring_start_[ring_index];
    return {xy_.data() + 2 * first, ring_start_[ring_index + 1] - first};
  }

  const Column* column(std::string_view name) const;
  Column* column(std::string_view name);
  // The field of that name; throws InputError listing the fields the layer has, at `where` (the
  // flag or project key that named the field) or, when empty, at the layer.
  const Column& field(const std::string& field_name, const std::string& where = "") const;

  // Building: begin_feature, then per part its rings, end_part; end_feature computes the box.
  void reserve(std::size_t features, std::size_t vertices);
  // Appends feature `feature` of `other` (same kind and CRS) as a new feature with `fid`:
  // geometry only, no attributes.
  void append_geometry_of(const Layer& other, std::size_t feature, std::int64_t fid);
  void begin_feature(std::int64_t fid);
  void add_ring(std::span<const double> xy);
  void end_part();
  void end_feature();

  // All coordinates, for bulk transforms; boxes must be recomputed afterwards.
  std::span<double> coordinates() { return xy_; }
  void recompute_boxes();

 private:
  Box compute_box(std::size_t feature) const;

  std::vector<std::int64_t> fids_;
  std::vector<double> xy_;
  std::vector<std::uint32_t> ring_start_{0};
  std::vector<std::uint32_t> part_start_{0};
  std::vector<std::uint32_t> feature_start_{0};
  std::vector<Box> boxes_;
};

}  // namespace landplan
