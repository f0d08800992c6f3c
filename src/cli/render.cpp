// `landplan render PROJECT -o map.png`: the map as a PNG, drawn offscreen (no window), with the
// same styles, labels, legend, scale bar and north arrow as `landplan view`.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "map_loading.hpp"
#include "map_request.hpp"
#include "viewer/bench_run.hpp"
#include "viewer/offscreen.hpp"
#include "viewer/png.hpp"

namespace landplan::cli {
namespace {

struct RenderOptions {
  std::string project, output, size = "1600x1200", bbox, layers, font;
  double dpi = 96.0;
  std::size_t bench = 0;
  unsigned antialias = 4;
  bool no_labels = false, no_decorations = false, lenient = false;
};

}  // namespace

Action add_render_command(CLI::App& app) {
  auto o = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand("render", "Draw the project's map to a PNG (no window)");
  command->add_option("PROJECT", o->project, "project.toml")->required();
  command->add_option("-o,--output", o->output, "PNG file to write");
  command->add_option("--size", o->size, "image size in pixels, WIDTHxHEIGHT")
      ->default_val("1600x1200");
  command->add_option("--bbox", o->bbox, "area to show: minx,miny,maxx,maxy in the working CRS");
  command->add_option("--layers", o->layers, "project layers to draw, e.g. parcels,reservoir");
  command->add_option("--dpi", o->dpi, "resolution: scales text and symbols, sets the 1:N scale")
      ->default_val(96.0)
      ->check(CLI::Range(24.0, 1200.0));
  command->add_option("--bench", o->bench,
                      "render N frames along a pan/zoom path and print timings");
  command->add_option("--antialias", o->antialias, "multisampling level (0 = off)")
      ->default_val(4u);
  command->add_option("--font", o->font, "font file for labels (default: fontconfig's CJK font)");
  command->add_flag("--no-labels", o->no_labels, "draw no labels");
  add_lenient_flag(*command, o->lenient);
  command->add_flag("--no-decorations", o->no_decorations,
                    "no title, legend, scale bar, north arrow");
  return [o] {
    if (o->output.empty() && o->bench == 0) {
      throw InputError("render", "needs an output file", "add -o map.png");
    }
    if (!o->output.empty() && !o->output.ends_with(".png") && !o->output.ends_with(".PNG")) {
      throw InputError(o->output, "is not a .png file name", "name the output *.png");
    }
    auto [width, height] = parse_size(o->size);
    std::optional<Box> bbox;
    if (!o->bbox.empty()) bbox = parse_bbox(o->bbox);
    if (std::string problem = viewer::display_problem(); !problem.empty()) {
      std::cerr << no_display_message(
                       problem, "OpenGL needs one: run it as xvfb-run -a landplan render ...")
                << "\n";
      return 2;
    }
    viewer::MapModel map = load_cli_map(o->project, o->layers, width, height, o->lenient);
    viewer::RenderSettings settings;
    settings.width = width;
    settings.height = height;
    settings.dpi = o->dpi;
    settings.antialiasing = o->antialias;
    settings.labels = !o->no_labels;
    settings.decorations = !o->no_decorations;
    settings.font_file = o->font;
    if (o->bench > 0) {
      std::cout << viewer::describe(viewer::bench_offscreen(map, settings, o->bench));
      if (o->output.empty()) return 0;
    }
    viewer::OffscreenMap offscreen(map, settings);
    viewer::ViewTransform view = bbox ? viewer::ViewTransform::fit(*bbox, width, height, 0.0)
                                      : viewer::ViewTransform::fit(map.extent, width, height);
    offscreen.draw_complete(map, view);
    if (!viewer::save_png(offscreen.image(), o->output, o->dpi)) {
      throw InputError(o->output, "could not be written",
                       "check that the folder exists and is writable");
    }
    if (isatty(STDERR_FILENO)) {
      std::cerr << "landplan: wrote " << o->output << " (" << width << "x" << height << ", "
                << o->dpi << " dpi)\n";
    }
    return 0;
  };
}

}  // namespace landplan::cli
