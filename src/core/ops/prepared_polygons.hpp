// A polygon layer's features as valid, prepared GEOS geometries, made the first time they are
// needed: the side of an overlay that is tested many times (internal).
#pragma once

#include <string>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/geos.hpp"
#include "landplan/layer.hpp"

namespace landplan::ops::detail {

// "<layer>:<fid>: invalid polygon (<reason>) — made valid first".
void note_repair(Warnings& warnings, const Layer& layer, std::size_t f, const std::string& reason);

// For one thread (GEOS objects belong to its context). An invalid polygon is made valid, with a
// note_repair warning, once.
class PreparedPolygons {
 public:
  PreparedPolygons(GeosContext& context, const Layer& layer, Warnings& warnings);
  ~PreparedPolygons();
  PreparedPolygons(const PreparedPolygons&) = delete;
  PreparedPolygons& operator=(const PreparedPolygons&) = delete;

  // Null for a feature without geometry.
  const GEOSGeometry* geometry(std::size_t f);
  const GEOSPreparedGeometry* prepared(std::size_t f);

 private:
  void prepare(std::size_t f);

  GeosContext& context_;
  const Layer& layer_;
  Warnings& warnings_;
  std::vector<GeosGeometry> geometries_;
  std::vector<const GEOSPreparedGeometry*> prepared_;
};

}  // namespace landplan::ops::detail
