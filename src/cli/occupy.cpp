// `landplan occupy CANDIDATES --project P`: what each candidate polygon occupies — the control
// lines, 耕地 by code and slope grade, land by first-level class, villages — in m², ha and mu.
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/plan/occupation.hpp"
#include "landplan/report/area_tables.hpp"
#include "landplan/report/occupation_tables.hpp"

namespace landplan::cli {
namespace {

struct OccupyOptions {
  std::string candidates, project, by, method;
  ReadFlags read;
  FormatFlags output;
};

// What the occupation is measured against: the first project layer of each role it reads.
std::vector<std::string> measured_against(const Project& project) {
  std::vector<std::string> keys;
  for (Role role : {Role::parcels, Role::basic_farmland, Role::ecological_redline,
                    Role::development_boundary}) {
    if (const LayerSpec* spec = project.find_layer(std::string(name_of(role))))
      keys.push_back(spec->key);
  }
  return keys;
}

void require_polygons(const Layer& candidates) {
  bool any = false;
  for (std::size_t f = 0; f < candidates.size() && !any; ++f) any = !candidates.is_null(f);
  if (candidates.kind == GeometryKind::polygon && any) return;
  std::string what =
      candidates.kind == GeometryKind::polygon || candidates.kind == GeometryKind::none
          ? "has no polygons"
          : "is a " + std::string(kind_name(candidates.kind)) + " layer";
  throw InputError(place(candidates.source, candidates.name), what,
                   "occupy measures polygons: give the layer of the sites' outlines");
}

}  // namespace

Action add_occupy_command(CLI::App& app) {
  auto o = std::make_shared<OccupyOptions>();
  CLI::App* command = app.add_subcommand(
      "occupy", "What candidate sites occupy: control lines, 耕地, land use, villages");
  command->add_option("CANDIDATES", o->candidates, "SOURCE[:LAYER], or a layer of --project")
      ->required();
  command->add_option("--project", o->project, "project.toml with the parcels and control lines")
      ->required();
  command->add_option("--by", o->by, "field of the candidates to name them by (default: name)");
  add_method_flag(*command, o->method);
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->output);
  return [o] {
    report::Format format = tables_format(o->output);
    ops::AreaMethod method = parse_method_flag(o->method);
    report::AreaColumns units = report::AreaColumns::for_format("", format);
    Warnings warnings(o->read.lenient);
    Project project = load_project(o->project, warnings);
    std::vector<std::string> refs = measured_against(project);
    refs.insert(refs.begin(), o->candidates);
    std::vector<Layer> layers = load_layers(refs, &project, o->read, warnings);
    Layer candidates = std::move(layers.front());
    layers.erase(layers.begin());
    require_polygons(candidates);
    if (layers.empty()) {
      warnings.push_back(o->project +
                         ": has no parcels and no control lines — only each "
                         "candidate's total is given; add layers with role parcels, "
                         "basic_farmland, ecological_redline or development_boundary");
    }
    plan::PlanInputs inputs(project, std::move(layers));
    const Column* name =
        o->by.empty() ? inputs.field(candidates, "name") : &candidates.field(o->by, "--by");
    plan::Occupation occupation = plan::occupation(inputs, candidates, name, method, warnings);
    report::Table table = report::occupation_table(occupation, units);
    report::add_measuring_meta(table, method, landplan::Engine::local, candidates.crs);
    table.meta["candidates"] = place(candidates.source, candidates.name);
    table.meta["project"] = project.file.string();
    print_warnings(warnings);
    print_table(std::move(table), o->output, warnings, "占地");
    return 0;
  };
}

}  // namespace landplan::cli
