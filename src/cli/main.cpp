// landplan: the command-line entry point. One boundary maps every failure to an exit code and
// a one-line message: 0 ok, 1 planning rules violated, 2 bad input or usage, 3 internal error.
#include <cpl_error.h>
#include <gdal_priv.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "landplan/error.hpp"
#include "landplan/secrets.hpp"
#include "landplan/text.hpp"

namespace {

using Commands = std::vector<std::pair<std::string, landplan::cli::Action>>;

// What went wrong on the command line, and where to look: without a known command CLI11 says
// only "A subcommand is required", so the commands are listed.
std::string usage_error(const CLI::App& app, const Commands& commands, int argc, char** argv,
                        const CLI::ParseError& e) {
  if (const auto given = app.get_subcommands(); !given.empty()) {
    return std::string(e.what()) + " — see landplan " + given.front()->get_name() + " --help";
  }
  std::string names;
  for (const auto& command : commands) names += (names.empty() ? "" : ", ") + command.first;
  std::string remedy = " — the commands are: " + names + " (landplan COMMAND --help)";
  for (int i = 1; i < argc; ++i) {
    if (argv[i][0] != '-') return "'" + std::string(argv[i]) + "' is not a command" + remedy;
  }
  return std::string(e.what()) + remedy;  // "A subcommand is required", an unknown --flag…
}

// GDAL prints "ERROR 1: …" on stderr for anything no reader or writer collected itself (those
// report GDAL's messages with the file they concern); this is the net under them.
void CPL_STDCALL report_gdal_message(CPLErr level, CPLErrorNum, const char* message) {
  if (level < CE_Warning || !message) return;
  std::cerr << "landplan: warning: GDAL: " << landplan::mask_passwords(landplan::one_line(message))
            << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"landplan — plan land and project zones: areas in mu, overlaps, maps"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "landplan 0.1.0");
  using namespace landplan::cli;
  const Commands commands = {
      {"info", add_info_command(app)},       {"init", add_init_command(app)},
      {"area", add_area_command(app)},       {"export", add_export_command(app)},
      {"overlap", add_overlap_command(app)}, {"coverage", add_coverage_command(app)},
      {"report", add_report_command(app)},   {"check", add_check_command(app)},
      {"view", add_view_command(app)},       {"render", add_render_command(app)},
      {"landuse", add_landuse_command(app)}, {"audit", add_audit_command(app)},
      {"occupy", add_occupy_command(app)},   {"length", add_length_command(app)},
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 repeats the arguments it did not expect, a connection string among them maybe.
    std::cerr << "landplan: " << landplan::mask_passwords(usage_error(app, commands, argc, argv, e))
              << "\n";
    return 2;
  }
  try {
    CPLSetErrorHandler(report_gdal_message);
    GDALAllRegister();
    for (const auto& [name, action] : commands)
      if (app.got_subcommand(name)) return action();
    return 2;
  } catch (const landplan::InputError& e) {
    std::cerr << "landplan: " << e.what() << "\n";
    return 2;
  } catch (const std::filesystem::filesystem_error& e) {
    // A path the user gave that the system refuses (a symbolic-link loop, no permission): bad
    // input, not a bug in landplan.
    std::cerr << "landplan: " << landplan::mask_passwords(e.path1().string()) << ": "
              << e.code().message() << " — check the path\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "landplan: internal error: " << landplan::mask_passwords(e.what())
              << " — please report it with the command you ran\n";
    return 3;
  }
}
