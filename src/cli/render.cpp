// `landplan render PROJECT -o map.png|map.pdf|map.svg`: the map drawn on the CPU with Cairo and
// Pango (src/print), no display needed, with the same styles, labels, legend, scale bar and north
// arrow as `landplan view`; with --paper, a map sheet at a scale. --bench times the window's
// OpenGL renderer and so still needs a display.
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "map_loading.hpp"
#include "map_request.hpp"
#include "print/sheet.hpp"
#include "progress.hpp"
#include "viewer/bench_run.hpp"
#include "viewer/offscreen.hpp"

namespace landplan::cli {
namespace {

struct RenderOptions {
  std::string project, output, size = "1600x1200", bbox, layers, font, paper, scale;
  double dpi = 96.0;
  std::size_t bench = 0;
  unsigned antialias = 4;
  bool no_labels = false, no_decorations = false, lenient = false;
};

// "1:10000" or "10000".
double parse_scale(const std::string& text) {
  std::string digits = text.starts_with("1:") ? text.substr(2) : text;
  double n = 0;
  auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || ptr != digits.data() + digits.size() || !(n >= 1) || n > 1e8)
    throw InputError("--scale", "'" + text + "' is not a map scale", "write it as 1:10000");
  return n;
}

// The window's OpenGL renderer timed along a pan/zoom path (what --bench measures is the window).
int run_bench(const RenderOptions& o, unsigned width, unsigned height) {
  if (std::string problem = viewer::display_problem(); !problem.empty()) {
    std::cerr << no_display_message(problem,
                                    "--bench times OpenGL: run it as xvfb-run -a landplan render ...")
              << "\n";
    return 2;
  }
  viewer::MapModel map = load_cli_map(o.project, o.layers, width, height, o.lenient);
  viewer::RenderSettings settings;
  settings.width = width;
  settings.height = height;
  settings.dpi = o.dpi;
  settings.antialiasing = o.antialias;
  settings.labels = !o.no_labels;
  settings.decorations = !o.no_decorations;
  settings.font_file = o.font;
  std::cout << viewer::describe(viewer::bench_offscreen(map, settings, o.bench));
  return 0;
}

}  // namespace

Action add_render_command(CLI::App& app) {
  auto o = std::make_shared<RenderOptions>();
  CLI::App* command =
      app.add_subcommand("render", "Draw the project's map to a PNG, PDF or SVG (no display)");
  command->add_option("PROJECT", o->project, "project.toml")->required();
  command->add_option("-o,--output", o->output, "file to write: .png, .pdf or .svg");
  command->add_option("--size", o->size, "image size in pixels, WIDTHxHEIGHT (without --paper)")
      ->default_val("1600x1200");
  command->add_option("--paper", o->paper,
                      "a map sheet on paper: A4, A3, A2, A1 or A0, e.g. A3-landscape");
  command->add_option("--scale", o->scale,
                      "the sheet's scale, e.g. 1:10000 (default: fitted, rounded up to a standard "
                      "one)");
  command->add_option("--bbox", o->bbox, "area to show: minx,miny,maxx,maxy in the working CRS");
  command->add_option("--layers", o->layers, "project layers to draw, e.g. parcels,reservoir");
  command->add_option("--dpi", o->dpi, "resolution: scales text and symbols, sets the 1:N scale")
      ->default_val(96.0)
      ->check(CLI::Range(24.0, 1200.0));
  command->add_option("--bench", o->bench,
                      "time N frames of the window's OpenGL renderer along a pan/zoom path "
                      "(needs a display)");
  command->add_option("--antialias", o->antialias, "smooth edges; 0 = off")->default_val(4u);
  command->add_option("--font", o->font, "font file for text (default: fontconfig's CJK font)");
  command->add_flag("--no-labels", o->no_labels, "draw no labels");
  add_lenient_flag(*command, o->lenient);
  command->add_flag("--no-decorations", o->no_decorations,
                    "no title, legend, scale bar, north arrow");
  return [o] {
    if (o->output.empty() && o->bench == 0) {
      throw InputError("render", "needs an output file", "add -o map.png (or .pdf, .svg)");
    }
    if (!o->output.empty() && !print::output_of(o->output)) {
      throw InputError(o->output, "is not a .png, .pdf or .svg file name",
                       "name the output map.png, map.pdf or map.svg");
    }
    if (!o->scale.empty() && o->paper.empty()) {
      throw InputError("--scale", "needs --paper", "add --paper A3 (or A4, A2, A1, A0)");
    }
    auto [width, height] = parse_size(o->size);
    print::SheetOptions sheet;
    sheet.paper = o->paper;
    if (!o->scale.empty()) sheet.scale = parse_scale(o->scale);
    if (!o->bbox.empty()) sheet.bbox = parse_bbox(o->bbox);
    sheet.dpi = o->dpi;
    sheet.width = width;
    sheet.height = height;
    sheet.labels = !o->no_labels;
    sheet.decorations = !o->no_decorations;
    sheet.antialias = o->antialias > 0;
    sheet.font_file = o->font;
    print::check_options(sheet);
    if (o->bench > 0) {
      if (int code = run_bench(*o, width, height); code != 0 || o->output.empty()) return code;
    }
    auto start = std::chrono::steady_clock::now();
    viewer::MapModel map =
        load_cli_map(o->project, o->layers, width, height, o->lenient, /*meshes=*/false);
    auto loaded = std::chrono::steady_clock::now();
    print::SheetResult result;
    {
      TerminalProgress progress("render");
      sheet.progress = progress.callback();
      result = print::write_sheet(map, sheet, o->output);
    }
    if (isatty(STDERR_FILENO)) {
      std::chrono::duration<double> load_s = loaded - start,
                                    draw_s = std::chrono::steady_clock::now() - loaded;
      std::cerr << "landplan: wrote " << o->output << " (1:" << std::lround(result.scale)
                << (o->paper.empty() ? ", " + o->size : ", " + o->paper) << "; loaded in "
                << std::fixed << std::setprecision(1) << load_s.count() << " s (read "
                << map.times.read_s << " s, prepared " << map.times.prepare_s << " s, plan "
                << load_s.count() - map.times.read_s - map.times.prepare_s << " s), drawn in "
                << draw_s.count() << " s)\n";
    }
    return 0;
  };
}

}  // namespace landplan::cli
