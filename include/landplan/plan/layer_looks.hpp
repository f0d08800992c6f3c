// A project layer's look resolved against its data: which [styles.*] table its `by` field uses,
// each feature's category, and what names its features — shared by the map and by KML export.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "landplan/colour.hpp"
#include "landplan/io/write.hpp"
#include "landplan/layer.hpp"
#include "landplan/project.hpp"

namespace landplan::plan {

// The colour table of `spec.style.by`: [styles.<meaning>] where fields maps <meaning> to that
// field (landuse = "地类" → [styles.landuse]), or [styles.landuse] when it is the layer's 三调
// land-use field (DLMC or DLBM, any case); else [styles.<by>], else [styles.<layer key>];
// nullptr when there is none.
const std::map<std::string, std::string>* colour_table(const Project& project,
                                                       const LayerSpec& spec, const Layer& layer);

struct Categories {
  std::vector<std::string> values;  // the `by` field's values, in order of first appearance
  std::vector<Rgba> colours;        // per value: the table's colour, else palette_colour(index)
  std::vector<std::int32_t> feature_category;  // per feature: index into values, -1 = null
};

// The categories of `spec.style.by` in `layer`; empty when `by` is not a field of the layer.
Categories categorise(const Project& project, const LayerSpec& spec, const Layer& layer);

// How each layer looks in a styled export (KML/KMZ), by layer name: its project layer's style
// (fill, outline, opacity, width) and categories, and the field naming its features (fields.name,
// else 名称 or MC, as PlanInputs::field finds it). `project` may be null (a dataset exported
// without a project): then only the name field.
std::map<std::string, io::LayerLook> export_looks(const Project* project,
                                                  const std::vector<Layer>& layers);

}  // namespace landplan::plan
