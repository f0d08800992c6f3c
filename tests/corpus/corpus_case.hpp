// The hostile-input corpus: one case = an input built in a temp folder, the CLI arguments, and
// the exact behaviour expected (exit code, what stderr says, the areas when a result is due).
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "support/fixtures.hpp"
#include "support/layer_from_wkt.hpp"  // square_wkt, which the corpus cases write

namespace landplan::test::corpus {

// Builds the input in `dir` and returns the CLI arguments that read it.
using Setup = std::function<std::vector<std::string>(const TempDir& dir)>;

struct CorpusCase {
  std::string name;  // also the GoogleTest name: letters, digits and _ only
  Setup setup;
  int exit_code = 0;                    // 2 = bad input, 0 = a result (maybe with warnings)
  std::vector<std::string> stderr_has;  // each must appear in stderr
  // For `area --format csv`: the area_m2 of each row in order (nullopt = left empty).
  std::optional<std::vector<std::optional<double>>> areas_m2 = std::nullopt;
  double tolerance = 1e-6;  // relative, for areas_m2
  // Further checks after the run: the files left in `dir` (the user's untouched, the output's
  // field types as GDAL reads them back), or what the run must never print.
  std::function<void(const TempDir& dir, const RunResult& result)> after = nullptr;
};

// An `after` check: each of `wanted` must appear in stdout.
std::function<void(const TempDir&, const RunResult&)> stdout_has(std::vector<std::string> wanted);

// Runs the case and checks it: no crash (exit < 3, no signal), every stderr line starts
// "landplan: ", a bad input gives exactly one line, then the case's own expectations.
void check_case(const CorpusCase& c);

inline constexpr double kX = 500000, kY = 4400000;  // on the central meridian 120°E

// The arguments for an exact planar area in EPSG:4549, CSV out.
std::vector<std::string> planar_area(const std::string& source);

// The same case run with --lenient: a data fault then becomes a warning and the command goes on.
Setup lenient(Setup setup);

// Writes `text` to `path`; copies a checked-in file of tests/corpus/cases/ into `dir`.
void write_text(const std::string& path, const std::string& text);
std::string copy_case_file(const TempDir& dir, const std::string& name);

// A small polygon shapefile `<dir>/<name>.shp` in EPSG:4549: `count` 10 m squares with a text
// field `name` = 村一 (written in `encoding`, e.g. "UTF-8" or "CP936").
std::string write_squares_shapefile(const TempDir& dir, const std::string& name, int count,
                                    const std::string& encoding);

inline void PrintTo(const CorpusCase& c, std::ostream* out) {
  *out << c.name;
}

}  // namespace landplan::test::corpus
