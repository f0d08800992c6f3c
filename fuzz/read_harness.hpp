// What the GeoJSON and WKT targets share: bytes as an in-memory file read through landplan's real
// reading path (read_native → append_ogr → GeometrySink), reprojected into the working CRS it
// chooses, and, for a polygon layer, measured. Bad input must end in InputError or warnings;
// any other exception escapes and libFuzzer reports it as a crash.
#pragma once

#include <cpl_vsi.h>
#include <gdal_priv.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "landplan/error.hpp"
#include "landplan/io/read.hpp"
#include "area_invariants.hpp"

namespace landplan::fuzz {

// Aborts on a Layer whose index arrays disagree or that holds a non-finite coordinate (the sink
// drops such parts with a warning, so none may reach the layer).
inline void check_read_layer(Layer& layer) {
  for (std::size_t f = 0; f < layer.size(); ++f) {
    auto [first, last] = layer.parts(f);
    for (std::size_t p = first; p < last; ++p) {
      auto [r0, r1] = layer.rings(p);
      if (r0 >= r1) std::abort();  // every stored part has a ring
    }
  }
  for (double v : layer.coordinates())
    if (!std::isfinite(v)) std::abort();
}

inline void read_fuzzed_file(const std::string& path, const std::string& bytes,
                             const io::ReadOptions& options) {
  static const bool registered = (GDALAllRegister(), true);
  (void)registered;
  // GDAL reads the bytes in place, without copying or freeing them; the in-memory file is
  // unlinked below, before `bytes` goes.
  VSILFILE* handle = VSIFileFromMemBuffer(
      path.c_str(), reinterpret_cast<GByte*>(const_cast<char*>(bytes.data())), bytes.size(), FALSE);
  VSIFCloseL(handle);
  try {
    Warnings warnings;
    Layer layer = io::read_native(path, options, warnings);
    check_read_layer(layer);
    if (layer.size() > 0) {
      io::reproject(layer, io::choose_working_crs({&layer}), warnings);
      if (layer.kind == GeometryKind::polygon) {
        checked_areas(layer, ops::AreaMethod::ellipsoidal);
        if (!layer.crs.is_geographic()) checked_areas(layer, ops::AreaMethod::planar);
      }
    }
  } catch (const InputError&) {
    // the expected answer to a bad file
  }
  VSIUnlink(path.c_str());
}

}  // namespace landplan::fuzz
