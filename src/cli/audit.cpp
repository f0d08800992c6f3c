// `landplan audit SOURCE`: the hand-over checks of a 三调 land-use layer (DLTB), one row per
// finding; exit 1 when there is any.
#include "landplan/plan/audit.hpp"

#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/io/read.hpp"
#include "landplan/plan/land_schema.hpp"
#include "landplan/report/audit_tables.hpp"
#include "landplan/text.hpp"

namespace landplan::cli {
namespace {

// The layer names of a 三调 database (GeoPackage, FileGDB, a folder of shapefiles).
constexpr std::string_view kLandUseLayer = "DLTB";
constexpr std::string_view kVillageLayer = "CJDCQ";

struct AuditOptions {
  std::string source, layer, project;
  ReadFlags read;
  FormatFlags output;
};

// The parcels (first) and the village survey areas, if any, in one working CRS, with the field
// mappings of their project layers.
struct AuditInput {
  std::vector<Layer> layers;
  std::map<std::string, std::string> parcel_fields, village_fields;
};

// `parcels` "" is the project's parcels layer (by role).
AuditInput from_project(const std::string& project_file, std::string parcels,
                        const ReadFlags& flags, Warnings& warnings) {
  Project project = load_project(project_file, warnings);
  if (parcels.empty()) {
    const LayerSpec* by_role = project.find_layer(std::string(name_of(Role::parcels)));
    if (!by_role) {
      throw InputError(project_file, "has no parcels layer",
                       "choose its land-use layer with --layer");
    }
    parcels = by_role->key;
  }
  std::vector<std::string> refs{parcels};
  const LayerSpec* villages = project.find_layer(std::string(name_of(Role::village_boundaries)));
  if (villages) refs.push_back(villages->key);
  AuditInput input;
  input.layers = load_layers(refs, &project, flags, warnings);
  if (const LayerSpec* spec = project.find_layer(parcels)) input.parcel_fields = spec->fields;
  if (villages) input.village_fields = villages->fields;
  return input;
}

// The dataset's layer called `wanted` in any case, "" when none.
std::string layer_any_case(const std::vector<std::string>& names, std::string_view wanted) {
  for (const std::string& name : names)
    if (upper_ascii(name) == wanted) return name;
  return "";
}

// A dataset: the layer asked for, else its DLTB (else its only layer); and its CJDCQ, which a
// 三调 database hands over beside DLTB.
AuditInput from_dataset(const std::string& source, const std::string& layer, const ReadFlags& flags,
                        Warnings& warnings) {
  std::vector<std::string> names = io::layer_names(source);
  std::string parcels = layer.empty() ? layer_any_case(names, kLandUseLayer) : layer;
  if (parcels.empty() && names.size() == 1) parcels = names.front();
  std::string villages = layer_any_case(names, kVillageLayer);
  // No layer chosen: reading the dataset says which layers it has.
  std::vector<std::string> refs{parcels.empty() ? source : source + ":" + parcels};
  if (!villages.empty() && upper_ascii(villages) != upper_ascii(parcels)) {
    refs.push_back(source + ":" + villages);
  }
  return {load_layers(refs, nullptr, flags, warnings), {}, {}};
}

AuditInput load_input(const AuditOptions& o, Warnings& warnings) {
  if (!o.project.empty()) {
    if (is_project_file(o.source)) {
      throw InputError("--project", "given with a project as SOURCE",
                       "give the project once: audit P --layer L, or audit L --project P");
    }
    return from_project(o.project, o.source, o.read, warnings);
  }
  if (is_project_file(o.source)) return from_project(o.source, o.layer, o.read, warnings);
  return from_dataset(o.source, o.layer, o.read, warnings);
}

report::Heading heading(const Layer& parcels, const Layer* villages) {
  report::Heading meta = {{"layer", place(parcels.source, parcels.name)}};
  if (villages) meta.push_back({"villages", place(villages->source, villages->name)});
  meta.push_back({"method", std::string(ops::method_name(ops::AreaMethod::ellipsoidal))});
  meta.push_back({"crs", parcels.crs.label()});
  return meta;
}

}  // namespace

Action add_audit_command(CLI::App& app) {
  auto o = std::make_shared<AuditOptions>();
  CLI::App* command = app.add_subcommand(
      "audit",
      "Check a 三调 land-use layer (DLTB) for hand-over: areas, codes, geometry, villages");
  command->add_option("SOURCE", o->source, "GDAL dataset, project.toml, or a layer of --project")
      ->required();
  command->add_option("--layer", o->layer,
                      "layer of the dataset (default DLTB), or of the project (default: its "
                      "parcels)");
  command->add_option("--project", o->project,
                      "project.toml whose layers SOURCE may name; its village_boundaries layer "
                      "gives the CJDCQ polygons");
  add_read_flags(*command, o->read);
  add_format_flags(*command, o->output);
  return [o] {
    report::Format format = tables_format(o->output);
    Warnings warnings(o->read.lenient);
    AuditInput input = load_input(*o, warnings);
    const Layer& parcels = input.layers.front();
    if (parcels.size() == 0) {
      throw InputError(place(parcels.source, parcels.name), "has no features",
                       "check that the right layer was chosen");
    }
    plan::LandSchema schema = plan::land_schema(parcels, input.parcel_fields);
    const Layer* village_layer = input.layers.size() > 1 ? &input.layers[1] : nullptr;
    std::optional<plan::VillageAreas> villages;
    if (village_layer) {
      villages.emplace(plan::VillageAreas{*village_layer,
                                          plan::land_schema(*village_layer, input.village_fields)});
    }
    plan::Audit audit =
        plan::audit_landuse(parcels, schema, villages ? &*villages : nullptr, warnings);
    print_warnings(warnings);
    report::Table findings = report::audit_findings_table(audit);
    if (format == report::Format::csv) {
      print_table(std::move(findings), o->output, warnings, "");
    } else {
      print_tables({findings, report::audit_summary_table(audit)}, o->output,
                   heading(parcels, village_layer), warnings);
    }
    return audit.findings.empty() ? 0 : 1;
  };
}

}  // namespace landplan::cli
