// The window loop: events → navigation, tools and panels; a frame is drawn only when something
// changed, so an idle viewer costs no CPU (Mesa draws on the same two cores as everything else).
#include "viewer/viewer_app.hpp"

#include <SFML/Graphics.hpp>
#include <SFML/OpenGL.hpp>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>

#include "landplan/error.hpp"
#include "viewer/bench_run.hpp"
#include "viewer/event_script.hpp"
#include "viewer/format.hpp"
#include "viewer/imgui_sfml.hpp"
#include "viewer/map_canvas.hpp"
#include "viewer/navigation.hpp"
#include "viewer/panels.hpp"
#include "viewer/png.hpp"
#include "viewer/scale_bar.hpp"
#include "viewer/script_runner.hpp"
#include "viewer/sketch_session.hpp"
#include "viewer/window_place.hpp"

namespace landplan::viewer {
namespace {

std::string timestamp() {
  std::time_t now = std::time(nullptr);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", std::localtime(&now));
  return text;
}

// Every character the panels may show, so the ImGui font atlas holds them.
std::vector<std::string> panel_text(const MapModel& map) {
  std::vector<std::string> text = {map.title};
  for (const MapLayer& layer : map.layers) {
    text.push_back(layer.title);
    for (const Column& column : layer.data.columns) {
      text.push_back(column.name());
      if (column.type() != FieldType::text) continue;
      // A sample is enough for a county: values repeat (村名, 地类).
      std::size_t step = std::max<std::size_t>(1, column.size() / 20'000);
      for (std::size_t row = 0; row < column.size(); row += step) text.push_back(column.text(row));
    }
    for (const Category& c : layer.style.categories) text.push_back(c.value);
  }
  for (const Rule& rule : map.project.rules) text.push_back(rule.name);
  for (const std::string& t : sketch_panel_text()) text.push_back(t);
  return text;
}

class ViewerApp : private ScriptHost {
 public:
  ViewerApp(MapModel& map, const ViewerOptions& options) : map_(map), options_(options) {
    sf::ContextSettings context;
    context.antialiasingLevel = options.antialiasing;
    // A bench keeps the size it asks for, so its frames compare with earlier runs.
    sf::VideoMode screen = sf::VideoMode::getDesktopMode();
    WindowPlace place = options.bench_frames > 0 ? WindowPlace{options.width, options.height, 0, 0}
                                                 : place_window(options.width, options.height,
                                                                screen.width, screen.height);
    window_.create(sf::VideoMode(place.width, place.height), "landplan — " + map.title,
                   sf::Style::Default, context);
    window_.setPosition({place.x, place.y});
    window_.setTitle(sf::String::fromUtf8(map.title.begin(), map.title.end()) + " — landplan");
    window_.setVerticalSyncEnabled(false);
    window_.setActive(true);
    auto start = std::chrono::steady_clock::now();
    canvas_ = std::make_unique<MapCanvas>(map, options.font_file);
    canvas_->prepare(map);
    gui_ = std::make_unique<ImGuiLayer>(canvas_->cartography().font_file(), 1.0f, panel_text(map));
    glFinish();
    gpu_setup_s_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    view_ = ViewTransform::fit(map.extent, window_.getSize().x, window_.getSize().y);
    state_.places = searchable_places(map);
    sketch_ = std::make_unique<SketchSession>(map);
    update_cursor({view_.width() / 2.0, view_.height() / 2.0});
  }

  ~ViewerApp() {
    if (options_.size_file) remember_size(*options_.size_file, view_.width(), view_.height());
  }

  int run() {
    if (options_.bench_frames > 0) return bench();
    if (!options_.script.empty()) return run_script();
    sf::Clock clock;
    while (window_.isOpen()) {
      sf::Event event;
      if (redraw_ == 0 && !flight_) {
        if (sketch_->waiting()) {
          // The answers come from another thread: look for them (and for input) now and then
          // rather than drawing frames that show nothing new.
          sf::sleep(sf::milliseconds(10));
          redraw_ = 1;
        } else {
          if (!window_.waitEvent(event)) break;
          handle(event);
        }
      }
      while (window_.pollEvent(event)) handle(event);
      if (!window_.isOpen()) break;
      animate();
      float dt = clock.restart().asSeconds();
      frame(dt);
      if (redraw_ > 0) --redraw_;
    }
    return 0;
  }

 private:
  void handle(const sf::Event& event) {
    redraw_ = 3;  // ImGui settles hover and focus over a couple of frames
    gui_->process_event(event);
    if (event.type == sf::Event::Closed) {
      window_.close();
      return;
    }
    bool mouse_event = event.type == sf::Event::MouseButtonPressed ||
                       event.type == sf::Event::MouseWheelScrolled ||
                       event.type == sf::Event::MouseMoved;
    bool key_event = event.type == sf::Event::KeyPressed;
    if (mouse_event && gui_->wants_mouse() && !navigator_.dragging()) return;
    if (key_event && gui_->wants_keyboard()) return;
    if (event.type == sf::Event::Resized) {
      window_.setView(
          sf::View(sf::FloatRect(0, 0, float(event.size.width), float(event.size.height))));
    }
    if (key_event && sketch_->key(event.key, view_)) return;
    if (key_event && on_key(event.key.code)) return;
    if (event.type == sf::Event::MouseMoved)
      update_cursor({double(event.mouseMove.x), double(event.mouseMove.y)});
    // The sketch first: a press on one of its vertices drags the vertex, not the map.
    if (!navigator_.dragging() && sketch_->mouse(event, view_)) return;
    NavigationResult r = navigator_.handle(event, view_, map_.extent);
    if (r.view_changed) flight_.reset();
    if (r.click && !sketch_->click(*r.click, view_, false)) on_click(*r.click);
    if (r.double_click && !sketch_->click(*r.double_click, view_, true) && measure_.drawing())
      measure_.finish();
  }

  bool on_key(sf::Keyboard::Key key) {
    switch (key) {
      case sf::Keyboard::Escape:
        if (measure_.mode() != MeasureMode::off)
          measure_.cancel();
        else
          highlight_.reset(), state_.identified.reset();
        return true;
      case sf::Keyboard::Enter:
        measure_.finish();
        return true;
      case sf::Keyboard::P:
        save_map_png();
        return true;
      case sf::Keyboard::F12:
        save_screenshot();
        return true;
      default:
        return false;
    }
  }

  void on_click(Point2 screen) {
    if (measure_.mode() != MeasureMode::off) {
      measure_.add_point(view_.to_world(screen));
      return;
    }
    highlight_ = pick(map_, view_, screen);
    if (highlight_)
      state_.identified = identify(map_, *highlight_);
    else
      state_.identified.reset();
    sketch_->select(view_, screen);
  }

  void update_cursor(Point2 screen) {
    mouse_ = screen;
    Point2 w = view_.to_world(screen);
    state_.cursor_world =
        "X " + format_number(w.x, 2) + "  Y " + format_number(w.y, 2) + "  " + map_.crs.label();
    if (map_.geodesic) {
      std::vector<double> xy = {w.x, w.y};
      map_.geodesic->to_lonlat(xy);
      state_.cursor_lonlat = format_lonlat(xy[0], xy[1]);
    }
    measure_.set_cursor(w);
  }

  void fly_to(const Box& box) {
    ViewTransform to = ViewTransform::fit(box, view_.width(), view_.height(), 0.15);
    to.set_metres_per_pixel(std::max(to.metres_per_pixel(), 0.1));
    flight_ = Flight{view_, to, std::chrono::steady_clock::now()};
  }

  void animate() {
    if (!flight_) return;
    double t =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - flight_->start).count() /
        0.6;
    view_ = interpolate(flight_->from, flight_->to, t);
    if (t >= 1.0) flight_.reset();
    update_cursor(mouse_);
  }

  FrameOptions frame_options() const {
    FrameOptions o;
    // The north arrow and scale bar stand beside the sketch panel, not under it.
    double right = sketch_->open() && !sketch_->panel_rect().empty() ? sketch_->panel_rect().minx
                                                                     : double(view_.width());
    o.decorations.area = {0, 0, right, double(view_.height() - 30)};
    // While sketching the legend would stand over the map the sketch is drawn on; the layer
    // list keeps the swatches.
    o.decorations.legend = state_.map_legend && !sketch_->open();
    o.highlight = highlight_;
    o.measure_mode = measure_.mode();
    o.measure_shape = measure_.shape();
    o.sketch = sketch_drawing_;
    return o;
  }

  // The map between the left-hand panels and the sketch panel, above the status bar.
  Box free_map() const {
    const Box& panel = sketch_->panel_rect();
    double right = panel.empty() ? view_.width() : panel.minx - 10.0;
    return {320.0, 10.0, std::max(right, 330.0), view_.height() - 40.0};
  }

  void frame(float dt) {
    auto start = std::chrono::steady_clock::now();
    window_.setActive(true);
    window_.clear(kBackground);
    sketch_drawing_ = &sketch_->drawing();
    canvas_->draw(window_, map_, view_, frame_options());
    state_.measure_mode = measure_.mode();
    state_.measurement.reset();
    if (measure_.mode() != MeasureMode::off && map_.geodesic)
      state_.measurement = measure_.measure(*map_.geodesic);
    state_.scale = "比例尺约 " + format_scale(scale_denominator(view_.metres_per_pixel(), 96.0)) +
                   "（按 96 dpi）";
    gui_->new_frame(window_, dt);
    state_.sketching = sketch_->open();
    act(draw_panels(map_, state_, 1.0f));
    if (std::optional<Box> keep = sketch_->draw_panel(1.0f)) {
      ViewTransform clear = keeping_inside(view_, *keep, free_map());
      if (clear.centre().x != view_.centre().x || clear.centre().y != view_.centre().y ||
          clear.metres_per_pixel() != view_.metres_per_pixel())
        flight_ = Flight{view_, clear, std::chrono::steady_clock::now()};
    }
    gui_->render(window_);
    window_.display();
    if (canvas_->renderer().refining()) redraw_ = std::max(redraw_, 2);
    state_.frame_ms =
        std::chrono::duration<float, std::milli>(std::chrono::steady_clock::now() - start).count();
  }

  void act(const PanelActions& a) {
    if (a.home) fly_to(map_.extent);
    if (a.fly_to) fly_to(*a.fly_to);
    if (a.save_png) save_map_png();
    if (a.measure) measure_.start(*a.measure), sketch_->hide();
    if (a.sketch) {
      if (sketch_->open()) {
        sketch_->hide();
      } else {
        measure_.cancel();
        sketch_->show();
      }
    }
    if (a.close_identify) highlight_.reset(), state_.identified.reset();
    if (a.zoom_to_identified && highlight_)
      fly_to(map_.layers[highlight_->layer].data.box(highlight_->feature));
    if (a.fly_to || a.home || a.measure || a.zoom_to_identified || a.sketch) redraw_ = 3;
  }

  // P: the map of the current view as `landplan render` would draw it, without the panels.
  void save_map_png() {
    sf::RenderTexture texture;
    sf::ContextSettings context;
    context.antialiasingLevel = 4;  // a picture to keep: smooth edges are worth the one frame
    std::string path = "landplan-map-" + timestamp() + ".png";
    if (texture.create(view_.width(), view_.height(), context)) {
      texture.clear(kBackground);
      FrameOptions o = frame_options();
      o.decorations.area = {0, 0, double(view_.width()), double(view_.height())};
      o.decorations.legend = true;
      o.decorations.scale_dpi = 96.0;
      do {  // a saved map is complete: no stand-ins for chunks still being built
        texture.clear(kBackground);
        canvas_->draw(texture, map_, view_, o);
      } while (canvas_->renderer().refining());
      texture.display();
      state_.message = save_png(texture.getTexture().copyToImage(), path, 96.0)
                           ? "已保存 " + path
                           : "无法保存 " + path;
    }
    window_.setActive(true);
    redraw_ = 3;
  }

  // F12: the whole window with its panels (LANDPLAN_SCREENSHOT names the file).
  void save_screenshot(std::string path = "") {
    const char* env = std::getenv("LANDPLAN_SCREENSHOT");
    if (path.empty()) path = env && *env ? env : "landplan-screen-" + timestamp() + ".png";
    sf::Texture texture;
    texture.create(window_.getSize().x, window_.getSize().y);
    texture.update(window_);
    bool ok = texture.copyToImage().saveToFile(path);
    std::cerr << "landplan: " << (ok ? "saved " : "could not save ") << path << "\n";
  }

  // --script: the steps as events, then the window closes.
  int run_script() {
    std::vector<ScriptStep> steps;
    try {
      steps = read_script(options_.script);
    } catch (const InputError& error) {
      std::cerr << "landplan: " << error.what() << "\n";
      return 2;
    }
    frame(1.0f / 60);
    int code = viewer::run_script(steps, *this, options_.script.string());
    window_.close();
    return code;
  }

  void feed(const sf::Event& event) override {
    handle(event);
    animate_to_end();
  }
  double draw_frame() override {
    auto start = std::chrono::steady_clock::now();
    frame(1.0f / 60);
    glFinish();  // the frame drawn, not just queued
    animate_to_end();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
  }
  SketchSession& sketch() override { return *sketch_; }
  void look_at(Point2 centre, double metres_per_pixel) override {
    view_.set_centre(centre);
    view_.set_metres_per_pixel(metres_per_pixel);
    flight_.reset();
  }
  std::pair<unsigned, unsigned> window_size() const override {
    return {view_.width(), view_.height()};
  }
  void screenshot(const std::string& path) override { save_screenshot(path); }

  // A script does not wait for flights: the view it asked for is there at once.
  void animate_to_end() {
    if (!flight_) return;
    view_ = flight_->to;
    flight_.reset();
    update_cursor(mouse_);
  }

  int bench() {
    BenchReport report = base_report(map_, "view", view_.width(), view_.height());
    report.gpu_setup_s = gpu_setup_s_;
    auto timed = [this](const ViewTransform& v) {
      auto start = std::chrono::steady_clock::now();
      view_ = v;
      frame(1.0f / 60);
      glFinish();
      return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
          .count();
    };
    report.first_frame_ms = timed(view_);
    std::vector<double> times;
    for (const ViewTransform& v :
         bench_path(map_.extent, view_.width(), view_.height(), options_.bench_frames)) {
      sf::Event event;
      while (window_.pollEvent(event)) {
      }
      times.push_back(timed(v));
    }
    report.frames = times.size();
    report.stats = summarise(times);
    report.rss_mib = resident_mib();
    std::cout << describe(report);
    window_.close();
    return 0;
  }

  struct Flight {
    ViewTransform from, to;
    std::chrono::steady_clock::time_point start;
  };

  MapModel& map_;
  ViewerOptions options_;
  sf::RenderWindow window_;
  std::unique_ptr<MapCanvas> canvas_;
  std::unique_ptr<ImGuiLayer> gui_;
  ViewTransform view_;
  Navigator navigator_;
  MeasureTool measure_;
  std::unique_ptr<SketchSession> sketch_;
  const SketchDrawing* sketch_drawing_ = nullptr;
  PanelState state_;
  std::optional<Hit> highlight_;
  std::optional<Flight> flight_;
  Point2 mouse_;
  int redraw_ = 3;
  double gpu_setup_s_ = 0.0;
};

}  // namespace

int run_viewer(MapModel& map, const ViewerOptions& options) {
  ViewerApp app(map, options);
  return app.run();
}

}  // namespace landplan::viewer
