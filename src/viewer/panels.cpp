// ImGui panels.
#include "viewer/panels.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <map>

#include "landplan/plan/land_schema.hpp"
#include "viewer/format.hpp"

namespace landplan::viewer {
namespace {

ImVec4 to_imgui(sf::Color c, float alpha = 1.0f) {
  return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, alpha);
}

void toolbar(PanelState& state, PanelActions& actions, float ui) {
  ImGui::SetNextWindowPos(ImVec2(10 * ui, 10 * ui), ImGuiCond_Once);
  ImGui::SetNextWindowSize(ImVec2(300 * ui, 0), ImGuiCond_Once);
  ImGui::Begin("工具", nullptr, ImGuiWindowFlags_NoCollapse);
  if (ImGui::Button("全图 (Home)")) actions.home = true;
  ImGui::SameLine();
  bool distance = state.measure_mode == MeasureMode::distance,
       area = state.measure_mode == MeasureMode::area;
  if (ImGui::Selectable("测距离", distance, 0, ImGui::CalcTextSize("测距离"))) {
    actions.measure = distance ? MeasureMode::off : MeasureMode::distance;
  }
  ImGui::SameLine();
  if (ImGui::Selectable("测面积", area, 0, ImGui::CalcTextSize("测面积"))) {
    actions.measure = area ? MeasureMode::off : MeasureMode::area;
  }
  ImGui::SameLine();
  if (ImGui::Selectable("规划草图", state.sketching, 0, ImGui::CalcTextSize("规划草图")))
    actions.sketch = true;
  if (ImGui::Button("保存 PNG (P)")) actions.save_png = true;
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##search", "搜索村庄 / 地名…", &state.search);
  std::vector<const Place*> found = matching_places(state.places, state.search);
  if (!found.empty() &&
      ImGui::BeginListBox("##places", ImVec2(-1, 6.5f * ImGui::GetTextLineHeightWithSpacing()))) {
    for (std::size_t i = 0; i < found.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      std::string line = found[i]->name + "  (" + found[i]->kind + ")";
      if (ImGui::Selectable(line.c_str())) actions.fly_to = found[i]->box;
      ImGui::PopID();
    }
    ImGui::EndListBox();
  }
  if (!state.message.empty()) ImGui::TextWrapped("%s", state.message.c_str());
  ImGui::End();
}

void layer_list(MapModel& map, PanelState& state, PanelActions& actions, float ui) {
  ImGui::SetNextWindowPos(ImVec2(10 * ui, 250 * ui), ImGuiCond_Once);
  ImGui::SetNextWindowSize(ImVec2(300 * ui, 430 * ui), ImGuiCond_Once);
  ImGui::Begin("图层", nullptr, ImGuiWindowFlags_NoCollapse);
  ImGui::Checkbox("地图上显示图例", &state.map_legend);
  ImGui::Separator();
  for (std::size_t i = map.layers.size(); i-- > 0;) {  // top layer first, as drawn
    MapLayer& layer = map.layers[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::ColorButton("##swatch", to_imgui(layer.style.swatch()), ImGuiColorEditFlags_NoTooltip,
                       ImVec2(14 * ui, 14 * ui));
    ImGui::SameLine();
    std::string label = layer.title + "  " + std::to_string(layer.data.size());
    ImGui::Checkbox(label.c_str(), &layer.visible);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 36 * ui);
    if (ImGui::SmallButton("缩放")) actions.fly_to = layer.data.extent();
    ImGui::SetNextItemWidth(-1);
    ImGui::SliderFloat("##opacity", &layer.opacity, 0.0f, 1.0f, "不透明度 %.2f");
    if (!layer.style.categories.empty()) {
      std::string heading = "按" + layer.style.by + "分类";
      if (ImGui::TreeNode(heading.c_str())) {
        for (const Category& c : layer.style.categories) {
          ImGui::ColorButton(c.value.c_str(), to_imgui(c.colour), ImGuiColorEditFlags_NoTooltip,
                             ImVec2(12 * ui, 12 * ui));
          ImGui::SameLine();
          ImGui::Text("%s  %zu", c.value.c_str(), c.count);
        }
        ImGui::TreePop();
      }
    }
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::End();
}

void identify_panel(PanelState& state, PanelActions& actions, float ui) {
  if (!state.identified || state.sketching) return;
  const Identified& id = *state.identified;
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 350 * ui, 90 * ui), ImGuiCond_Once);
  ImGui::SetNextWindowSize(ImVec2(340 * ui, 0), ImGuiCond_Once);
  bool open = true;
  std::string title = "属性：" + id.layer_title + " #" + std::to_string(id.fid) + "###identify";
  ImGui::Begin(title.c_str(), &open);
  if (ImGui::BeginTable("attributes", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
    ImGui::TableSetupColumn("字段", ImGuiTableColumnFlags_WidthFixed, 90 * ui);
    ImGui::TableSetupColumn("值");
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("FID");
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(id.fid));
    for (const auto& [field, value] : id.attributes) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(field.c_str());
      ImGui::TableNextColumn();
      if (value.empty())
        ImGui::TextDisabled("（空）");
      else
        ImGui::TextUnformatted(value.c_str());
    }
    ImGui::EndTable();
  }
  if (id.area_m2) {
    ImGui::Text("面积  %s 亩", format_number(*id.area_m2 / (10000.0 / 15.0), 2).c_str());
    ImGui::Text("      %s ha  ·  %s m²", format_number(*id.area_m2 / 10000.0, 4).c_str(),
                format_number(*id.area_m2, 1).c_str());
  }
  if (id.length_m) ImGui::Text("长度  %s", format_distance(*id.length_m).c_str());
  if (!id.method.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", id.method.c_str());
    ImGui::PopStyleColor();
  }
  if (ImGui::Button("缩放至要素")) actions.zoom_to_identified = true;
  ImGui::End();
  if (!open) actions.close_identify = true;
}

