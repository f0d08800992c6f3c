// One Layer into one GDAL dataset, as its schema says.
#pragma once

#include <gdal_priv.h>

#include <filesystem>
#include <string>
#include <vector>

#include "io/write_schema.hpp"

namespace landplan::io::detail {

// Writes the layer into `staging` with GDAL (the dataset is closed on return) and returns the
// number of features written. Throws InputError when GDAL cannot write, naming the file.
std::size_t write_dataset(const LayerSchema& schema, const std::filesystem::path& staging,
                          const TextEncoder& encoder, Warnings& warnings);

// Creates the schema's layer in an open dataset with these layer creation options and writes its
// features, in whatever transaction the caller holds. Returns the number written; throws
// InputError naming the layer when GDAL cannot write.
std::size_t write_layer(GDALDataset& dataset, const LayerSchema& schema,
                        const std::vector<std::string>& creation_options, const TextEncoder& encoder,
                        Warnings& warnings);

}  // namespace landplan::io::detail
