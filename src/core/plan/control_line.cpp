// Merging a control line around the candidates and overlaying them with it.
#include "plan/control_line.hpp"

#include "landplan/ops/geoprocess.hpp"
#include "landplan/spatial_index.hpp"

namespace landplan::plan {

ControlLineOverlap control_line_overlap(const Layer& line, const Layer& candidates,
                                        ops::AreaMethod method, Warnings& warnings) {
  if (line.kind != GeometryKind::polygon && line.size() > 0) {
    std::string role = line.role ? std::string(name_of(*line.role)) : "control line";
    throw InputError(place(line.source, line.name),
                     "is a " + std::string(kind_name(line.kind)) + " layer, but a " + role +
                         " control line must be polygons",
                     "give the role to the line's polygon layer (YJJBNTBHTB, STBHHX or CZKFBJ)");
  }
  SpatialIndex near_candidates = SpatialIndex::of_layer(candidates);
  auto near = [&](std::size_t f) {
    if (line.is_null(f)) return false;
    bool found = false;
    near_candidates.query(line.box(f), [&](std::uint32_t) { found = true; });
    return found;
  };
  ControlLineOverlap result;
  result.zone = ops::dissolve(ops::subset(line, near, line.name), 0.0, line.name);
  result.inside =
      ops::overlap(candidates, result.zone,
                   {.method = method, .keep_geometry = true, .shares = false}, warnings);
  result.inside_m2.assign(candidates.size(), 0.0);
  for (const ops::OverlapPiece& p : result.inside.pieces) result.inside_m2[p.a] += p.area_m2;
  return result;
}

}  // namespace landplan::plan
