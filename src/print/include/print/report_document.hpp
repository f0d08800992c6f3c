// The report document written as a file: each figure drawn as a map sheet of the plan's map,
// then the whole as HTML, PDF or DOCX.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>

#include "landplan/report/document.hpp"
#include "print/sheet.hpp"
#include "viewer/map_model.hpp"

namespace landplan::print {

// The paper each figure's sheet is drawn on: the report's PDF prints it as a page of its own,
// at its scale.
inline constexpr const char* kFigurePaper = "A4-landscape";

// Fills every figure of `document` with a sheet drawn from `map`, which holds the project's
// layers and the plan's result layers (viewer::add_plan_results): the result layers the figure
// names are shown, the others as the window starts; the ground is what its FigureView names.
// SVG keeps the maps vectors (HTML, PDF); DOCX needs PNG. `progress` hears of each figure as it
// is drawn and how far along the figures are (0..1), as SheetOptions::progress does.
using Progress = std::function<void(const std::string& what, double done)>;
void draw_figures(report::Document& document, viewer::MapModel& map, Output output,
                  const Progress& progress = {});

enum class DocumentFormat { html, pdf, docx };
// "html", "pdf", "docx"; none for anything else.
std::optional<DocumentFormat> document_format(std::string_view name);

// Draws the figures (SVG, for DOCX PNG) and writes the document at `file`, staged and renamed:
// never half-written, an existing file replaced only with `overwrite`.
void write_document(report::Document document, viewer::MapModel& map, DocumentFormat format,
                    const std::filesystem::path& file, bool overwrite,
                    const Progress& progress = {});

}  // namespace landplan::print
