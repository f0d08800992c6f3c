// Attributes and ellipsoidal measures of one feature.
#include "viewer/identify.hpp"

#include "landplan/geodesic.hpp"

namespace landplan::viewer {

Identified identify(const MapModel& map, const Hit& hit) {
  const MapLayer& layer = map.layers[hit.layer];
  const Layer& data = layer.data;
  Identified out;
  out.layer_title = layer.title;
  out.fid = data.fid(hit.feature);
  for (const Column& column : data.columns) {
    out.attributes.emplace_back(column.name(), column.to_string(hit.feature));
  }
  if (data.is_null(hit.feature) || data.crs.empty()) return out;
  // Measured on the ellipsoid of the layer's own source CRS, as `landplan area` does.
  const Crs& ellipsoid_of = data.source_crs.empty() ? data.crs : data.source_crs;
  Geodesic geodesic(data.crs, ellipsoid_of);
  Crs geographic = ellipsoid_of.geographic();
  out.method = "椭球面测量 (ellipsoidal)：" + geographic.name() + " " + geographic.label();
  if (data.kind == GeometryKind::polygon) {
    out.area_m2 = geodesic.polygon_area(data, hit.feature);
  } else if (data.kind == GeometryKind::line) {
    double length = 0.0;
    auto [first, last] = data.parts(hit.feature);
    for (std::size_t p = first; p < last; ++p)
      length += geodesic.length(data.ring(data.rings(p).first));
    out.length_m = length;
  }
  return out;
}

}  // namespace landplan::viewer
