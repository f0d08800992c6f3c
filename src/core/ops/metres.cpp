// The one check that metre settings mean metres: the working CRS must be projected.
#include "landplan/ops/metres.hpp"

#include "landplan/error.hpp"
#include "landplan/io/read.hpp"

namespace landplan::ops {

void require_metres(const Layer& layer, std::string_view what, std::string_view alternative) {
  if (!layer.crs.is_geographic()) return;
  // The zone the automatic choice would take; a layer without features gives no place.
  Crs fits = io::choose_working_crs({&layer});
  std::string suggestion = fits.is_geographic()
                               ? "the Gauss-Kruger zone of the area (EPSG:4534–4554 in China)"
                               : fits.label() + ", the zone this data lies in";
  std::string remedy = "use a projected --crs (or project.crs) such as " + suggestion;
  if (!alternative.empty()) remedy += ", " + std::string(alternative);
  throw InputError(place(layer.source, layer.name),
                   std::string(what) + " are in metres, but the working CRS " + layer.crs.label() +
                       " is in degrees",
                   remedy);
}

}  // namespace landplan::ops
