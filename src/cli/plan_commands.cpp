// `landplan report` (the whole plan, for people) and `landplan check` (the rules and the
// control-line checks, exit 1 when any is broken).
#include <iostream>
#include <memory>
#include <set>

#include "commands.hpp"
#include "common.hpp"
#include "progress.hpp"
#include "landplan/io/read.hpp"
#include "landplan/io/write.hpp"
#include "landplan/plan/results.hpp"
#include "landplan/report/control_tables.hpp"
#include "landplan/report/plan_document.hpp"
#include "landplan/report/plan_tables.hpp"
#include "print/report_document.hpp"
#include "viewer/map_model.hpp"
#include "viewer/plan_layers.hpp"

namespace landplan::cli {
namespace {

struct PlanOptions {
  std::string project, method;
  ReadFlags read;
  FormatFlags output;
};

plan::PlanInputs read_inputs(const Project& project, const std::vector<std::string>& keys,
                             const ReadFlags& flags, Warnings& warnings) {
  Crs working = working_crs_flag(flags);
  return plan::PlanInputs(project, io::read_project(project, keys, working, warnings));
}

report::Heading heading(const plan::PlanResults& plan, const Project& project) {
  return {{"项目", plan.project.empty() ? project.file.stem().string() : plan.project},
          {"坐标系", plan.crs},
          {"面积算法", plan.method == ops::AreaMethod::ellipsoidal ? "椭球面积 (ellipsoidal)"
                                                                 : "平面面积 (planar)"}};
}

// Like `export`: an earlier landplan_results.gpkg is replaced only with --overwrite, and the
// writer's staging folder means a killed run leaves the old file or the whole new one.
void write_results(const plan::PlanResults& plan, const PlanOptions& o, const Project& project,
                   Warnings& warnings) {
  std::vector<Layer> layers;
  for (const Layer* layer : plan.result_layers()) layers.push_back(*layer);
  io::WriteOptions options;
  options.format = io::OutputFormat::gpkg;
  options.one_dataset = "landplan_results";
  options.overwrite = o.output.overwrite;
  options.folder_option = "--out";
  for (const LayerSpec& spec : project.layers) options.inputs.push_back(spec.source);
  // On stderr: stdout holds the report itself, which may be JSON.
  for (const io::WrittenLayer& written :
       io::write_layers(layers, o.output.out, options, warnings)) {
    std::cerr << "landplan: wrote " << written.file.string() << " (" << written.features
              << " features)\n";
  }
}

// The report as a document with its maps: the plan run once, its tables and its result layers
// on the map drawn from the same results.
int write_report_document(const PlanOptions& o, print::DocumentFormat format) {
  check_format_out(o.output);
  ops::AreaMethod method = parse_method_flag(o.method);
  Warnings warnings(o.read.lenient);
  Project project = load_project(o.project, warnings);
  std::vector<Layer> layers = io::read_project(project, {}, working_crs_flag(o.read), warnings);
  plan::PlanResults plan = plan::run_plan(plan::PlanInputs(project, layers), method, warnings);
  viewer::LoadOptions load;
  load.lenient = o.read.lenient;
  load.meshes = false;  // drawn on the CPU (src/print): no GPU triangles
  viewer::MapModel map = viewer::map_of(project, std::move(layers), load);
  viewer::add_plan_results(map, plan);
  for (const std::string& warning : map.warnings) warnings.push_back(warning);
  print_warnings(warnings);
  auto meta = heading(plan, project);
  std::string name = plan.project.empty() ? project.file.stem().string() : plan.project;
  report::Document document = report::plan_document(plan, name + "规划成果报告", meta);
  TerminalProgress progress("report");
  print::write_document(std::move(document), map, format, o.output.out, o.output.overwrite,
                        progress.callback());
  std::cerr << "landplan: wrote " << o.output.out << "\n";
  return 0;
}

}  // namespace

Action add_report_command(CLI::App& app) {
  auto o = std::make_shared<PlanOptions>();
  CLI::App* command = app.add_subcommand("report", "The whole plan of a project, in mu");
  command->add_option("PROJECT", o->project, "project.toml")->required();
  add_method_flag(*command, o->method);
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->output,
                   "with --format xlsx|html|pdf|docx the file to write; otherwise also write the "
                   "result layers into this folder",
                   "replace the file or the results of an earlier --out", {"html", "pdf", "docx"});
  return [o] {
    if (auto document = print::document_format(o->output.format)) {
      return write_report_document(*o, *document);
    }
    tables_format(o->output);  // refuses a bad --format or --out before the work
    ops::AreaMethod method = parse_method_flag(o->method);
    Warnings warnings(o->read.lenient);
    Project project = load_project(o->project, warnings);
    plan::PlanInputs inputs = read_inputs(project, {}, o->read, warnings);
    plan::PlanResults plan = plan::run_plan(inputs, method, warnings);
    auto meta = heading(plan, project);
    for (const std::string& skipped : plan.skipped) meta.emplace_back("未分析", skipped);
    // With --format xlsx, --out is the workbook, and the result layers are not written.
    if (!o->output.out.empty() && !writes_workbook(o->output)) {
      write_results(plan, *o, project, warnings);
    }
    print_warnings(warnings);
    print_tables(report::plan_tables(plan), o->output, meta, warnings);
    return 0;
  };
}

