// What every landplan subcommand shares: reading options, loading a layer, printing results.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "landplan/crs.hpp"
#include "landplan/error.hpp"
#include "landplan/io/read.hpp"
#include "landplan/layer.hpp"
#include "landplan/ops/area.hpp"
#include "landplan/ops/engine.hpp"
#include "landplan/project.hpp"
#include "landplan/report/table.hpp"

namespace landplan::cli {

// Options of every command that reads data.
struct ReadFlags {
  std::optional<std::string> crs;         // --crs: working CRS
  std::optional<std::string> assume_crs;  // --assume-crs: for sources without one, or GCJ-02
  std::string source_encoding;  // --source-encoding: e.g. GBK
  bool lenient = false;         // --lenient: data faults become warnings (Warnings::fault)
  // Not a flag: false under --engine postgis, where the server reads the geometry itself.
  bool geometry = true;
};
void add_read_flags(CLI::App& command, ReadFlags& flags);
// --lenient alone, for commands without the other read flags (view, render).
void add_lenient_flag(CLI::App& command, bool& lenient);
// --crs as a CRS, empty when not given (a given "" is an error, not absence).
Crs working_crs_flag(const ReadFlags& flags);
// How to read a dataset given on the command line: --assume-crs (a CRS, or GCJ-02),
// --source-encoding, and whether geometry is read.
io::ReadOptions read_options(const ReadFlags& flags);

// "a, b or c": how help texts and messages list choices.
std::string one_of(const std::vector<std::string>& choices);

// An option taking one of `choices` (the first is the default). Anything else fails parsing
// with "FLAG: 'x' is not one of a, b or c", so every --format error lists the command's own set.
void add_choice_option(CLI::App& command, const std::string& flag, std::string& value,
                       const std::vector<std::string>& choices);

// --format table|md|csv|json: the printed tables of every command but export.
void add_format_flag(CLI::App& command, std::string& format);
report::Format parse_format_flag(const std::string& format);

bool is_project_file(const std::string& source);

// --method ellipsoidal|planar (ellipsoidal by default).
void add_method_flag(CLI::App& command, std::string& method);
ops::AreaMethod parse_method_flag(const std::string& method);

// --engine local|postgis: where areas, overlaps and coverage are computed.
void add_engine_flag(CLI::App& command, std::string& engine);
// The engine an --engine value names; the layers are then read with their geometry only when
// the engine needs it.
std::unique_ptr<ops::Engine> open_engine(const std::string& engine, ReadFlags& read);

// Reads `layer_name` of SOURCE, where SOURCE is a GDAL dataset or a project.toml (then the name
// is a project layer key or role, and is required).
Layer load_layer(const std::string& source, const std::string& layer_name, const ReadFlags& flags,
                 Warnings& warnings);

// Reads layers given as `SOURCE[:LAYER]` or, when `project` names a project.toml, as its layer
// keys or roles, into one working CRS (--crs, the project's, or chosen from the data).
std::vector<Layer> load_layers(const std::vector<std::string>& refs, const std::string& project,
                               const ReadFlags& flags, Warnings& warnings);
// The same with the project already loaded (nullptr: none).
std::vector<Layer> load_layers(const std::vector<std::string>& refs, const Project* project,
                               const ReadFlags& flags, Warnings& warnings);

// Prints the warnings to stderr, one line each, and, when data faults were passed over under
// --lenient, a last line saying the results may be wrong.
void print_warnings(const Warnings& warnings);

// Writes the table to stdout in the format chosen.
void print_table(const report::Table& table, report::Format format);

}  // namespace landplan::cli
