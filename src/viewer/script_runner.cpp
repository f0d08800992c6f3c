// Turning script steps into the window's events.
#include "viewer/script_runner.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "landplan/report/occupation_tables.hpp"

namespace landplan::viewer {
namespace {

using Json = nlohmann::ordered_json;

sf::Event mouse_button(sf::Event::EventType type, double x, double y) {
  sf::Event e;
  e.type = type;
  e.mouseButton = {sf::Mouse::Left, static_cast<int>(x), static_cast<int>(y)};
  return e;
}

sf::Event mouse_move(double x, double y) {
  sf::Event e;
  e.type = sf::Event::MouseMoved;
  e.mouseMove = {static_cast<int>(x), static_cast<int>(y)};
  return e;
}

std::optional<sf::Keyboard::Key> key_named(const std::string& name) {
  static const std::map<std::string, sf::Keyboard::Key> kKeys = {
      {"Enter", sf::Keyboard::Enter},
      {"Escape", sf::Keyboard::Escape},
      {"BackSpace", sf::Keyboard::BackSpace},
      {"Delete", sf::Keyboard::Delete},
      {"Z", sf::Keyboard::Z},
      {"Y", sf::Keyboard::Y},
      {"F12", sf::Keyboard::F12}};
  auto found = kKeys.find(name);
  if (found == kKeys.end()) return std::nullopt;
  return found->second;
}

Json answers_json(const ScriptHost& host, const SketchSession& sketch, const SketchAnswer* answer) {
  Json out;
  out["window"] = {host.window_size().first, host.window_size().second};
  Json vertices = Json::array();
  for (const Point2& p : sketch.tool().vertices()) vertices.push_back({p.x, p.y});
  out["vertices"] = vertices;
  if (!answer) return out;
  const plan::CandidateAnswers& a = answer->answers;
  out["revision"] = answer->revision;
  out["target"] = answer->target;
  out["error"] = answer->error;
  out["area_m2"] = a.area_m2;
  plan::Occupation occupation;
  occupation.candidates = {a.occupied};
  Json rows = Json::array();
  for (const report::OccupationRow& r : report::occupation_rows(occupation))
    rows.push_back({{"what", r.what}, {"code", r.code}, {"m2", r.m2}});
  out["occupation"] = rows;
  Json violations = Json::array();
  for (const plan::Violation& v : a.rules.violations)
    violations.push_back(
        {{"rule", v.rule}, {"amount", v.amount}, {"unit", v.unit}, {"with", v.name_b}});
  out["violations"] = violations;
  Json reported = Json::array();
  for (const plan::Violation& v : a.reported)
    reported.push_back({{"rule", v.rule}, {"amount", v.amount}, {"unit", v.unit}});
  out["reported"] = reported;
  if (a.capacity) out["capacity"] = *a.capacity;
  if (a.assigned) out["assigned"] = *a.assigned;
  if (a.distance_to_village_m) out["distance_to_village_m"] = *a.distance_to_village_m;
  out["compute_ms"] = answer->compute_ms;
  out["latency_ms"] = answer->latency_ms;
  return out;
}

bool write_json(const std::string& file, const Json& json) {
  std::ofstream out(file, std::ios::binary);
  out << json.dump(2) << "\n";
  return static_cast<bool>(out);
}

// Each wait's latency with its median and worst, and the frames' median as the yardstick of
// the same run ("answered within a frame or two").
Json timings_json(std::vector<double> latencies, std::vector<double> frames) {
  Json out;
  out["waits"] = latencies.size();
  out["latencies_ms"] = latencies;
  if (!latencies.empty()) {
    std::sort(latencies.begin(), latencies.end());
    out["median_ms"] = latencies[latencies.size() / 2];
    out["worst_ms"] = latencies.back();
  }
  out["frames"] = frames.size();
  if (!frames.empty()) {
    std::sort(frames.begin(), frames.end());
    out["frame_median_ms"] = frames[frames.size() / 2];
  }
  return out;
}

class Runner {
 public:
  Runner(ScriptHost& host) : host_(host) {}