Action add_check_command(CLI::App& app) {
  auto o = std::make_shared<PlanOptions>();
  CLI::App* command = app.add_subcommand("check", "Check the project's planning rules");
  command->add_option("PROJECT", o->project, "project.toml")->required();
  add_method_flag(*command, o->method);
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->output);
  return [o] {
    tables_format(o->output);  // refuses a bad --format or --out before the work
    ops::AreaMethod method = parse_method_flag(o->method);
    Warnings warnings(o->read.lenient);
    Project project = load_project(o->project, warnings);
    std::set<std::string> used;  // read only the layers the rules and control checks relate
    for (const Rule& rule : project.rules)
      for (const std::string& layer : rule.layers) used.insert(project.find_layer(layer)->key);
    for (ControlCheck check : control_checks()) {
      const LayerSpec* candidates =
          project.find_layer(std::string(name_of(plan::candidates_of(check))));
      const LayerSpec* line = project.find_layer(std::string(name_of(plan::line_of(check))));
      if (!project.control_on(check) || !candidates || !line) continue;
      used.insert(candidates->key);
      used.insert(line->key);
    }
    std::vector<std::string> keys(used.begin(), used.end());
    // The other layers are not read, but a project naming a source that is not there is broken:
    // "all rules pass" must not come from a project that cannot be read.
    for (const LayerSpec& spec : project.layers) {
      if (used.contains(spec.key)) continue;
      io::ReadOptions options;
      options.layer = spec.layer;
      io::describe(spec.source, options);
    }
    if (keys.empty()) {
      print_warnings(warnings);
      print_table(report::violations_table({}), o->output, warnings, "");
      return 0;
    }
    plan::PlanInputs inputs = read_inputs(project, keys, o->read, warnings);
    std::vector<plan::Violation> violations = plan::check_rules(inputs, method, warnings);
    plan::Controls controls = plan::check_controls(inputs, method, warnings);
    for (const plan::Violation& v : controls.violations()) violations.push_back(v);
    print_warnings(warnings);
    // Reported findings are no violations: they do not fail the check, and the violations table
    // (CSV and JSON for scripts) lists only violations, so they are told on stderr.
    for (const plan::ControlFinding& finding : controls.findings)
      if (!plan::forbids(finding.check))
        std::cerr << "landplan: note: " << report::finding_note(finding) << "\n";
    print_table(report::violations_table(violations), o->output, warnings, "");
    return violations.empty() ? 0 : 1;
  };
}

}  // namespace landplan::cli
