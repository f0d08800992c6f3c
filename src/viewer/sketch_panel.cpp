// The sketch panel in ImGui.
#include "viewer/sketch_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "landplan/plan/land_codes.hpp"
#include "landplan/report/occupation_tables.hpp"
#include "landplan/units.hpp"
#include "viewer/format.hpp"

namespace landplan::viewer {
namespace {

// Every phrase below, for the font atlas: the common Chinese set misses some (编辑's 辑).
constexpr const char* kText =
    "绘制中…复制所选要素删除撤销重做吸附单击加点双击或回车结束退格删点取消按住暂停拖动顶点"
    "中点插入顶点所选要素：用途名称安置村户数未违反规则违反提示绘制一个多边形（至少三点）"
    "计算中…（以下为上一版草图）面积可容纳户，安置户（不足）距安置村用时（自上次编辑）"
    "保存到项目导出界址点坐标导出保存到项目？确定取消已保存：未保存：已导出未导出：将包含它"
    "要素号草图亩公顷米·已存在不覆盖改一个名称再导出或先移走旧文件——";

void tools(SketchPanelState& s, SketchPanelActions& a) {
  if (ImGui::Button(s.drawing ? "绘制中…" : "绘制")) a.draw = true;
  ImGui::SameLine();
  ImGui::BeginDisabled(s.copy_label.empty());
  if (ImGui::Button("复制所选要素")) a.copy = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!s.has_polygon && !s.drawing);
  if (ImGui::Button("删除")) a.remove = true;
  ImGui::EndDisabled();
  ImGui::BeginDisabled(!s.can_undo);
  if (ImGui::Button("撤销 (Ctrl+Z)")) a.undo = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!s.can_redo);
  if (ImGui::Button("重做 (Ctrl+Y)")) a.redo = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Checkbox("吸附", &s.snapping)) a.snapping_changed = true;
  ImGui::TextDisabled(s.drawing
                          ? "单击加点 · 双击或回车结束 · 退格删点 · Esc 取消 · 按住 Alt 暂停吸附"
                          : "拖动顶点 · 拖动中点插入顶点 · Delete 删点");
  if (!s.copy_label.empty()) ImGui::TextDisabled("所选要素：%s", s.copy_label.c_str());
}

// A choice among `items` (index -1 = none); true when the user picked one.
bool choice(const char* label, const std::vector<std::string>& items, int& index) {
  bool picked = false;
  ImGui::SetNextItemWidth(-80);
  if (ImGui::BeginCombo(label, index >= 0 ? items[index].c_str() : "")) {
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
      if (ImGui::Selectable(items[i].c_str(), i == index)) {
        index = i;
        picked = true;
      }
    }
    ImGui::EndCombo();
  }
  return picked;
}

void attributes(SketchPanelState& s, SketchPanelActions& a) {
  if (s.targets.empty()) return;
  if (choice("用途", s.target_titles, s.target)) a.attributes_changed = true;
  ImGui::SetNextItemWidth(-80);
  if (ImGui::InputText("名称", &s.name)) a.attributes_changed = true;
  if (!s.target_is_site[s.target]) return;
  if (choice("安置村", s.villages, s.village)) a.attributes_changed = true;
  ImGui::SetNextItemWidth(-80);
  if (ImGui::InputInt("户数", &s.households)) {
    s.households = std::max(0, s.households);
    a.attributes_changed = true;
  }
}

void occupation_table(const SketchAnswer& answer) {
  plan::Occupation occupation;
  occupation.layer = answer.target;
  occupation.candidates = {answer.answers.occupied};
  report::Table table = report::occupation_report_table(occupation);
  // The columns after the site's name and fid: 占用, 编码/名称, 面积(亩), 面积(公顷).
  if (!ImGui::BeginTable("occupied", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) return;
  for (std::size_t c = 2; c < table.columns.size(); ++c)
    ImGui::TableSetupColumn(table.columns[c].name.c_str());
  ImGui::TableHeadersRow();
  for (const std::vector<report::Cell>& row : table.rows) {
    ImGui::TableNextRow();
    for (std::size_t c = 2; c < table.columns.size(); ++c) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(report::cell_text(row[c], table.columns[c].decimals).c_str());
    }
  }
  ImGui::EndTable();
}

void finding(const plan::Violation& v, const char* label, ImVec4 colour) {
  std::string with = v.name_b.empty() ? "" : "（与 " + v.name_b + "）";
  std::string amount = format_number(v.amount, 2) + (v.unit == "mu" ? " 亩" : " 米");
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s：%s%s  %s", label, v.rule.c_str(), with.c_str(), amount.c_str());
  ImGui::PopStyleColor();
}

