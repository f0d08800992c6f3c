// Reading a layer through GDAL's Arrow stream, where the driver makes that fast (internal).
#pragma once

#include <ogrsf_frmts.h>

#include "io/geometry_sink.hpp"

namespace landplan::io::detail {

// Reads every feature of `source` into `layer` (whose columns are already defined) through the
// Arrow stream. Returns false, having read nothing, when the driver has no fast stream or a
// column has a type this reader does not take; the caller then loops over features instead.
bool read_arrow_stream(OGRLayer& source, Layer& layer, GeometrySink& sink);

}  // namespace landplan::io::detail
