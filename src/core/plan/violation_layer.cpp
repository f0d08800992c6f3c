// Building a broken rule's layer: the features, the outside parts and the shortest lines.
#include "plan/violation_layer.hpp"

#include <stdexcept>

#include "landplan/geos.hpp"

namespace landplan::plan {

ViolationLayer::ViolationLayer(const Rule& rule, GeometryKind kind, const Layer& like) {
  layer_.name = "violations:" + rule.name;
  layer_.kind = kind;
  layer_.crs = like.crs;
  layer_.source_crs = like.source_crs;
  layer_.columns = {Column("rule", FieldType::text),   Column("kind", FieldType::text),
                    Column("fid_a", FieldType::integer), Column("fid_b", FieldType::integer),
                    Column("amount", FieldType::real),   Column("unit", FieldType::text)};
}

void ViolationLayer::add_fields(const Violation& v) {
  std::vector<Column>& c = layer_.columns;
  c[0].push(v.rule);
  c[1].push(std::string(name_of(v.kind)));
  c[2].push(v.fid_a);
  if (v.fid_b < 0) {
    c[3].push_null();
  } else {
    c[3].push(v.fid_b);
  }
  c[4].push(v.amount);
  c[5].push(v.unit);
}

void ViolationLayer::add_feature_of(const Violation& v, const Layer& layer, std::size_t feature) {
  layer_.append_geometry_of(layer, feature, next_fid());
  add_fields(v);
}

void ViolationLayer::add_outside(const Violation& v, const Layer& layer, std::size_t feature,
                                 const Layer& container) {
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  GeosGeometry inside = to_geos(context, container, 0);
  GeosGeometry part = to_geos(context, layer, feature);
  GeosGeometry outside(inside && part ? GEOSDifference_r(h, part.get(), inside.get()) : nullptr,
                       GeosDeleter{h});
  // A feature GEOS cannot cut (an invalid polygon: the area was measured after repairing it)
  // is shown whole: the violation is still there to see.
  if (!outside) return add_feature_of(v, layer, feature);
  layer_.begin_feature(next_fid());
  append_polygons(context, outside.get(), layer_);
  layer_.end_feature();
  add_fields(v);
}

void ViolationLayer::add_shortest_line(const Violation& v, const Layer& a, std::size_t fa,
                                       const Layer& b, std::size_t fb) {
  GeosContext& context = geos_context();
  GEOSContextHandle_t h = context.handle();
  GeosGeometry ga = to_geos(context, a, fa), gb = to_geos(context, b, fb);
  GEOSCoordSequence* ends = ga && gb ? GEOSNearestPoints_r(h, ga.get(), gb.get()) : nullptr;
  if (!ends) throw std::runtime_error("GEOS nearest points failed: " + context.last_error());
  double xy[4] = {0, 0, 0, 0};
  GEOSCoordSeq_getXY_r(h, ends, 0, &xy[0], &xy[1]);
  GEOSCoordSeq_getXY_r(h, ends, 1, &xy[2], &xy[3]);
  GEOSCoordSeq_destroy_r(h, ends);
  layer_.begin_feature(next_fid());
  layer_.add_ring(xy);
  layer_.end_part();
  layer_.end_feature();
  add_fields(v);
}

}  // namespace landplan::plan