void rules(const SketchAnswer& answer) {
  const std::vector<plan::Violation>& violations = answer.answers.rules.violations;
  if (violations.empty()) ImGui::TextColored(ImVec4(0.18f, 0.49f, 0.2f, 1), "未违反规则");
  for (const plan::Violation& v : violations) finding(v, "违反", ImVec4(0.83f, 0.18f, 0.18f, 1));
  for (const plan::Violation& v : answer.answers.reported)
    finding(v, "提示", ImVec4(0.8f, 0.5f, 0.0f, 1));
}

void answers(SketchPanelState& s) {
  if (!s.answer) {
    ImGui::TextDisabled(s.has_polygon ? "计算中…" : "绘制一个多边形（至少三点）");
    return;
  }
  const SketchAnswer& a = *s.answer;
  if (s.stale) ImGui::TextColored(ImVec4(0.85f, 0.55f, 0, 1), "计算中…（以下为上一版草图）");
  ImGui::BeginDisabled(s.stale);
  if (!a.error.empty()) {
    ImGui::TextColored(ImVec4(0.83f, 0.18f, 0.18f, 1), "%s", a.error.c_str());
  } else {
    ImGui::Text("面积  %s", format_area(a.answers.area_m2).c_str());
    if (a.answers.capacity) {
      bool fits = a.answers.assigned.value_or(0) <= *a.answers.capacity;
      ImGui::TextColored(
          fits ? ImVec4(0.18f, 0.49f, 0.2f, 1) : ImVec4(0.83f, 0.18f, 0.18f, 1),
          "可容纳 %lld 户，安置 %lld 户%s", static_cast<long long>(*a.answers.capacity),
          static_cast<long long>(a.answers.assigned.value_or(0)), fits ? "" : "（不足）");
    }
    if (a.answers.distance_to_village_m)
      ImGui::Text("距安置村  %s", format_distance(*a.answers.distance_to_village_m).c_str());
    rules(a);
    occupation_table(a);
    for (const std::string& w : a.warnings) ImGui::TextDisabled("%s", w.c_str());
  }
  ImGui::EndDisabled();
  ImGui::TextDisabled("用时 %.0f ms（自上次编辑 %.0f ms）", a.compute_ms, a.latency_ms);
}

void saving(SketchPanelState& s, SketchPanelActions& a) {
  ImGui::BeginDisabled(!s.has_polygon || s.stale);
  if (ImGui::Button("保存到项目")) a.save = true;
  ImGui::SameLine();
  if (ImGui::Button("导出界址点坐标")) a.export_txt = true;
  ImGui::SameLine();
  if (ImGui::Button("导出 Shapefile")) a.export_shp = true;
  ImGui::EndDisabled();
  if (!s.message.empty()) ImGui::TextWrapped("%s", s.message.c_str());
  if (!s.save_question.empty()) ImGui::OpenPopup("保存到项目？");
  // In the panel, under its buttons, not over the map in the middle where the sketch is.
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowSize().x;
  ImGui::SetNextWindowPos(ImVec2(right, ImGui::GetCursorScreenPos().y), ImGuiCond_Appearing,
                          ImVec2(1.0f, 0.0f));
  if (ImGui::BeginPopupModal("保存到项目？", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted(s.save_question.c_str());
    if (ImGui::Button("确定")) {
      a.confirm_save = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("取消")) {
      a.cancel_save = true;
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace

SketchPanelActions draw_sketch_panel(SketchPanelState& s, float ui) {
  SketchPanelActions a;
  if (!s.open) return a;
  ImGuiIO& io = ImGui::GetIO();
  // Tall enough for the answers of a site on many parcels; they scroll beyond that.
  float width = 400 * ui, height = std::min(io.DisplaySize.y - 60 * ui, 820 * ui);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - width - 10 * ui, 10 * ui), ImGuiCond_Once);
  ImGui::SetNextWindowSize(ImVec2(width, height), ImGuiCond_Once);
  bool open = true;
  ImGui::Begin("规划草图", &open, ImGuiWindowFlags_NoCollapse);
  tools(s, a);
  ImGui::Separator();
  attributes(s, a);
  ImGui::Separator();
  answers(s);
  ImGui::Separator();
  saving(s, a);
  ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  s.screen_rect = {at.x, at.y, at.x + size.x, at.y + size.y};
  ImGui::End();
  if (!open) a.close = true;
  return a;
}

std::vector<std::string> sketch_panel_text() {
  std::vector<std::string> text = {kText, "≤2°–6°15°25°>级（）"};
  for (const plan::LandCode& code : plan::LandCodes::sandiao().rows()) text.push_back(code.name);
  return text;
}

}  // namespace landplan::viewer
