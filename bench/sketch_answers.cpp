// The live answers of a drawn site, timed by phase outside the window: what the worker thread of
// `landplan view` spends after each edit (viewer/live_answers.hpp), for finding where it goes.
// Usage: sketch_answers PROJECT TARGET X Y RADIUS_M VERTICES [REPEATS]
//   a circle of VERTICES around (X, Y) in the working CRS, as a site of layer TARGET.
#include <gdal.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <string>

#include "landplan/plan/candidate.hpp"
#include "phase_timer.hpp"
#include "viewer/live_answers.hpp"
#include "viewer/map_model.hpp"
#include "viewer/plan_layers.hpp"
#include "viewer/sketch_site.hpp"

using namespace landplan;
using landplan::bench::Clock;
using landplan::bench::since;

int main(int argc, char** argv) {
  if (argc < 7) {
    std::fprintf(stderr, "usage: %s PROJECT TARGET X Y RADIUS_M VERTICES [REPEATS]\n", argv[0]);
    return 2;
  }
  GDALAllRegister();
  auto start = Clock::now();
  viewer::LoadOptions load;
  load.meshes = false;
  viewer::MapModel map = viewer::load_map(argv[1], load);
  std::printf("load %.3f s\n", since(start));
  std::string target = argv[2];
  double x = std::atof(argv[3]), y = std::atof(argv[4]), r = std::atof(argv[5]);
  int n = std::atoi(argv[6]), repeats = argc > 7 ? std::atoi(argv[7]) : 5;
  std::vector<viewer::Point2> ring;
  for (int i = 0; i < n; ++i) {
    double t = 2 * std::numbers::pi * i / n;
    ring.push_back({x + r * std::cos(t), y + r * std::sin(t)});
  }
  Layer site = viewer::sketch_layer(map, ring, {.target = target, .name = "测试", .village = {}});
  plan::PlanInputs inputs(map.project, viewer::project_layers(map));
  for (int k = 0; k < repeats; ++k) {
    Warnings warnings(true);
    auto t0 = Clock::now();
    plan::Occupation occupied = plan::occupation(inputs, site, nullptr, ops::AreaMethod::ellipsoidal, warnings);
    double t_occupy = since(t0);
    auto t1 = Clock::now();
    plan::RuleCheck rules = plan::check_rules_for(inputs, site, target, ops::AreaMethod::ellipsoidal, warnings);
    double t_rules = since(t1);
    auto t2 = Clock::now();
    plan::Controls controls = plan::check_controls_for(inputs, site, ops::AreaMethod::ellipsoidal, warnings);
    double t_controls = since(t2);
    auto t3 = Clock::now();
    viewer::SketchAnswer a = viewer::answer(inputs, {.revision = 1, .site = site, .target = target});
    std::printf("occupation %.1f ms  rules %.1f ms  controls %.1f ms  answer %.1f ms  (%.2f ha, %zu violations)\n",
                t_occupy * 1e3, t_rules * 1e3, t_controls * 1e3, since(t3) * 1e3,
                a.answers.area_m2 / 1e4, a.answers.rules.violations.size());
  }
  return 0;
}
