// Where the operations that can run here or in a database run: one interface for feature areas,
// overlaps and coverage, chosen once from --engine (make_engine). Every engine gives the same
// results (to 1e-6 relative) and takes the same arguments, warnings included.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "landplan/error.hpp"
#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/ops/coverage.hpp"
#include "landplan/ops/overlay.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan::ops {

class Engine {
 public:
  virtual ~Engine() = default;

  // Which engine this is, as --engine and the tables' meta name it.
  virtual landplan::Engine kind() const = 0;

  // Whether the layers must be read with their geometry; false for an engine that reads the
  // geometry itself where the layers are stored (then only fids and attributes are read).
  virtual bool needs_geometry() const = 0;

  // Each feature's area in m², nullopt where it has no polygon area (as ops::feature_areas).
  virtual std::vector<std::optional<double>> feature_areas(const Layer& layer, AreaMethod method,
                                                           Warnings& warnings) const = 0;

  // Every intersecting pair of A and B with its area and shares (as ops::overlap).
  virtual Overlap overlap(const Layer& a, const Layer& b, const OverlapOptions& options,
                          Warnings& warnings) const = 0;

  // How much of each feature of `areas` the union of `cover` covers: points buffered as `spec`
  // says, polygons as they are.
  virtual std::vector<CoveredArea> coverage(const Layer& areas, const Layer& cover,
                                            const CoverSpec& spec, AreaMethod method,
                                            Warnings& warnings) const = 0;
};

// The engine named by `engine` (landplan::Engine, parsed from --engine by parse_engine).
std::unique_ptr<Engine> make_engine(landplan::Engine engine);

}  // namespace landplan::ops
