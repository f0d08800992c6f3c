// Building and querying the flat, column-wise Layer.
#include "landplan/layer.hpp"

#include <charconv>
#include <stdexcept>

#include "landplan/error.hpp"

namespace landplan {

std::string_view kind_name(GeometryKind kind) {
  switch (kind) {
    case GeometryKind::point: return "point";
    case GeometryKind::line: return "line";
    case GeometryKind::polygon: return "polygon";
    case GeometryKind::none: break;
  }
  return "none";
}

void Box::extend(double x, double y) {
  if (x < minx) minx = x;
  if (x > maxx) maxx = x;
  if (y < miny) miny = y;
  if (y > maxy) maxy = y;
}

void Box::extend(const Box& other) {
  if (other.empty()) return;
  extend(other.minx, other.miny);
  extend(other.maxx, other.maxy);
}

void Column::reserve(std::size_t rows) {
  null_.reserve(rows);
  switch (type_) {
    case FieldType::integer: integers_.reserve(rows); break;
    case FieldType::real: reals_.reserve(rows); break;
    case FieldType::text: texts_.reserve(rows); break;
  }
}

void Column::push_null() {
  null_.push_back(true);
  switch (type_) {
    case FieldType::integer: integers_.push_back(0); break;
    case FieldType::real: reals_.push_back(0.0); break;
    case FieldType::text: texts_.emplace_back(); break;
  }
}

void Column::push(std::int64_t value) {
  switch (type_) {
    case FieldType::integer: integers_.push_back(value); break;
    case FieldType::real: reals_.push_back(static_cast<double>(value)); break;
    case FieldType::text: texts_.push_back(std::to_string(value)); break;
  }
  null_.push_back(false);
}

void Column::push(double value) {
  switch (type_) {
    case FieldType::integer: integers_.push_back(static_cast<std::int64_t>(value)); break;
    case FieldType::real: reals_.push_back(value); break;
    case FieldType::text: {
      char buffer[32];
      auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
      texts_.emplace_back(buffer, end);
      break;
    }
  }
  null_.push_back(false);
}

void Column::push(std::string value) {
  if (type_ != FieldType::text) {  // keep the column one type: parse, or null if not a number
    double number = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec == std::errc() && end == value.data() + value.size()) {
      push(number);
    } else {
      push_null();
    }
    return;
  }
  texts_.push_back(std::move(value));
  null_.push_back(false);
}

void Column::push_from(const Column& other, std::size_t row) {
  if (other.is_null(row)) {
    push_null();
    return;
  }
  switch (other.type()) {
    case FieldType::integer: push(other.integer(row)); break;
    case FieldType::real: push(other.real(row)); break;
    case FieldType::text: push(other.text(row)); break;
  }
}

std::optional<double> Column::number(std::size_t row) const {
  if (null_[row]) return std::nullopt;
  if (type_ == FieldType::integer) return static_cast<double>(integers_[row]);
  if (type_ == FieldType::real) return reals_[row];
  const std::string& t = texts_[row];
  double value = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
  return value;
}

std::string Column::to_string(std::size_t row) const {
  if (null_[row]) return "";
  switch (type_) {
    case FieldType::integer: return std::to_string(integers_[row]);
    case FieldType::real: {
      char buffer[32];
      auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, reals_[row]);
      return std::string(buffer, end);
    }
    case FieldType::text: break;
  }
  return texts_[row];
}

Box Layer::extent() const {
  if (xy_.empty()) return stated_extent;
  Box all;
  for (const Box& b : boxes_) all.extend(b);
  return all;
}

const Column* Layer::column(std::string_view name) const {
  for (const Column& c : columns)
    if (c.name() == name) return &c;
  return nullptr;
}

Column* Layer::column(std::string_view name) {
  for (Column& c : columns)
    if (c.name() == name) return &c;
  return nullptr;
}

const Column& Layer::field(const std::string& field_name, const std::string& where) const {
  if (const Column* found = column(field_name)) return *found;
  std::string names;
  for (const Column& c : columns) names += (names.empty() ? "" : ", ") + c.name();
  std::string layer = place(source, name);
  throw InputError(where.empty() ? layer : where,
                   (where.empty() ? "" : layer + " ") + "has no field '" + field_name + "'",
                   "the fields are: " + (names.empty() ? "none" : names));
}

void Layer::reserve(std::size_t features, std::size_t vertices) {
  fids_.reserve(features);
  boxes_.reserve(features);
  feature_start_.reserve(features + 1);
  part_start_.reserve(features + 1);
  ring_start_.reserve(features + 1);
  xy_.reserve(2 * vertices);
  for (Column& column : columns) column.reserve(features);
}

void Layer::begin_feature(std::int64_t fid) { fids_.push_back(fid); }

void Layer::append_geometry_of(const Layer& other, std::size_t feature, std::int64_t fid) {
  begin_feature(fid);
  auto [first_part, last_part] = other.parts(feature);
  for (std::size_t p = first_part; p < last_part; ++p) {
    auto [first, last] = other.rings(p);
    for (std::size_t r = first; r < last; ++r) {
      RingView ring = other.ring(r);
      add_ring({ring.xy, 2 * ring.size});
    }
    end_part();
  }
  end_feature();
}

void Layer::add_ring(std::span<const double> xy) {
  xy_.insert(xy_.end(), xy.begin(), xy.end());
  if (xy_.size() / 2 > UINT32_MAX) throw std::length_error("layer has more than 2^32 vertices");
  ring_start_.push_back(static_cast<std::uint32_t>(xy_.size() / 2));
}

void Layer::end_part() { part_start_.push_back(static_cast<std::uint32_t>(ring_start_.size() - 1)); }

void Layer::end_feature() {
  feature_start_.push_back(static_cast<std::uint32_t>(part_start_.size() - 1));
  boxes_.push_back(compute_box(fids_.size() - 1));
}

Box Layer::compute_box(std::size_t feature) const {
  Box box;
  std::size_t first = ring_start_[part_start_[feature_start_[feature]]];
  std::size_t last = ring_start_[part_start_[feature_start_[feature + 1]]];
  for (std::size_t i = first; i < last; ++i) box.extend(xy_[2 * i], xy_[2 * i + 1]);
  return box;
}

void Layer::recompute_boxes() {
  for (std::size_t f = 0; f < size(); ++f) boxes_[f] = compute_box(f);
}

}  // namespace landplan
