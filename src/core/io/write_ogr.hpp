// One Layer into one GDAL dataset, as its plan says.
#pragma once

#include <filesystem>

#include "io/write_plan.hpp"

namespace landplan::io::detail {

// Writes the layer into `staging` with GDAL (the dataset is closed on return) and returns the
// number of features written. Throws InputError when GDAL cannot write, naming the file.
std::size_t write_dataset(const LayerPlan& plan, const std::filesystem::path& staging,
                          const TextEncoder& encoder, Warnings& warnings);

}  // namespace landplan::io::detail
