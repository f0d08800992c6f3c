// libFuzzer target: any bytes as a GeoJSON file, read, reprojected and measured by landplan
// (fuzz/read_harness.hpp). GDAL parses the JSON; landplan's part is turning whatever geometries
// GDAL makes of it (nulls, empties, collections, curves, huge or degenerate coordinates) into a
// consistent Layer, choosing a working CRS for any extent, and measuring the result.
#include <cstddef>
#include <cstdint>
#include <string>

#include "read_harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  landplan::fuzz::read_fuzzed_file("/vsimem/fuzz.geojson",
                                   std::string(reinterpret_cast<const char*>(data), size), {});
  return 0;
}
