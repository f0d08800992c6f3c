// Lengths of lines (and perimeters of polygons): geodesic on the source CRS's ellipsoid, or planar.
#pragma once

#include <optional>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/geodesic.hpp"
#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"

namespace landplan::ops {

// Ellipsoidal or planar, as for areas: --method names both with the same words.
using LengthMethod = AreaMethod;

// Measures polylines given in a working CRS: along geodesics on the ellipsoid of `ellipsoid_of`
// (a layer's source CRS; its vertices are turned back into that CRS's longitude/latitude, as
// areas are), or straight in the working CRS. One meter per thread: it keeps buffers.
class LengthMeter {
 public:
  LengthMeter(LengthMethod method, const Crs& working, const Crs& ellipsoid_of);
  ~LengthMeter();
  LengthMeter(LengthMeter&&) noexcept;
  static LengthMeter for_layer(const Layer& layer, LengthMethod method);

  // Metres along the vertices of `line`, in their order.
  double line(RingView line) const;
  // A feature's length: a line's parts summed; a polygon's perimeter, every ring (holes too).
  double operator()(const Layer& layer, std::size_t feature) const;

 private:
  LengthMethod method_;
  std::optional<Geodesic> geodesic_;  // ellipsoidal only
  mutable std::vector<double> buffer_;
};

// One length in metres per feature of a line or polygon layer (polygons: the perimeter), in
// layer order; nullopt for null geometries, each with a warning. A point layer is an InputError,
// so is a planar length in a geographic working CRS (degrees are not metres).
std::vector<std::optional<double>> feature_lengths(const Layer& layer, LengthMethod method,
                                                   Warnings& warnings);

// A line's length within one zone (a polygon feature).
struct LengthInZone {
  std::size_t line = 0;  // feature index in the line layer
  std::size_t zone = 0;  // feature index in the zone layer
  double length_m = 0.0;
};

// How much of each line lies in each zone, in the lines' CRS: pieces sorted by (line, zone),
// zero lengths left out. Each bit of line counts once, in the first zone (in layer order) that
// holds it, so a road along the border of two villages is not counted twice; the pieces of a
// line and what lies in no zone add up to its length. Invalid zones are made valid first, with
// a warning.
std::vector<LengthInZone> lengths_in_zones(const Layer& lines, const Layer& zones,
                                           LengthMethod method, Warnings& warnings);

}  // namespace landplan::ops
