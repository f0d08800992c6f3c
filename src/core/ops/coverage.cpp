// Coverage: the union of a cover layer, and how much of each area feature it covers.
#include "landplan/ops/coverage.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>

#include "landplan/numbers.hpp"
#include "landplan/parallel.hpp"
#include "landplan/spatial_index.hpp"
#include "landplan/ops/geoprocess.hpp"
#include "landplan/ops/overlay.hpp"

namespace landplan::ops {
namespace {

// Subdividing a coverage zone: about kCellsAcross cells along its longer side, none smaller.
constexpr double kCellsAcross = 64;
constexpr double kMinimumCell = 100.0;

}  // namespace

Layer coverage_zone(const Layer& cover, const std::vector<double>& radii) {
  if (cover.kind == GeometryKind::point) return dissolve(circles(cover, radii, "service"), 0.0, "coverage");
  // A cover without features (e.g. an empty GeoJSON, whose kind is unknown) covers nothing.
  if (cover.kind == GeometryKind::polygon || cover.size() == 0) {
    return dissolve(cover, 0.0, "coverage");
  }
  throw InputError(place(cover.source, cover.name), "is a line layer",
                   "coverage needs points (with a radius) or polygons");
}

std::vector<CoveredArea> covered_areas(const Layer& areas, const Layer& zone, AreaMethod method,
                                       Warnings& warnings) {
  std::vector<CoveredArea> result(areas.size());
  auto area = feature_areas(areas, method, warnings);
  for (std::size_t f = 0; f < areas.size(); ++f) result[f].area_m2 = area[f].value_or(0.0);
  // A union of many circles is one huge polygon: cut it into cells so that each parcel meets a
  // small piece, and the pieces (disjoint) add up to what the zone covers.
  const Box extent = zone.extent();
  double cell = std::max(kMinimumCell, std::max(extent.width(), extent.height()) / kCellsAcross);
  Layer pieces = subdivide(zone, cell, zone.name);
  Warnings overlay_warnings;  // the same repairs feature_areas already reported
  OverlapOptions options{.method = method, .shares = false};
  for (const OverlapPiece& p : overlap(areas, pieces, options, overlay_warnings).pieces)
    result[p.a].covered_m2 += p.area_m2;
  return result;
}

namespace {

enum class CircleTest { inside, outside, crossed };

// Where a polygon feature lies against circles of the n-gons GEOS buffers make: inside one
// when all its vertices are within the n-gon's inscribed circle, outside when every circle's
// centre is at least r from it (the n-gon lies within its circumscribed circle of radius r).
class CircleClassifier {
 public:
  CircleClassifier(const Layer& points, const std::vector<double>& radii)
      : points_(points), radii_(radii), index_(SpatialIndex(circle_boxes(points, radii))) {}

  CircleTest classify(const Layer& areas, std::size_t f) const {
    bool crossed = false, inside = false;
    index_.query(areas.box(f), [&](std::uint32_t w) {
      if (inside) return;
      RingView c = points_.ring(points_.rings(points_.parts(w).first).first);
      double r = radii_[w], x = c.x(0), y = c.y(0);
      if (all_within(areas, f, x, y, r * std::cos(std::numbers::pi / kSides))) {
        inside = true;
      } else if (distance_to(areas, f, x, y) < r) {
        crossed = true;
      }
    });
    return inside ? CircleTest::inside : crossed ? CircleTest::crossed : CircleTest::outside;
  }

 private:
  static constexpr int kSides = 4 * kQuadrantSegments;

  static std::vector<Box> circle_boxes(const Layer& points, const std::vector<double>& radii) {
    std::vector<Box> boxes(points.size());
    for (std::size_t w = 0; w < points.size(); ++w)
      if (!points.is_null(w) && radii[w] > 0) boxes[w] = points.box(w).grown(radii[w]);
    return boxes;
  }

  static bool all_within(const Layer& areas, std::size_t f, double x, double y, double r) {
    auto [first, last] = areas.parts(f);
    for (std::size_t p = first; p < last; ++p) {
      RingView shell = areas.ring(areas.rings(p).first);
      for (std::size_t i = 0; i < shell.size; ++i)
        if (std::hypot(shell.x(i) - x, shell.y(i) - y) > r) return false;
    }
    return true;
  }

