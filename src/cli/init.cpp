// `landplan init DIR [--overwrite]`: DIR/project.toml from the layers DIR holds — roles, fields
// and styles recognised from the data; the planner adds [planning], [targets] and [[rules]].
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/io/write_text.hpp"
#include "landplan/plan/init_project.hpp"

namespace landplan::cli {

namespace fs = std::filesystem;

namespace {

bool places_any(const plan::ProjectDraft& draft) {
  return std::any_of(draft.layers.begin(), draft.layers.end(),
                     [](const plan::FolderLayer& layer) { return layer.role.has_value(); });
}

// Each layer placed (source:layer → role (why); fields), then those not placed, with why.
void print_draft(const plan::ProjectDraft& draft) {
  std::cout << (places_any(draft) ? "recognised:\n" : "recognised: nothing\n");
  for (const plan::FolderLayer& layer : draft.layers) {
    if (!layer.role) continue;
    std::cout << "  " << layer.source << ":" << layer.layer << " → " << name_of(*layer.role) << " ("
              << layer.why << ")";
    std::string fields;
    for (const auto& [meaning, field] : layer.fields)
      fields += (fields.empty() ? "" : ", ") + meaning + " = " + field;
    if (!fields.empty()) std::cout << "; fields " << fields;
    std::cout << "\n";
  }
  bool none = true;
  for (const plan::FolderLayer& layer : draft.layers) {
    if (layer.role) continue;
    if (none) std::cout << "not placed (add them to project.toml by hand if they are needed):\n";
    none = false;
    std::cout << "  " << layer.source << (layer.layer.empty() ? "" : ":" + layer.layer) << ": "
              << layer.why << "\n";
  }
}

}  // namespace

Action add_init_command(CLI::App& app) {
  struct Options {
    std::string dir;
    bool overwrite = false;
    bool lenient = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "init",
      "Write DIR/project.toml from the layers in DIR (三调 DLTB, control lines, plan layers)");
  command->add_option("DIR", options->dir, "the folder of the data")->required();
  command->add_flag("--overwrite", options->overwrite, "replace an existing DIR/project.toml");
  add_lenient_flag(*command, options->lenient);
  return [options] {
    fs::path dir = options->dir;
    if (!fs::exists(dir)) throw InputError(dir.string(), "no such folder", "check the path");
    if (!fs::is_directory(dir)) {
      throw InputError(dir.string(), "is not a folder", "give the folder that holds the data");
    }
    fs::path file = dir / "project.toml";
    if (fs::exists(fs::symlink_status(file)) && !options->overwrite) {
      throw InputError(file.string(), "already exists", "add --overwrite to replace it");
    }
    Warnings warnings(options->lenient);
    plan::ProjectDraft draft = plan::draft_project(dir, warnings);
    print_warnings(warnings);
    print_draft(draft);
    if (!places_any(draft)) {
      throw InputError(
          dir.string(), "holds no layer landplan recognises",
          "name them as the 三调 does (DLTB, YJJBNTBHTB…) or write project.toml by hand");
    }
    io::write_text_file(file, plan::project_toml(draft), options->overwrite, "DIR");
    std::cout << "wrote " << file.string() << "\n";
    return 0;
  };
}

}  // namespace landplan::cli
