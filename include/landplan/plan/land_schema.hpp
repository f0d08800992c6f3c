// The fields of a 三调 land-use layer (DLTB 地类图斑), found by name in any case, so that such a
// layer needs no `fields` table in project.toml.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "landplan/layer.hpp"
#include "landplan/plan/land_codes.hpp"

namespace landplan::plan {

// The column named `name` in any letter case (DLBM, dlbm, Dlbm), else nullptr.
const Column* column_any_case(const Layer& layer, std::string_view name);

struct LandSchema {
  const Column* bsm = nullptr;           // BSM 标识码
  const Column* code = nullptr;          // DLBM 地类编码
  const Column* name = nullptr;          // DLMC 地类名称
  const Column* village = nullptr;       // ZLDWMC 坐落单位名称, else QSDWMC 权属单位名称
  const Column* village_code = nullptr;  // ZLDWDM, else QSDWDM
  const Column* tbmj = nullptr;          // TBMJ 图斑面积, m²
  const Column* kcxs = nullptr;          // KCXS 扣除系数 (二调: TKXS)
  const Column* kcmj = nullptr;          // KCMJ 扣除面积, m²
  const Column* tbdlmj = nullptr;        // TBDLMJ 图斑地类面积 = TBMJ − KCMJ, m²
  const Column* gdlx = nullptr;          // GDLX 耕地类型: TT 梯田, PD 坡地
  const Column* slope_grade = nullptr;   // GDPDJB 耕地坡度级别 1–5

  // A land-use layer: it has DLBM or DLMC.
  bool is_landuse() const { return code || name; }
  // The code row of a feature: its DLBM when that is set, else its DLMC, each looked up as a code
  // or a name; nullptr when both are empty or not in the table.
  const LandCode* land_code(std::size_t feature, const LandCodes& codes = LandCodes::sandiao()) const;
  // The text the feature's land use was written as ("0102", or "水浇地" when there is no DLBM).
  std::string land_text(std::size_t feature) const;
  // The deduction ratio of a feature (KCXS or TKXS, else KCMJ / TBMJ), 0 when the layer has
  // neither or the value is missing; nullopt when it is not a number in [0, 1).
  std::optional<double> deduction(std::size_t feature) const;
};

// The 三调 fields `layer` has. `fields` (a layer's project.toml mapping, meaning → field name)
// overrides by meaning: landuse_code → DLBM, landuse → DLMC, village → ZLDWMC,
// slope_grade → GDPDJB; either land-use field may hold codes or names.
LandSchema land_schema(const Layer& layer, const std::map<std::string, std::string>& fields = {});

}  // namespace landplan::plan
