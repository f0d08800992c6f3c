// `landplan view PROJECT`: the interactive map window.
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "map_loading.hpp"
#include "map_request.hpp"
#include "viewer/offscreen.hpp"
#include "viewer/viewer_app.hpp"
#include "viewer/window_place.hpp"

namespace landplan::cli {
namespace {

struct ViewOptions {
  std::string project, size = "1400x900", layers, font, script;
  std::size_t bench = 0;
  int antialias = -1;  // auto
  bool lenient = false;
};

}  // namespace

Action add_view_command(CLI::App& app) {
  auto o = std::make_shared<ViewOptions>();
  CLI::App* command = app.add_subcommand("view", "Open the project's map in a window");
  command->add_option("PROJECT", o->project, "project.toml")->required();
  CLI::Option* size = command->add_option(
      "--size", o->size, "window size, WIDTHxHEIGHT (default: the size it had when last closed)");
  command->add_option("--layers", o->layers, "project layers to show, e.g. parcels,reservoir");
  command->add_option("--bench", o->bench,
                      "render N frames along a pan/zoom path, print timings, close");
  command->add_option("--antialias", o->antialias,
                      "multisampling level (0 = off; default 4, or 0 on a software renderer)");
  command->add_option("--font", o->font, "font file for labels (default: fontconfig's CJK font)");
  command->add_option("--script", o->script,
                      "run input steps from FILE instead of a person (see README), then close");
  add_lenient_flag(*command, o->lenient);
  return [o, size] {
    // A size given is used as given; else the one the window had when last closed.
    std::optional<std::filesystem::path> size_file = viewer::size_file();
    if (!size->count() && size_file) {
      if (auto remembered = viewer::remembered_size(*size_file))
        o->size = std::to_string(remembered->first) + "x" + std::to_string(remembered->second);
    }
    auto [width, height] = parse_size(o->size);
    // Checked before loading, so a planner on a bare server learns it at once.
    if (std::string problem = viewer::display_problem(); !problem.empty()) {
      std::cerr << no_display_message(
                       problem, "use landplan render " + o->project + " -o map.png for a picture")
                << "\n";
      return 2;
    }
    viewer::MapModel map = load_cli_map(o->project, o->layers, width, height, o->lenient);
    viewer::ViewerOptions options;
    options.width = width;
    options.height = height;
    options.bench_frames = o->bench;
    // Mesa's software renderer would spend 4× per frame on multisampling: smooth edges there
    // are not worth a sluggish map.
    options.antialiasing = o->antialias >= 0 ? unsigned(o->antialias)
                           : viewer::is_software_renderer(viewer::gl_renderer()) ? 0u
                                                                                 : 4u;
    options.font_file = o->font;
    options.script = o->script;
    // Benches and scripts are not a person resizing the window: nothing to remember.
    if (o->bench == 0 && o->script.empty()) options.size_file = size_file;
    return viewer::run_viewer(map, options);
  };
}

}  // namespace landplan::cli
