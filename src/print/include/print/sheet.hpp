// A map drawn without a display (Cairo + Pango, CPU only): a plain map image as `landplan render`
// always made, or a map sheet at a scale on paper, like a Chinese 专题图 (title, neat line with a
// kilometre grid, legend and notes outside the map frame, scale bar and 1:N, north arrow, CRS,
// 制图单位 and 制图日期). Drawn from the same map description as the window (viewer::MapModel, its
// styles, labels, legend and scale bar), as PNG, PDF or SVG; lines stay vectors in PDF and SVG,
// text stays text in PDF (Cairo's SVG writes glyph outlines).
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "landplan/layer.hpp"
#include "viewer/map_model.hpp"

namespace landplan::print {

enum class Output { png, pdf, svg };

// By the file's extension (any case): .png, .pdf, .svg; none for anything else.
std::optional<Output> output_of(const std::filesystem::path& file);

struct SheetOptions {
  std::string paper;              // "" = a plain map image width×height px (today's render);
                                  // else "A4".."A0", optionally "-landscape"
  std::optional<double> scale;    // 1:N denominator; none = fitted, rounded to a standard one
  std::optional<Box> bbox;        // working CRS; none = the map's extent
  double dpi = 96.0;              // raster resolution; scales text and symbols without paper
  unsigned width = 1600, height = 1200;  // without paper
  bool labels = true, decorations = true;
  bool antialias = true;          // smooth edges (off: hard pixel edges, as --antialias 0)
  std::string title;              // "" = the project's [map] title or name
  std::string font_file;          // "" = the CJK font fontconfig finds
  // Told what is being drawn and how far along (0..1), for a progress line; may be empty.
  std::function<void(const std::string& what, double done)> progress;
};

struct SheetResult {
  double scale = 0;  // the 1:N used (without paper: at `dpi`)
  Box extent;        // the ground shown in the map frame, working CRS
};

// Throws InputError for a paper name or scale the sheet cannot use: called before loading a map,
// so a typo fails at once.
void check_options(const SheetOptions& options);

// The sheet as the bytes of a PNG, PDF or SVG file (for embedding in a document). Throws
// InputError for a paper name or scale it cannot use.
std::string sheet_bytes(const viewer::MapModel& map, const SheetOptions& options, Output output,
                        SheetResult* result = nullptr);

// Written atomically through io::write_file (staged, renamed; never half-written); the format
// by the extension. Throws InputError for an unknown extension, or when `file` exists and
// `overwrite` is false.
SheetResult write_sheet(const viewer::MapModel& map, const SheetOptions& options,
                        const std::filesystem::path& file, bool overwrite = true);

}  // namespace landplan::print
