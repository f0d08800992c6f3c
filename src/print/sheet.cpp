// The sheet on a Cairo surface of the output's kind, and its bytes.
#include "print/sheet.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <cmath>

#include "landplan/error.hpp"
#include "landplan/io/write_text.hpp"
#include "pages.hpp"
#include "viewer/png.hpp"

namespace landplan::print {
namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

constexpr double kPointsPerMm = 72.0 / 25.4;

}  // namespace

std::optional<Output> output_of(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".png") return Output::png;
  if (ext == ".pdf") return Output::pdf;
  if (ext == ".svg") return Output::svg;
  return std::nullopt;
}

void check_options(const SheetOptions& options) {
  if (!options.paper.empty()) paper_of(options.paper);
  if (options.scale && !(*options.scale >= 1.0 && std::isfinite(*options.scale)))
    throw InputError("--scale", "must be 1:N with N ≥ 1", "write it as 1:10000");
}

std::string sheet_bytes(const viewer::MapModel& map, const SheetOptions& options, Output output,
                        SheetResult* result) {
  check_options(options);
  Ink ink;
  ink.family = font_family(options.font_file);
  std::optional<Paper> paper;
  if (!options.paper.empty()) paper = paper_of(options.paper);
  // Drawing units: device pixels for PNG; points for PDF and SVG, whose pages are sized in them.
  double page_w = 0, page_h = 0, units_per_mm = 0, to_page = 1.0;
  if (paper) {
    units_per_mm = output == Output::png ? options.dpi / 25.4 : kPointsPerMm;
    page_w = paper->width_mm * units_per_mm;
    page_h = paper->height_mm * units_per_mm;
    ink.ui = units_per_mm * 25.4 / 96.0;
  } else {
    page_w = options.width;
    page_h = options.height;
    ink.ui = options.dpi / 96.0;
    // A plain PDF is the PNG's pixels at --dpi: the same layout, scaled to points.
    if (output == Output::pdf) to_page = 72.0 / options.dpi;
  }
  std::string bytes;
  cairo_surface_t* surface = nullptr;
  switch (output) {
    case Output::png:
      surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(std::ceil(page_w)),
                                           static_cast<int>(std::ceil(page_h)));
      break;
    case Output::pdf:
      surface = cairo_pdf_surface_create_for_stream(append, &bytes, page_w * to_page,
                                                    page_h * to_page);
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                     title_of(map, options).c_str());
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "landplan");
      break;
    case Output::svg:
      surface = cairo_svg_surface_create_for_stream(append, &bytes, page_w, page_h);
      cairo_svg_surface_set_document_unit(surface, paper ? CAIRO_SVG_UNIT_PT : CAIRO_SVG_UNIT_PX);
      break;
  }
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    throw std::runtime_error("cannot create a " + std::to_string(page_w) + " × " +
                             std::to_string(page_h) + " drawing surface");
  }
  cairo_t* cr = cairo_create(surface);
  ink.cr = cr;
  cairo_scale(cr, to_page, to_page);
  if (!options.antialias) cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
  SheetResult drawn = paper ? draw_sheet_page(ink, map, options, *paper, units_per_mm)
                            : draw_plain_page(ink, map, options, page_w, page_h);
  if (options.progress) options.progress("writing", 1.0);
  cairo_status_t status = cairo_status(cr);
  cairo_destroy(cr);
  if (output == Output::png && status == CAIRO_STATUS_SUCCESS) {
    status = cairo_surface_write_to_png_stream(surface, append, &bytes);
    bytes = viewer::png_with_dpi(std::move(bytes), options.dpi);
  }
  cairo_surface_finish(surface);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("drawing the map failed: ") +
                             cairo_status_to_string(status));
  if (result) *result = drawn;
  return bytes;
}

SheetResult write_sheet(const viewer::MapModel& map, const SheetOptions& options,
                        const std::filesystem::path& file, bool overwrite) {
  std::optional<Output> output = output_of(file);
  if (!output)
    throw InputError(file.string(), "is not a .png, .pdf or .svg file name",
                     "name the output map.png, map.pdf or map.svg");
  io::refuse_existing(file, overwrite);
  SheetResult result;
  std::string bytes = sheet_bytes(map, options, *output, &result);
  io::write_text_file(file, bytes, overwrite, "-o");
  return result;
}

}  // namespace landplan::print
