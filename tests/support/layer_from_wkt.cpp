// Building a test Layer from WKT through OGR's own parser.
#include "support/layer_from_wkt.hpp"

#include <ogr_geometry.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace landplan::test {
namespace {

GeometryKind kind_of(OGRwkbGeometryType type) {
  switch (wkbFlatten(type)) {
    case wkbPoint: return GeometryKind::point;
    case wkbLineString: return GeometryKind::line;
    case wkbPolygon: return GeometryKind::polygon;
    default: return GeometryKind::none;
  }
}

std::vector<double> xy_of(const OGRSimpleCurve& curve, Origin origin) {
  std::vector<double> xy;
  for (int i = 0; i < curve.getNumPoints(); ++i)
    xy.insert(xy.end(), {origin.x + curve.getX(i), origin.y + curve.getY(i)});
  return xy;
}

void append(const OGRGeometry& g, Origin origin, Layer& layer) {
  GeometryKind kind = kind_of(g.getGeometryType());
  if (kind == GeometryKind::none) {
    for (const OGRGeometry* member : *g.toGeometryCollection()) append(*member, origin, layer);
    return;
  }
  if (layer.kind == GeometryKind::none) layer.kind = kind;
  if (kind != layer.kind) throw std::invalid_argument("layer_from_wkt: mixed geometry kinds");
  if (kind == GeometryKind::point) {
    const OGRPoint& point = *g.toPoint();
    layer.add_ring(std::vector<double>{origin.x + point.getX(), origin.y + point.getY()});
  } else if (kind == GeometryKind::line) {
    layer.add_ring(xy_of(*g.toLineString(), origin));
  } else {
    const OGRPolygon& polygon = *g.toPolygon();
    layer.add_ring(xy_of(*polygon.getExteriorRing(), origin));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
      layer.add_ring(xy_of(*polygon.getInteriorRing(i), origin));
  }
  layer.end_part();
}

Column column_of(const ColumnValues& values) {
  FieldType type = FieldType::text;
  for (const Value& v : values.values) {
    if (v.index() == 0) continue;
    type = v.index() == 1 ? FieldType::integer : v.index() == 2 ? FieldType::real : FieldType::text;
    break;
  }
  Column column(values.name, type);
  for (const Value& v : values.values) {
    if (std::holds_alternative<std::monostate>(v)) column.push_null();
    else if (const auto* i = std::get_if<std::int64_t>(&v)) column.push(*i);
    else if (const auto* r = std::get_if<double>(&v)) column.push(*r);
    else column.push(std::get<std::string>(v));
  }
  return column;
}

}  // namespace

Layer layer_from_wkt(const std::vector<std::string>& wkt, const LayerOptions& options) {
  Layer layer;
  layer.name = options.name;
  layer.source = options.source;
  layer.role = options.role;
  layer.kind = options.kind;
  layer.crs = Crs::from_user_input(options.crs);
  layer.source_crs =
      options.source_crs.empty() ? layer.crs : Crs::from_user_input(options.source_crs);
  for (std::size_t f = 0; f < wkt.size(); ++f) {
    layer.begin_feature(options.fids.empty() ? static_cast<std::int64_t>(f + 1) : options.fids.at(f));
    if (!wkt[f].empty()) {
      OGRGeometry* parsed = nullptr;
      if (OGRGeometryFactory::createFromWkt(wkt[f].c_str(), nullptr, &parsed) != OGRERR_NONE)
        throw std::invalid_argument("layer_from_wkt: GDAL cannot read " + wkt[f]);
      std::unique_ptr<OGRGeometry> geometry(parsed);
      if (!geometry->IsEmpty()) append(*geometry, options.origin, layer);
    }
    layer.end_feature();
  }
  for (const ColumnValues& values : options.columns) {
    if (values.values.size() != wkt.size())
      throw std::invalid_argument("layer_from_wkt: column " + values.name + " has " +
                                  std::to_string(values.values.size()) + " values for " +
                                  std::to_string(wkt.size()) + " features");
    layer.columns.push_back(column_of(values));
  }
  return layer;
}

std::string polygon_wkt_of(const std::vector<std::vector<double>>& rings) {
  std::string wkt = "POLYGON(";
  char number[32];
  for (std::size_t r = 0; r < rings.size(); ++r) {
    wkt += r ? ",(" : "(";
    for (std::size_t i = 0; i + 1 < rings[r].size(); i += 2) {
      std::snprintf(number, sizeof number, "%s%.17g", i ? "," : "", rings[r][i]);
      wkt += number;
      std::snprintf(number, sizeof number, " %.17g", rings[r][i + 1]);
      wkt += number;
    }
    wkt += ")";
  }
  return wkt + ")";
}

std::string square_wkt(double x, double y, double side) {
  return polygon_wkt_of({{x, y, x + side, y, x + side, y + side, x, y + side, x, y}});
}

}  // namespace landplan::test
