// KML and KMZ for field staff (internal to the io module): one LIBKML document with a folder per
// layer, the project's styles as the document's shared styles, each Placemark named.
#pragma once

#include <filesystem>
#include <vector>

#include "io/write_schema.hpp"

namespace landplan::io::detail {

// What the document says of its coordinates (its <description>, and the export's summary).
inline constexpr const char* kKmlDatumNote =
    "WGS 84 longitude/latitude; CGCS2000 taken as WGS 84 without a datum shift (the two differ "
    "by centimetres)";

// Writes every layer into the one document staging/<base>.kml that the schemas share (in
// WGS 84: each layer's crs must be longitude/latitude). Returns the features written per layer.
// Throws InputError naming the file when GDAL cannot write it.
std::vector<std::size_t> write_kml(const std::vector<LayerSchema>& schemas,
                                   const std::filesystem::path& staging,
                                   const WriteOptions& options, const TextEncoder& encoder,
                                   Warnings& warnings);

}  // namespace landplan::io::detail
