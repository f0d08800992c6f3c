// The landplan subcommands: each registers its options and returns the action to run.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace landplan::cli {

using Action = std::function<int()>;  // returns the exit code

Action add_info_command(CLI::App& app);
Action add_init_command(CLI::App& app);
Action add_area_command(CLI::App& app);
Action add_length_command(CLI::App& app);
Action add_landuse_command(CLI::App& app);
Action add_audit_command(CLI::App& app);
Action add_export_command(CLI::App& app);
Action add_overlap_command(CLI::App& app);
Action add_coverage_command(CLI::App& app);
Action add_occupy_command(CLI::App& app);
Action add_report_command(CLI::App& app);
Action add_check_command(CLI::App& app);
Action add_view_command(CLI::App& app);
Action add_render_command(CLI::App& app);

}  // namespace landplan::cli
