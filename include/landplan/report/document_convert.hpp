// The report document as PDF and DOCX, made from its HTML by the programs that do it best:
// headless Chromium prints the HTML as it shows it (CSS pages, SVG maps kept as vectors, fonts
// embedded so the Chinese text stays selectable); pandoc turns it into a Word document. Both are
// Debian packages (chromium, pandoc). Neither is needed for --format html.
#pragma once

#include <filesystem>
#include <string>

#include "landplan/report/document.hpp"

namespace landplan::report {

// Writes `html` printed to PDF at `pdf`. Throws InputError naming `shown_as` (the file the user
// asked for) when Chromium is not installed (LANDPLAN_CHROMIUM, else chromium, chromium-browser
// or google-chrome on PATH), and std::runtime_error when it fails.
void html_to_pdf(const std::string& html, const std::filesystem::path& pdf,
                 const std::string& shown_as);

// Writes `document` converted to DOCX at `docx`, its figures as image files beside its HTML
// (they must be PNG or JPEG: Word shows no SVG). Throws InputError when pandoc is not
// installed, std::runtime_error when it fails.
void document_to_docx(const Document& document, const std::filesystem::path& docx,
                      const std::string& shown_as);

}  // namespace landplan::report