  // Distance from (x, y) to the feature: 0 inside it, else to its nearest edge.
  static double distance_to(const Layer& areas, std::size_t f, double x, double y) {
    double nearest = std::numeric_limits<double>::infinity();
    bool inside = false;
    auto [first_part, last_part] = areas.parts(f);
    for (std::size_t p = first_part; p < last_part; ++p) {
      auto [first, last] = areas.rings(p);
      for (std::size_t r = first; r < last; ++r) {
        RingView ring = areas.ring(r);
        for (std::size_t i = 0; i + 1 < ring.size; ++i) {
          double ax = ring.x(i), ay = ring.y(i), bx = ring.x(i + 1), by = ring.y(i + 1);
          if ((ay > y) != (by > y) && x < ax + (y - ay) * (bx - ax) / (by - ay)) inside = !inside;
          double dx = bx - ax, dy = by - ay, length2 = dx * dx + dy * dy;
          double t = length2 > 0 ? std::clamp(((x - ax) * dx + (y - ay) * dy) / length2, 0.0, 1.0) : 0.0;
          nearest = std::min(nearest, std::hypot(ax + t * dx - x, ay + t * dy - y));
        }
      }
    }
    return inside ? 0.0 : nearest;
  }

  const Layer& points_;
  const std::vector<double>& radii_;
  SpatialIndex index_;
};

}  // namespace

std::vector<CoveredArea> covered_by_circles(const Layer& areas, const Layer& points,
                                            const std::vector<double>& radii, const Layer& zone,
                                            AreaMethod method, Warnings& warnings) {
  std::vector<CoveredArea> result(areas.size());
  auto area = feature_areas(areas, method, warnings);
  CircleClassifier circles(points, radii);
  std::vector<char> crossed(areas.size(), 0);
  parallel_for(areas.size(), [&](std::size_t f) {
    result[f].area_m2 = area[f].value_or(0.0);
    if (areas.is_null(f)) return;
    switch (circles.classify(areas, f)) {
      case CircleTest::inside: result[f].covered_m2 = result[f].area_m2; break;
      case CircleTest::crossed: crossed[f] = 1; break;
      case CircleTest::outside: break;
    }
  });
  std::vector<std::size_t> origin;
  for (std::size_t f = 0; f < areas.size(); ++f)
    if (crossed[f]) origin.push_back(f);
  Layer edge = subset(areas, [&](std::size_t f) { return crossed[f] != 0; }, areas.name);
  std::vector<CoveredArea> edge_covered = covered_areas(edge, zone, method, warnings);
  for (std::size_t i = 0; i < origin.size(); ++i) result[origin[i]].covered_m2 = edge_covered[i].covered_m2;
  return result;
}

std::vector<double> service_radii(const Layer& points, const Column* radius, double fallback,
                                  Warnings& warnings) {
  std::vector<double> radii(points.size(), fallback);
  for (std::size_t p = 0; p < points.size(); ++p) {
    std::optional<double> value = radius ? radius->number(p) : std::nullopt;
    if (value) radii[p] = *value;
    if (in_range(radii[p], Allowed::positive)) continue;
    std::string what = value ? "radius " + number_text(radii[p]) + " is not a finite number " +
                                   range_text({Allowed::positive, "metres"})
                             : "has no radius";
    warnings.push_back(place(points.source, points.name, points.fid(p)) + ": " + what +
                       " — it has no service circle and covers nothing; set its " +
                       (radius ? radius->name() : "radius") + " in metres");
    radii[p] = 0.0;
  }
  return radii;
}

std::vector<double> cover_radii(const Layer& cover, const CoverSpec& spec, Warnings& warnings) {
  if (cover.kind != GeometryKind::point) return std::vector<double>(cover.size(), spec.radius);
  if (spec.radius_field.empty() && spec.radius <= 0) {
    throw InputError(place(cover.source, cover.name), "is a point layer",
                     "give --radius-field FIELD or --radius METRES for its service circles");
  }
  const Column* field = spec.radius_field.empty() ? nullptr : &cover.field(spec.radius_field);
  return service_radii(cover, field, spec.radius, warnings);
}

}  // namespace landplan::ops