void measure_panel(PanelState& state, float ui) {
  if (state.measure_mode == MeasureMode::off) return;
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2 - 170 * ui, io.DisplaySize.y - 150 * ui),
                          ImGuiCond_Once);
  ImGui::SetNextWindowSize(ImVec2(340 * ui, 0), ImGuiCond_Once);
  ImGui::Begin("测量", nullptr, ImGuiWindowFlags_NoCollapse);
  bool area = state.measure_mode == MeasureMode::area;
  const Measurement m = state.measurement.value_or(Measurement{});
  ImGui::Text("%s  %s", area ? "周长" : "距离", format_distance(m.length_m).c_str());
  if (area) ImGui::Text("面积  %s", m.area_m2 ? format_area(*m.area_m2).c_str() : "（至少三点）");
  ImGui::TextDisabled("椭球面测量 · 单击加点 · 双击或回车结束 · Esc 取消");
  ImGui::End();
}

void status_bar(PanelState& state, float ui) {
  ImGuiIO& io = ImGui::GetIO();
  float h = ImGui::GetFrameHeight() + 6 * ui;
  ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - h));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, h));
  ImGui::Begin("##status", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::Text("%s   |   %s   |   %s   |   %.1f ms", state.cursor_world.c_str(),
              state.cursor_lonlat.c_str(), state.scale.c_str(), state.frame_ms);
  ImGui::End();
}

}  // namespace

std::vector<Place> searchable_places(const MapModel& map) {
  std::vector<Place> villages, others;
  for (const MapLayer& layer : map.layers) {
    const LayerSpec* spec = map.project.find_layer(layer.key);
    bool is_villages = spec && spec->role == Role::villages;
    for (const LabelAnchor& a : layer.labels) {
      (is_villages ? villages : others).push_back({a.text, layer.title, layer.data.box(a.feature)});
    }
    // Village territories from the parcels' village field: the one the project maps, else a
    // 三调 layer's ZLDWMC (or QSDWMC).
    if (spec && spec->role == Role::parcels) {
      const Column* column = plan::land_schema(layer.data, spec->fields).village;
      if (!column) continue;
      std::map<std::string, Box> boxes;
      for (std::size_t f = 0; f < layer.data.size(); ++f)
        if (!column->is_null(f)) boxes[column->to_string(f)].extend(layer.data.box(f));
      for (auto& [name, box] : boxes) others.push_back({name, "村界（地块）", box});
    }
  }
  villages.insert(villages.end(), others.begin(), others.end());
  return villages;
}

std::vector<const Place*> matching_places(const std::vector<Place>& places,
                                          const std::string& query) {
  // An empty query lists every place: without a Chinese input method (a bare X server, a
  // terminal session) a planner still picks a village from the list.
  std::vector<const Place*> out;
  for (const Place& p : places)
    if (query.empty() || p.name.find(query) != std::string::npos) out.push_back(&p);
  return out;
}

PanelActions draw_panels(MapModel& map, PanelState& state, float ui_scale) {
  PanelActions actions;
  toolbar(state, actions, ui_scale);
  layer_list(map, state, actions, ui_scale);
  identify_panel(state, actions, ui_scale);
  measure_panel(state, ui_scale);
  status_bar(state, ui_scale);
  return actions;
}

}  // namespace landplan::viewer
