// The sketch tool, its answers, its panel and its saving, for the window.
#include "viewer/sketch_session.hpp"

#include <SFML/Window/Keyboard.hpp>
#include <algorithm>

#include "landplan/io/save_sketch.hpp"
#include "landplan/io/write.hpp"
#include "landplan/plan/inputs.hpp"

namespace landplan::viewer {
namespace {

bool alt_held() {
  return sf::Keyboard::isKeyPressed(sf::Keyboard::LAlt) ||
         sf::Keyboard::isKeyPressed(sf::Keyboard::RAlt);
}

std::string title_of(const MapModel& map, const std::string& key) {
  const MapLayer* layer = map.find(key);
  return layer ? layer->title : key;
}

// The text of the field the project maps `meaning` to, "" without one.
std::string field_text(const Project& project, const Layer& layer, const char* meaning,
                       std::size_t feature) {
  const Column* column = plan::layer_field(&project, layer, meaning);
  return column ? column->to_string(feature) : std::string();
}

}  // namespace

SketchSession::SketchSession(const MapModel& map) : map_(map), snapper_(map), live_(map) {
  panel_.targets = sketch_targets(map);
  for (const std::string& key : panel_.targets) {
    panel_.target_titles.push_back(title_of(map, key));
    const LayerSpec* spec = map.project.find_layer(key);
    panel_.target_is_site.push_back(spec && spec->role == Role::relocation_sites);
  }
  panel_.villages = village_names(map);
}

void SketchSession::show() {
  panel_.open = true;
  tool_.start_drawing();
  copied_.reset();
  ask_if_changed();
}

void SketchSession::hide() {
  panel_.open = false;
}

SketchInput SketchSession::input_of(Point2 screen, SketchInput::Kind kind) const {
  SketchInput input;
  input.kind = kind;
  input.screen = screen;
  input.suspend_snap = alt_held();
  return input;
}

bool SketchSession::mouse(const sf::Event& event, const ViewTransform& view) {
  if (!panel_.open) return false;
  SketchInput input;
  switch (event.type) {
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased:
      if (event.mouseButton.button != sf::Mouse::Left) return false;
      input = input_of({double(event.mouseButton.x), double(event.mouseButton.y)},
                       event.type == sf::Event::MouseButtonPressed ? SketchInput::Kind::press
                                                                   : SketchInput::Kind::release);
      break;
    case sf::Event::MouseMoved:
      input =
          input_of({double(event.mouseMove.x), double(event.mouseMove.y)}, SketchInput::Kind::move);
      break;
    default:
      return false;
  }
  bool used = tool_.handle(input, view, &snapper_);
  ask_if_changed();
  return used;
}

bool SketchSession::click(Point2 screen, const ViewTransform& view, bool double_click) {
  if (!panel_.open) return false;
  SketchInput input =
      input_of(screen, double_click ? SketchInput::Kind::double_click : SketchInput::Kind::click);
  bool used = tool_.handle(input, view, &snapper_);
  ask_if_changed();
  return used;
}

bool SketchSession::key(const sf::Event::KeyEvent& key, const ViewTransform& view) {
  if (!panel_.open) return false;
  SketchInput input;
  input.kind = SketchInput::Kind::key;
  using K = sf::Keyboard;
  if (key.control && key.code == K::Z)
    input.key = key.shift ? SketchInput::Key::redo : SketchInput::Key::undo;
  else if (key.control && key.code == K::Y)
    input.key = SketchInput::Key::redo;
  else if (key.code == K::Enter)
    input.key = SketchInput::Key::enter;
  else if (key.code == K::Escape)
    input.key = SketchInput::Key::escape;
  else if (key.code == K::BackSpace)
    input.key = SketchInput::Key::backspace;
  else if (key.code == K::Delete)
    input.key = SketchInput::Key::del;
  else
    return false;
  bool used = tool_.handle(input, view, &snapper_);
  ask_if_changed();
  return used;
}

void SketchSession::select(const ViewTransform& view, Point2 screen) {
  selected_.reset();
  panel_.copy_label.clear();
  auto is_target = [&](const MapLayer& layer) {
    return std::find(panel_.targets.begin(), panel_.targets.end(), layer.key) !=
           panel_.targets.end();
  };
  std::optional<Hit> hit = pick(map_, view, screen, 4.0, is_target);
  if (!hit) return;
  const MapLayer& layer = map_.layers[hit->layer];
  selected_ = hit;
  std::string name = field_text(map_.project, layer.data, "name", hit->feature);
  panel_.copy_label = layer.title + " #" + std::to_string(layer.data.fid(hit->feature)) +
                      (name.empty() ? "" : " " + name);
}

void SketchSession::copy_selected() {
  if (!selected_) return;
  const MapLayer& layer = map_.layers[selected_->layer];
  const Layer& data = layer.data;
  if (data.is_null(selected_->feature)) return;
  RingView shell = data.ring(data.rings(data.parts(selected_->feature).first).first);
  std::vector<Point2> ring;
  for (std::size_t i = 0; i < shell.size; ++i) ring.push_back({shell.x(i), shell.y(i)});
  panel_.open = true;
  tool_.start_from(ring);
  copied_ = {layer.key, selected_->feature};
  panel_.target = static_cast<int>(
      std::find(panel_.targets.begin(), panel_.targets.end(), layer.key) - panel_.targets.begin());
  panel_.name = field_text(map_.project, data, "name", selected_->feature);
  std::string village = field_text(map_.project, data, "village", selected_->feature);
  auto v = std::find(panel_.villages.begin(), panel_.villages.end(), village);
  panel_.village = v == panel_.villages.end() ? -1 : static_cast<int>(v - panel_.villages.begin());
  const Column* households = plan::layer_field(&map_.project, data, "households");
  panel_.households =
      households ? static_cast<int>(households->number(selected_->feature).value_or(0)) : 0;
  ++version_;
  keep_clear_ = true;
  ask_if_changed();
}

void SketchSession::set_target(const std::string& key) {
  auto found = std::find(panel_.targets.begin(), panel_.targets.end(), key);
  if (found == panel_.targets.end()) return;
  panel_.target = static_cast<int>(found - panel_.targets.begin());
  ++version_;
  ask_if_changed();
}

void SketchSession::edited() {
  ++version_;
  ask_if_changed();
}

SketchAttributes SketchSession::attributes() const {
  SketchAttributes a;
  if (!panel_.targets.empty()) a.target = panel_.targets[panel_.target];
  a.name = panel_.name;
  if (panel_.village >= 0) a.village = panel_.villages[panel_.village];
  if (!panel_.targets.empty() && panel_.target_is_site[panel_.target])
    a.households = panel_.households;
  // A copy keeps the values of the feature it came from only while it is meant for that layer.
  if (copied_ && copied_->first == a.target) a.copied_from = copied_->second;
  return a;
}

void SketchSession::ask_if_changed() {
  if (tool_.revision() != seen_revision_) {
    seen_revision_ = tool_.revision();
    ++version_;
  }
  if (tool_.mode() == SketchMode::editing && last_mode_ == SketchMode::drawing) keep_clear_ = true;
  last_mode_ = tool_.mode();
  if (version_ == asked_ || !tool_.has_polygon() || panel_.targets.empty()) return;
  asked_ = version_;
  SketchAttributes a = attributes();
  live_.ask(
      {.revision = version_, .site = sketch_layer(map_, tool_.vertices(), a), .target = a.target});
}

bool SketchSession::waiting() const {
  return live_.busy();
}

std::shared_ptr<const SketchAnswer> SketchSession::answer_now() {
  ask_if_changed();
  live_.wait();
  std::shared_ptr<const SketchAnswer> latest = live_.latest();
  return latest && latest->revision == version_ ? latest : nullptr;
}

std::optional<Box> SketchSession::draw_panel(float ui_scale) {
  panel_.drawing = tool_.mode() == SketchMode::drawing;
  panel_.has_polygon = tool_.has_polygon();
  panel_.can_undo = tool_.can_undo();
  panel_.can_redo = tool_.can_redo();
  panel_.snapping = tool_.snapping();
  std::shared_ptr<const SketchAnswer> latest = live_.latest();
  panel_.answer = tool_.has_polygon() ? latest : nullptr;
  panel_.stale = !latest || latest->revision != version_;
  act(draw_sketch_panel(panel_, ui_scale));
  std::optional<Box> keep;
  if (keep_clear_ && tool_.has_polygon() && panel_.open) {
    keep.emplace();
    for (const Point2& p : tool_.vertices()) keep->extend(p.x, p.y);
  }
  keep_clear_ = false;
  return keep;
}

void SketchSession::act(const SketchPanelActions& a) {
  if (a.draw) show();
  if (a.copy) copy_selected();
  if (a.remove) tool_.remove();
  if (a.undo) tool_.undo();
  if (a.redo) tool_.redo();
  if (a.snapping_changed) tool_.set_snapping(panel_.snapping);
  if (a.attributes_changed) ++version_;
  if (a.save) save(false);
  if (a.confirm_save) save(true);
  if (a.cancel_save) panel_.save_question.clear();
  if (a.export_txt || a.export_shp) export_as(a.export_txt);
  if (a.close) hide();
  ask_if_changed();
}

const SketchDrawing& SketchSession::drawing() {
  drawing_ = {};
  if (!panel_.open) return drawing_;
  drawing_.vertices = tool_.vertices();
  drawing_.closed = tool_.mode() == SketchMode::editing;
  drawing_.cursor = tool_.cursor();
  if (drawing_.closed) drawing_.handles = tool_.edge_handles();
  drawing_.hot_vertex = tool_.grabbed_vertex() ? tool_.grabbed_vertex() : tool_.hovered_vertex();
  if (std::optional<SnapResult> snap = tool_.last_snap()) drawing_.snap = snap->at;
  if (panel_.answer && tool_.has_polygon()) {
    for (const plan::BrokenRule& broken : panel_.answer->answers.rules.broken)
      drawing_.violations.push_back(&broken.where);
    for (const plan::BrokenRule& found : panel_.answer->answers.reported_where)
      drawing_.reported.push_back(&found.where);
  }
  drawing_.stale = panel_.stale;
  return drawing_;
}

void SketchSession::save(bool confirmed) {
  if (!tool_.has_polygon()) return;
  SketchAttributes a = attributes();
  try {
    io::SketchSavePlan plan = io::plan_sketch_save(map_.project, a.target);
    if (!confirmed) {
      panel_.save_question = plan.summary;
      return;
    }
    panel_.save_question.clear();
    std::vector<std::int64_t> fids =
        io::save_sketch(map_.project, plan, sketch_layer(map_, tool_.vertices(), a));
    panel_.message = "已保存：" + plan.summary +
                     (fids.empty() ? "" : "，要素号 " + std::to_string(fids.front())) +
                     "。landplan report / check 将包含它。";
  } catch (const std::exception& error) {
    panel_.save_question.clear();
    panel_.message = std::string("未保存：") + error.what();
  }
}

void SketchSession::export_as(bool txt) {
  if (!tool_.has_polygon()) return;
  SketchAttributes a = attributes();
  Layer site = sketch_layer(map_, tool_.vertices(), a);
  site.name = a.name.empty() ? "草图" : a.name;  // the file is named after the site
  io::WriteOptions options;
  options.format = txt ? io::OutputFormat::jzd : io::OutputFormat::shp;
  options.encoding = io::TextEncoding::gbk;  // what the district's software reads
  options.folder_option = "草图导出";
  if (const Column* name = plan::layer_field(&map_.project, site, "name"))
    options.name_fields[site.name] = name->name();
  std::filesystem::path dir = map_.project.file.parent_path() / "草图导出";
  // Said in the window's words (write_layers' own refusal names a command-line flag).
  std::filesystem::path file = dir / (site.name + (txt ? ".txt" : ".shp"));
  if (std::filesystem::exists(file)) {
    panel_.message = "未导出：" + file.string() + " 已存在，不覆盖——改一个名称再导出，或先移走旧文件";
    return;
  }
  try {
    Warnings warnings;
    std::vector<io::WrittenLayer> written = io::write_layers({site}, dir, options, warnings);
    panel_.message = "已导出 " + (written.empty() ? dir.string() : written.front().file.string());
  } catch (const std::exception& error) {
    panel_.message = std::string("未导出：") + error.what();
  }
}

}  // namespace landplan::viewer
