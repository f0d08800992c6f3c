// The shared warnings of land-use tables.
#include "plan/parcel_notes.hpp"

namespace landplan::plan {

std::string some_fids(const std::vector<std::int64_t>& fids) {
  std::string text;
  for (std::size_t i = 0; i < fids.size() && i < 5; ++i)
    text += (i ? ", " : "fid ") + std::to_string(fids[i]);
  if (fids.size() > 5) text += " and " + std::to_string(fids.size() - 5) + " more";
  return text;
}

void UnknownCodes::warn(const std::string& where, Warnings& warnings) const {
  for (const auto& [text, count] : parcels_) {
    warnings.push_back(where + ": land-use code '" + text + "' is not in the 三调 code table (" +
                       std::to_string(count) +
                       " parcels) — counted as unknown; see data/codes/README.md");
  }
}

void warn_bad_deductions(const std::string& where, const std::vector<std::int64_t>& fids,
                         Warnings& warnings) {
  if (fids.empty()) return;
  warnings.push_back(where + ": " + std::to_string(fids.size()) +
                     " parcels have a deduction ratio that is not in [0, 1) (" + some_fids(fids) +
                     ") — nothing deducted from them");
}

}  // namespace landplan::plan
