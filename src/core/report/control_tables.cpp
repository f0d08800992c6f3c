// The control checks' findings, for the report and for `check`.
#include "landplan/report/control_tables.hpp"

#include <fmt/format.h>

#include "landplan/error.hpp"

namespace landplan::report {

Table controls_table(const plan::Controls& controls) {
  Table t;
  t.title = controls.findings.empty() ? "三区三线管控核查：未发现占用" : "三区三线管控核查";
  for (const char* c : {"检查", "图层"}) t.add_column(c);
  t.add_column("fid", 0);
  t.add_column("名称");
  t.add_column("管控线");
  t.add_column("面积(亩)", 2);
  t.add_column("结论");
  for (const plan::ControlFinding& f : controls.findings) {
    const plan::Violation& v = f.finding;
    t.rows.push_back({std::string(plan::control_text(f.check).title), v.layer_a, v.fid_a, v.name_a,
                      v.layer_b, v.amount, std::string(plan::control_text(f.check).action)});
  }
  for (ControlCheck check : controls.ran) {
    const plan::ControlText& text = plan::control_text(check);
    t.meta[fmt::format("依据：{}", text.title)] = std::string(text.basis);
  }
  return t;
}

std::string finding_note(const plan::ControlFinding& finding) {
  const plan::Violation& v = finding.finding;
  const plan::ControlText& text = plan::control_text(finding.check);
  bool outside = finding.check == ControlCheck::construction_outside_development_boundary;
  std::string name = v.name_a.empty() ? "" : " (" + v.name_a + ")";
  return fmt::format("{}{}: {:.2f} mu {} {} — {}; {} — reported, not a rule violation",
                     place(v.layer_a, "", v.fid_a), name, v.amount, outside ? "outside" : "on",
                     v.layer_b, text.title, text.action);
}

}  // namespace landplan::report
