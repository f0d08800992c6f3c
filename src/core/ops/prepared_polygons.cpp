// Valid, prepared GEOS polygons made on first use.
#include "ops/prepared_polygons.hpp"

#include "ops/validity.hpp"

namespace landplan::ops::detail {

void note_repair(Warnings& warnings, const Layer& layer, std::size_t f, const std::string& reason) {
  warnings.push_back(place(layer.source, layer.name, layer.fid(f)) + ": invalid polygon (" +
                     reason + ") — made valid first");
}

PreparedPolygons::PreparedPolygons(GeosContext& context, const Layer& layer, Warnings& warnings)
    : context_(context),
      layer_(layer),
      warnings_(warnings),
      geometries_(layer.size()),
      prepared_(layer.size(), nullptr) {}

PreparedPolygons::~PreparedPolygons() {
  for (const GEOSPreparedGeometry* p : prepared_)
    if (p) GEOSPreparedGeom_destroy_r(context_.handle(), p);
}

const GEOSGeometry* PreparedPolygons::geometry(std::size_t f) {
  prepare(f);
  return geometries_[f].get();
}

const GEOSPreparedGeometry* PreparedPolygons::prepared(std::size_t f) {
  prepare(f);
  return prepared_[f];
}

void PreparedPolygons::prepare(std::size_t f) {
  if (prepared_[f] || layer_.is_null(f)) return;
  std::string reason;
  geometries_[f] = valid_geometry(context_, layer_, f, reason);
  if (!reason.empty()) note_repair(warnings_, layer_, f, reason);
  prepared_[f] = GEOSPrepare_r(context_.handle(), geometries_[f].get());
}

}  // namespace landplan::ops::detail