  // "" when the step went well, else what went wrong.
  std::string run(const ScriptStep& step) {
    const std::string& c = step.command;
    const std::vector<double>& n = step.numbers;
    SketchSession& sketch = host_.sketch();
    if (c == "view") {
      host_.look_at({n[0], n[1]}, n[2]);
    } else if (c == "move") {
      feed(mouse_move(n[0], n[1]));
    } else if (c == "press" || c == "release") {
      feed(mouse_move(n[0], n[1]));
      feed(mouse_button(
          c == "press" ? sf::Event::MouseButtonPressed : sf::Event::MouseButtonReleased, n[0],
          n[1]));
    } else if (c == "click" || c == "double-click") {
      click(n[0], n[1], c == "double-click" ? 2 : 1);
    } else if (c == "drag") {
      feed(mouse_move(n[0], n[1]));
      feed(mouse_button(sf::Event::MouseButtonPressed, n[0], n[1]));
      for (int i = 1; i <= 4; ++i)
        feed(mouse_move(n[0] + (n[2] - n[0]) * i / 4, n[1] + (n[3] - n[1]) * i / 4));
      feed(mouse_button(sf::Event::MouseButtonReleased, n[2], n[3]));
    } else if (c == "key") {
      std::optional<sf::Keyboard::Key> code = key_named(step.text);
      if (!code) return "unknown key '" + step.text + "' (Enter Escape BackSpace Delete Z Y F12)";
      sf::Event e;
      e.type = sf::Event::KeyPressed;
      e.key = {*code, false, step.ctrl, step.shift, false};
      feed(e);
      e.type = sf::Event::KeyReleased;
      feed(e);
    } else if (c == "sketch") {
      sketch.show();
    } else if (c == "copy") {
      sketch.hide();  // a click while drawing would add a vertex, not select
      click(n[0], n[1], 1);
      if (sketch.panel().copy_label.empty()) return "nothing that can be copied at that point";
      sketch.copy_selected();
    } else if (c == "target") {
      sketch.set_target(step.text);
      const SketchPanelState& p = sketch.panel();
      if (p.targets.empty() || p.targets[p.target] != step.text)
        return "no polygon layer '" + step.text + "' to draw for";
    } else if (c == "name" || c == "village" || c == "households") {
      SketchPanelState& p = sketch.panel();
      if (c == "name") p.name = step.text;
      if (c == "households") p.households = static_cast<int>(n[0]);
      if (c == "village") {
        auto v = std::find(p.villages.begin(), p.villages.end(), step.text);
        if (v == p.villages.end()) return "no village '" + step.text + "'";
        p.village = static_cast<int>(v - p.villages.begin());
      }
      sketch.edited();
    } else if (c == "wait") {
      std::shared_ptr<const SketchAnswer> a = sketch.answer_now();
      if (!a) return "nothing to answer: the sketch has fewer than three vertices";
      latencies_.push_back(a->latency_ms);
    } else if (c == "answers") {
      std::shared_ptr<const SketchAnswer> a = sketch.answer_now();
      if (!write_json(step.text, answers_json(host_, sketch, a.get())))
        return "cannot write " + step.text;
    } else if (c == "save") {
      sketch.save(false);
      if (sketch.panel().save_question.empty()) return sketch.message();
      sketch.save(true);
      std::cerr << "landplan: " << sketch.message() << "\n";
      if (sketch.message().rfind("已保存", 0) != 0) return sketch.message();
    } else if (c == "export") {
      if (step.text != "txt" && step.text != "shp") return "export takes txt or shp";
      sketch.export_as(step.text == "txt");
      std::cerr << "landplan: " << sketch.message() << "\n";
      if (sketch.message().rfind("已导出", 0) != 0) return sketch.message();
    } else if (c == "screenshot") {
      frame();
      host_.screenshot(step.text);
    } else if (c == "timings") {
      if (!write_json(step.text, timings_json(latencies_, frames_)))
        return "cannot write " + step.text;
    }
    frame();
    return "";
  }

 private:
  void feed(const sf::Event& e) {
    host_.feed(e);
    frame();  // ImGui learns where the mouse is as it would between two events
  }

  // Without a frame between the clicks, so the navigator counts a double click.
  void click(double x, double y, int times) {
    feed(mouse_move(x, y));
    for (int i = 0; i < times; ++i) {
      host_.feed(mouse_button(sf::Event::MouseButtonPressed, x, y));
      host_.feed(mouse_button(sf::Event::MouseButtonReleased, x, y));
    }
  }

  void frame() { frames_.push_back(host_.draw_frame()); }

  ScriptHost& host_;
  std::vector<double> latencies_, frames_;
};

}  // namespace

int run_script(const std::vector<ScriptStep>& steps, ScriptHost& host, const std::string& file) {
  Runner runner(host);
  for (const ScriptStep& step : steps) {
    if (step.command == "quit") return 0;
    std::string problem = runner.run(step);
    if (!problem.empty()) {
      std::cerr << "landplan: " << file << ":" << step.line << ": " << step.command << ": "
                << problem << "\n";
      return 2;
    }
  }
  return 0;
}

}  // namespace landplan::viewer
