// The local engine: areas, overlaps and coverage computed here, on the geometry read.
#include "engines.hpp"

namespace landplan::ops {
namespace {

class LocalEngine final : public Engine {
 public:
  landplan::Engine kind() const override { return landplan::Engine::local; }
  bool needs_geometry() const override { return true; }

  std::vector<std::optional<double>> feature_areas(const Layer& layer, AreaMethod method,
                                                   Warnings& warnings) const override {
    return ops::feature_areas(layer, method, warnings);
  }

  Overlap overlap(const Layer& a, const Layer& b, const OverlapOptions& options,
                  Warnings& warnings) const override {
    return ops::overlap(a, b, options, warnings);
  }

  // Points: their circles, and the features an edge of one crosses overlaid with their union;
  // polygons: the union of the cover overlaid with every feature.
  std::vector<CoveredArea> coverage(const Layer& areas, const Layer& cover, const CoverSpec& spec,
                                    AreaMethod method, Warnings& warnings) const override {
    std::vector<double> radii = cover_radii(cover, spec, warnings);
    Layer zone = coverage_zone(cover, radii);
    return cover.kind == GeometryKind::point
               ? covered_by_circles(areas, cover, radii, zone, method, warnings)
               : covered_areas(areas, zone, method, warnings);
  }
};

}  // namespace

std::unique_ptr<Engine> local_engine() { return std::make_unique<LocalEngine>(); }

}  // namespace landplan::ops
