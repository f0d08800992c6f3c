// libFuzzer target: any bytes as the rows of a CSV whose WKT column holds the geometry, the way
// planners pass spreadsheets around; read, reprojected and measured like the GeoJSON target
// (fuzz/read_harness.hpp). The header is fixed so that every input reaches the WKT parser and
// landplan's conversion of what it returns; the CRS is assumed (a CSV declares none).
#include <cstddef>
#include <cstdint>
#include <string>

#include "read_harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string csv = "WKT,name\n";
  csv.append(reinterpret_cast<const char*>(data), size);
  static const landplan::io::ReadOptions options{
      .layer = "", .assume_crs = landplan::Crs::from_user_input("EPSG:4549"), .source_encoding = ""};
  landplan::fuzz::read_fuzzed_file("/vsimem/fuzz.csv", csv, options);
  return 0;
}
