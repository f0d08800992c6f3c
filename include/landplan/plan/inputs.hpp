// A project's layers by role, with the fields and planning figures each analysis reads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/project.hpp"

namespace landplan::plan {

class PlanInputs {
 public:
  // `layers` as read by io::read_project: one per project layer, in one working CRS.
  PlanInputs(const Project& project, std::vector<Layer> layers);

  const Project& project() const { return project_; }
  const std::vector<Layer>& layers() const { return layers_; }

  // The layer with this key, else the first with this role; nullptr if none.
  const Layer* find(std::string_view key_or_role) const;
  const Layer* find(Role role) const { return find(name_of(role)); }
  // As find, but a missing layer is an InputError saying which analysis needed it.
  const Layer& require(std::string_view role, std::string_view needed_for) const;
  const Layer& require(Role role, std::string_view needed_for) const {
    return require(name_of(role), needed_for);
  }

  // The column a layer's `fields` table maps `meaning` to (e.g. village → 村名), else the
  // column named `fallback`, else nullptr.
  const Column* field(const Layer& layer, std::string_view meaning,
                      std::string_view fallback = {}) const;
  // The text of that field for a feature, "" when it is missing.
  std::string text(const Layer& layer, std::string_view meaning, std::size_t feature) const;

  double planning(const std::string& key, double fallback) const;
  std::vector<std::string> planning_list(const std::string& key,
                                         std::vector<std::string> fallback) const;
  double target(const std::string& key) const;  // 0 when not set

 private:
  const Project& project_;
  std::vector<Layer> layers_;
};

// The parcels whose land use is farmland (耕地): [planning] farmland_classes, by default
// 水田, 水浇地 and 旱地. Needs the parcels role.
Layer farmland_parcels(const PlanInputs& inputs, std::string_view needed_for);

}  // namespace landplan::plan
