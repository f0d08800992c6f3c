// Decoding fuzz bytes into a small polygon layer, the way a reader would fill it: through the
// GeometrySink, which closes rings and drops NaN/Inf parts and rings of too few vertices, so the
// area target sees exactly the layers landplan can be handed (plus the NaNs reprojection leaves).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "io/geometry_sink.hpp"
#include "landplan/crs.hpp"
#include "landplan/layer.hpp"

namespace landplan::fuzz {

// The bytes, read one at a time; zeros once they run out, so every input decodes.
class Bytes {
 public:
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t next() { return pos_ < size_ ? data_[pos_++] : 0; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

// One coordinate: mostly on a 0.5 m grid over 125 m from `origin`, so that polygons meet, share
// edges and vertices and cross; the top bytes stand for values that strain the arithmetic.
inline double coordinate(Bytes& in, double origin, double& previous) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::uint8_t byte = in.next();
  double value = 0;
  switch (byte) {
    case 255: value = previous + 1e-9; break;  // all but coincident with the last value
    case 254: value = 1e300; break;            // overflows the shoelace products
    case 253: value = -1e15; break;            // far outside any CRS's domain
    case 252: value = origin + 1e7; break;     // outside the Gauss-Kruger zone
    case 251: value = std::numeric_limits<double>::quiet_NaN(); break;
    case 250: value = kInf; break;
    default: value = origin + byte * 0.5;
  }
  previous = value;
  return value;
}

// Near (500000, 4400000) in EPSG:4549 (CGCS2000 / 3-degree GK CM 120E), read from CGCS2000
// lon/lat: the CRSs the sample township uses, so the ellipsoidal shortcut grid is exercised.
inline Layer decode_layer(Bytes& in, const char* name) {
  static const Crs working = Crs::from_user_input("EPSG:4549");
  static const Crs source = Crs::from_user_input("EPSG:4490");
  Layer layer;
  layer.name = name;
  layer.source = "fuzz";
  layer.kind = GeometryKind::polygon;
  layer.crs = working;
  layer.source_crs = source;
  // Lenient: data faults (NaN parts, areas that cannot be computed) become warnings, so the
  // geometry under them is still exercised; the fault policy itself is the corpus's to test.
  Warnings warnings(/*lenient=*/true);
  {
    io::detail::FeatureWarnings feature_warnings(warnings, name);
    io::detail::GeometrySink sink(layer, feature_warnings);
    double previous = 0;
    int features = in.next() % 4 + 1;
    for (int f = 0; f < features; ++f) {
      sink.begin_feature(f + 1);
      int parts = in.next() % 3;  // 0: a null geometry
      for (int p = 0; p < parts; ++p) {
        int rings = in.next() % 3 + 1;  // a shell and up to two holes
        for (int r = 0; r < rings; ++r) {
          std::vector<double> xy;
          int vertices = in.next() % 8;
          for (int v = 0; v < vertices; ++v) {
            xy.push_back(coordinate(in, 500000, previous));
            xy.push_back(coordinate(in, 4400000, previous));
          }
          if (r == 0) sink.shell(xy);
          else sink.hole(xy);
        }
      }
      sink.end_feature();
    }
  }
  // io::reproject leaves NaN where PROJ cannot transform a point (swapped axes, say); the sink
  // never stores NaN, so some bytes put one in as reprojection would.
  std::uint8_t poison = in.next();
  auto xy = layer.coordinates();
  if (poison >= 240 && !xy.empty()) {
    xy[(poison - 240) % xy.size()] = std::numeric_limits<double>::quiet_NaN();
    layer.recompute_boxes();
  }
  return layer;
}

}  // namespace landplan::fuzz
