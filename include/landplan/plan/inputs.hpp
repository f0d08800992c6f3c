// A project's layers by role, with the fields and planning figures each analysis reads.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/plan/land_schema.hpp"
#include "landplan/project.hpp"

namespace landplan::plan {

class PlanInputs {
 public:
  // `layers` as read by io::read_project: one per project layer, in one working CRS.
  PlanInputs(const Project& project, std::vector<Layer> layers);
  // The same over layers someone else holds (the viewer's map, which draws them while the live
  // answers read them): no copy of a county's cadastre. They must outlive the inputs.
  PlanInputs(const Project& project, std::vector<const Layer*> borrowed);
  // The layers point into owned_: a copy would point into the original's.
  PlanInputs(const PlanInputs&) = delete;
  PlanInputs& operator=(const PlanInputs&) = delete;
  PlanInputs(PlanInputs&&) = default;  // a moved vector keeps its elements where they are

  const Project& project() const { return project_; }
  const std::vector<const Layer*>& layers() const { return layers_; }

  // The layer with this key, else the first with this role; nullptr if none.
  const Layer* find(std::string_view key_or_role) const;
  const Layer* find(Role role) const { return find(name_of(role)); }
  // As find, but a missing layer is an InputError saying which analysis needed it.
  const Layer& require(std::string_view role, std::string_view needed_for) const;
  const Layer& require(Role role, std::string_view needed_for) const {
    return require(name_of(role), needed_for);
  }

  // The column a layer's `fields` table maps `meaning` to (e.g. village → 村名), else the column
  // named `meaning`, else the one named `fallback`, else the standard field that means it: a
  // 三调 layer's DLMC (or DLBM) for landuse, ZLDWMC (or QSDWMC) for village, and 名称, MC (any
  // case) or 地块名称 (a coordinate-exchange TXT) for name; else nullptr.
  const Column* field(const Layer& layer, std::string_view meaning,
                      std::string_view fallback = {}) const;
  // The 三调 fields of a layer, with the layer's `fields` mapping applied.
  LandSchema land_schema(const Layer& layer) const;
  // Whether a feature of `layer` is farmland (耕地): its land use is one of [planning]
  // farmland_classes (names or codes) when the project lists them, else a code of first-level
  // class 01 (水田, 水浇地, 旱地; by code or name).
  std::function<bool(std::size_t)> farmland_test(const Layer& layer) const;
  // Whether it is a rural homestead: [planning] residential_class, else 0702 农村宅基地.
  std::function<bool(std::size_t)> residential_test(const Layer& layer) const;
  // The text of that field for a feature, "" when it is missing.
  std::string text(const Layer& layer, std::string_view meaning, std::size_t feature) const;

  double planning(const std::string& key, double fallback) const;
  std::vector<std::string> planning_list(const std::string& key,
                                         std::vector<std::string> fallback) const;
  double target(const std::string& key) const;  // 0 when not set

 private:
  const LayerSpec* spec_of(const Layer& layer) const;
  std::function<bool(std::size_t)> class_test(const Layer& layer, const std::string& list_key,
                                              std::function<bool(const LandCode&)> by_default) const;

  const Project& project_;
  std::vector<Layer> owned_;
  std::vector<const Layer*> layers_;
};

// PlanInputs::field for a layer read from `project` (nullptr: a layer of no project, which has
// only the columns named `meaning` or `fallback` and the standard fields).
const Column* layer_field(const Project* project, const Layer& layer, std::string_view meaning,
                          std::string_view fallback = {});

// The parcels whose land use is farmland (耕地), as PlanInputs::farmland_test tells them. Needs
// the parcels role and a land-use field.
Layer farmland_parcels(const PlanInputs& inputs, std::string_view needed_for);

}  // namespace landplan::plan
