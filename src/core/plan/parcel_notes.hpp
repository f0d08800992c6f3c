// What the tables built from land-use parcels (landuse, occupation) warn of, in one wording:
// codes not in the 三调 table and deduction ratios out of range, once per kind with a count.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "landplan/error.hpp"

namespace landplan::plan {

// "fid 3, 8, 12 and 40 more": the first five fids of a warning about many parcels.
std::string some_fids(const std::vector<std::int64_t>& fids);

// The land-use texts parcels hold that the code table lacks, counted per text.
class UnknownCodes {
 public:
  void count(const std::string& text) { ++parcels_[text]; }
  // One warning per text, with its count of parcels, at `where` (the parcels' layer).
  void warn(const std::string& where, Warnings& warnings) const;

 private:
  std::map<std::string, std::size_t> parcels_;
};

// The warning for parcels whose deduction ratio (KCXS) is not in [0, 1), when there are any:
// nothing is deducted from them.
void warn_bad_deductions(const std::string& where, const std::vector<std::int64_t>& fids,
                         Warnings& warnings);

}  // namespace landplan::plan
