// Writing a polygon layer as the Ministry's coordinate-exchange TXT (界址点坐标, 部标格式)
// (internal to the io module).
#pragma once

#include <filesystem>
#include <string>

#include "io/write_encoding.hpp"
#include "landplan/error.hpp"
#include "landplan/io/write.hpp"
#include "landplan/layer.hpp"

namespace landplan::io::detail {

// Throws InputError at `where` unless the layer holds polygons in a Gauss-Kruger CRS of the
// catalogue (the hint names the --crs for the layer's place), before anything is written.
void check_jzd_layer(const Layer& layer, const std::string& where);

// Writes `file`: the header of the layer's CRS (with the zone number in Y when
// options.zone_prefix), then per plot its header and points J1… (rings closed, outer rings
// clockwise, holes and further parts as further 圈号, 3 decimals, 公顷 with 4, planar from the
// coordinates as written), CRLF, in the encoder's encoding. Returns the plots written.
// `where`: the output file as the user will see it, for warnings.
std::size_t write_jzd(const Layer& layer, const std::filesystem::path& file,
                      const std::string& where, const WriteOptions& options,
                      const TextEncoder& encoder, Warnings& warnings);

}  // namespace landplan::io::detail
