// libFuzzer target: the area and overlap functions on arbitrary polygons. The bytes are decoded
// into two small polygon layers (fuzz/fuzz_layers.hpp), measured with ops::feature_areas and
// intersected with ops::overlap, planar and ellipsoidal. Besides not crashing, the answers must
// keep invariants that hold for any input, checked here with std::abort so libFuzzer keeps the
// input:
// - an area is empty (null geometry, or landplan warned it cannot be computed) or finite, ≥ 0
//   (fuzz/area_invariants.hpp);
// - an overlap piece names real features, pieces come sorted by (a, b) without repeats, and its
//   area is finite, positive and no larger than either parent's (a common part of two polygons
//   cannot exceed either), its shares 0–100 %.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <vector>

#include "area_invariants.hpp"
#include "fuzz_layers.hpp"
#include "landplan/ops/overlay.hpp"

namespace {

using landplan::Layer;
using landplan::fuzz::checked_areas;
using landplan::Warnings;
using landplan::ops::AreaMethod;

using Areas = std::vector<std::optional<double>>;

// How much larger than its parent a piece may come out. Planar: rounding only. Ellipsoidal: a
// piece up to 300 m across may be measured by the grid shortcut and its parent exactly (README:
// ≤ 2.4e-8 apart), so a piece all but equal to its parent may differ by that much.
double tolerance(AreaMethod method) { return method == AreaMethod::planar ? 1e-9 : 1e-7; }
// Plus an absolute allowance. Planar: 1 mm². Ellipsoidal: the exact path sums per-edge areas
// measured from the equator (~1e7 m² for a few metres of edge at 40°N) to get a few m², so it
// rounds in absolute terms: the fuzzer saw a 24 m² piece measured exactly come out 2.2e-5 m²
// over the same polygon measured by the shortcut.
double allowance_m2(AreaMethod method) { return method == AreaMethod::planar ? 1e-6 : 1e-4; }

// Whether a piece's area must not exceed this parent's. Ellipsoidal areas follow geodesics
// between the vertices, so a polygon thousands of km across (the decoder's far-off values) and a
// piece of it cut along its straight projected edges bow differently, and the piece may measure
// more (the fuzzer found 190 % for a 10 000 km shape outside its Gauss-Kruger zone). For
// parents up to 300 m across near the central meridian, the decoder's grid, that bowing is
// below 1e-12 and the containment holds.
bool comparable(const Layer& layer, std::size_t f, AreaMethod method) {
  const landplan::Box& box = layer.box(f);
  return method == AreaMethod::planar || std::max(box.width(), box.height()) <= 300;
}

bool within(double piece, const std::optional<double>& parent, AreaMethod method) {
  if (!parent) return true;  // the parent's area is not computable: nothing to compare
  return piece <= *parent * (1 + tolerance(method)) + allowance_m2(method);
}

// A share (percent of the parent) is at least 0 and at most 100 % with the same margins.
bool share_within(double share, const std::optional<double>& parent, AreaMethod method) {
  if (!(share >= 0)) return false;
  if (!parent || *parent <= 0) return true;  // overlap reports 0 % when the parent has no area
  return share <= 100 * (1 + tolerance(method) + allowance_m2(method) / *parent);
}

void check_overlap(const Layer& a, const Layer& b, AreaMethod method) {
  Areas area_a = checked_areas(a, method);
  Areas area_b = checked_areas(b, method);
  // Lenient: data faults (NaN parts, areas that cannot be computed) become warnings, so the
  // geometry under them is still exercised; the fault policy itself is the corpus's to test.
  Warnings warnings(/*lenient=*/true);
  landplan::ops::OverlapOptions options;
  options.method = method;
  options.keep_geometry = true;
  auto overlap = landplan::ops::overlap(a, b, options, warnings);
  if (overlap.geometry.size() != overlap.pieces.size()) std::abort();
  const landplan::ops::OverlapPiece* previous = nullptr;
  for (const auto& piece : overlap.pieces) {
    if (piece.a >= a.size() || piece.b >= b.size()) std::abort();
    if (previous && !(previous->a < piece.a || (previous->a == piece.a && previous->b < piece.b)))
      std::abort();
    previous = &piece;
    if (!(std::isfinite(piece.area_m2) && piece.area_m2 > 0)) std::abort();
    if (!comparable(a, piece.a, method) || !comparable(b, piece.b, method)) continue;
    if (!within(piece.area_m2, area_a[piece.a], method)) std::abort();
    if (!within(piece.area_m2, area_b[piece.b], method)) std::abort();
    if (!share_within(piece.pct_of_a, area_a[piece.a], method)) std::abort();
    if (!share_within(piece.pct_of_b, area_b[piece.b], method)) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  landplan::fuzz::Bytes bytes(data, size);
  Layer a = landplan::fuzz::decode_layer(bytes, "a");
  Layer b = landplan::fuzz::decode_layer(bytes, "b");
  check_overlap(a, b, AreaMethod::planar);
  check_overlap(a, b, AreaMethod::ellipsoidal);
  return 0;
}
