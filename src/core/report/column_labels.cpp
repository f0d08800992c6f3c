// Chinese headers for the machine column names of landplan's tables.
#include "landplan/report/column_labels.hpp"

#include <utility>

namespace landplan::report {

std::string column_label(std::string_view name) {
  // Every machine name the report tables use (area, overlap, coverage, info, occupy, audit,
  // check and the long land-use table), in the words of 三调 and planning documents.
  static constexpr std::pair<std::string_view, std::string_view> kLabels[] = {
      {"fid", "要素号"},
      {"fid_a", "A要素号"},
      {"fid_b", "B要素号"},
      {"group", "分组"},
      {"count", "个数"},
      {"area_m2", "面积(平方米)"},
      {"area_ha", "面积(公顷)"},
      {"area_mu", "面积(亩)"},
      {"area_km2", "面积(平方公里)"},
      {"length_m", "长度(米)"},
      {"length_km", "长度(公里)"},
      {"pct_of_a", "占A(%)"},
      {"pct_of_b", "占B(%)"},
      {"covered_m2", "覆盖(平方米)"},
      {"covered_mu", "覆盖(亩)"},
      {"covered_pct", "覆盖率(%)"},
      {"source", "数据源"},
      {"layer", "图层"},
      {"features", "要素数"},
      {"geometry", "几何类型"},
      {"crs", "坐标系"},
      {"extent", "范围"},
      {"encoding", "编码"},
      {"bsm", "标识码(BSM)"},
      {"check", "检查项"},
      {"value", "值"},
      {"expected", "应为"},
      {"findings", "问题数"},
      {"name", "名称"},
      {"what", "占用"},
      {"code", "编码"},
      {"level", "级别"},
      {"rule", "规则"},
      {"kind", "类型"},
      {"layer_a", "图层A"},
      {"name_a", "名称A"},
      {"layer_b", "图层B"},
      {"name_b", "名称B"},
      {"amount", "数量"},
      {"unit", "单位"},
      {"limit", "限值"},
      {"what it checks", "检查内容"},
  };
  for (const auto& [machine, label] : kLabels)
    if (machine == name) return std::string(label);
  return std::string(name);
}

}  // namespace landplan::report
