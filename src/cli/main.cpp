// landplan: the command-line entry point. One boundary maps every failure to an exit code and
// a one-line message: 0 ok, 1 planning rules violated, 2 bad input or usage, 3 internal error.
#include <gdal_priv.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "landplan/error.hpp"
#include "landplan/secrets.hpp"

int main(int argc, char** argv) {
  CLI::App app{"landplan — plan land and project zones: areas in mu, overlaps, maps"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "landplan 0.1.0");
  using namespace landplan::cli;
  const std::vector<std::pair<std::string, Action>> commands = {
      {"info", add_info_command(app)},
      {"area", add_area_command(app)},
      {"export", add_export_command(app)},
      {"overlap", add_overlap_command(app)},
      {"coverage", add_coverage_command(app)},
      {"report", add_report_command(app)},
      {"check", add_check_command(app)},
      {"view", add_view_command(app)},
      {"render", add_render_command(app)},
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 repeats the arguments it did not expect, a connection string among them maybe.
    std::cerr << "landplan: " << landplan::mask_passwords(e.what()) << " — see landplan --help\n";
    return 2;
  }
  try {
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
