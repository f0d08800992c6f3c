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
  std::string source_encoding;            // --source-encoding: e.g. GBK
  bool lenient = false;  // --lenient: data faults become warnings (Warnings::fault)
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

// --format table|md|csv|json|xlsx, with --out FILE.xlsx and --overwrite for the workbook: what
// every command that prints tables (all but export) shares.
struct FormatFlags {
  std::string format;
  std::string out;                 // --out: the workbook of --format xlsx
  bool overwrite = false;          // --overwrite: replace an existing --out
  bool out_has_other_use = false;  // --out without xlsx means something else (report: a folder)
};
// Adds --format, --out and --overwrite. A command whose --out has a meaning of its own without
// --format xlsx passes its help texts (report: the result layers' folder); elsewhere --out
// without --format xlsx is exit 2.
// `documents` are further --format choices the command handles itself (report: html, pdf, docx).
void add_format_flags(CLI::App& command, FormatFlags& flags, const std::string& out_help = "",
                      const std::string& overwrite_help = "",
                      const std::vector<std::string>& documents = {});
// Whether the tables go into the workbook --out rather than to stdout.
bool writes_workbook(const FormatFlags& flags);
// The format the tables are built for. A workbook is for people, so xlsx builds the tables
// `table` prints (the one unit --units asks for, the wide land-use tables, audit's summary).
// Throws InputError (exit 2) for xlsx without --out, with a --out not ending in .xlsx or naming
// an existing file without --overwrite, and for --out without xlsx where it has no other use.
report::Format tables_format(const FormatFlags& flags);
// --out of a format written as one file (xlsx; report's html, pdf, docx): given, ending in
// .<format>, new unless --overwrite. Throws InputError (exit 2) before any work.
void check_format_out(const FormatFlags& flags);

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

// As load_layer, for a command that measures each feature: a layer without features is an
// InputError (exit 2), not an empty table.
Layer load_features(const std::string& source, const std::string& layer_name,
                    const ReadFlags& flags, Warnings& warnings);

// Reads layers given as `SOURCE[:LAYER]` or, when `project` names a project.toml, as its layer
// keys or roles, into one working CRS (--crs, the project's, or chosen from the data).
std::vector<Layer> load_layers(const std::vector<std::string>& refs, const std::string& project,
                               const ReadFlags& flags, Warnings& warnings);
// The same with the project already loaded (nullptr: none).
std::vector<Layer> load_layers(const std::vector<std::string>& refs, const Project* project,
                               const ReadFlags& flags, Warnings& warnings);

// The warnings as lines, and, when data faults were passed over under --lenient, a last line
// saying the results may be wrong.
std::vector<std::string> warning_lines(const Warnings& warnings);
// Prints warning_lines to stderr, one "landplan: warning: " line each.
void print_warnings(const Warnings& warnings);

// Writes the table to stdout in the format chosen.
void print_table(const report::Table& table, report::Format format);
// One table as --format asks: printed to stdout, or written as the workbook --out, whose sheet
// is named `sheet` when the table has no title. The workbook's notes sheet also holds the
// warnings: it travels without the terminal's stderr.
void print_table(report::Table table, const FormatFlags& flags, const Warnings& warnings,
                 const std::string& sheet);
// Several tables as one document under the heading `meta` (report::render_all), or the workbook
// --out with a sheet per table.
void print_tables(const std::vector<report::Table>& tables, const FormatFlags& flags,
                  const report::Heading& meta, const Warnings& warnings);

}  // namespace landplan::cli
