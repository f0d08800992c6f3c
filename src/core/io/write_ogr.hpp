// One Layer into one GDAL dataset, as its schema says.
#pragma once

#include <gdal_priv.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "io/write_schema.hpp"

namespace landplan::io::detail {

// A layer's features as OGR geometries, its coordinates as they are (x = east, y = north).
class OgrGeometries {
 public:
  explicit OgrGeometries(const Layer& layer) : layer_(layer) {}
  // Feature `f` (not null): its first part alone, or all its parts as a Multi* when `multi`.
  std::unique_ptr<OGRGeometry> feature(std::size_t f, bool multi);

 private:
  template <typename Curve>
  std::unique_ptr<Curve> curve(std::size_t ring_index);
  std::unique_ptr<OGRGeometry> part(std::size_t p);

  const Layer& layer_;
  std::vector<OGRRawPoint> points_;  // one buffer for every ring
};

// Writes the layer into `staging` with GDAL (the dataset is closed on return) and returns the
// number of features written. Throws InputError when GDAL cannot write, naming the file.
std::size_t write_dataset(const LayerSchema& schema, const std::filesystem::path& staging,
                          const TextEncoder& encoder, Warnings& warnings);

// Creates the schema's layer in an open dataset with these layer creation options and writes its
// features, in whatever transaction the caller holds. Returns the number written; throws
// InputError naming the layer when GDAL cannot write.
std::size_t write_layer(GDALDataset& dataset, const LayerSchema& schema,
                        const std::vector<std::string>& creation_options,
                        const TextEncoder& encoder, Warnings& warnings);

}  // namespace landplan::io::detail
