// The report as a document for people: sections with numbered figures (图 1) and tables (表 1),
// the method and the date, written as one self-contained HTML file (images embedded) from which
// the PDF (headless Chromium) and the DOCX (pandoc) are made.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "landplan/layer.hpp"
#include "landplan/report/table.hpp"
#include "landplan/vocabulary.hpp"

namespace landplan::report {

// What a figure's map shows: a box of ground, one project layer (its extent) or one feature of
// it (close up), else the whole map. The renderer resolves it against the map.
struct FigureView {
  std::optional<Box> box;           // working CRS
  std::optional<Role> role;         // the project layer of this role…
  std::optional<std::int64_t> fid;  // …or its feature with this FID
};

struct Figure {
  std::string caption;             // e.g. 水库淹没影响范围
  FigureView view;
  std::vector<std::string> shown;  // the plan's result layers (by name) drawn in this figure
  // Filled by the renderer: the image's media type (image/svg+xml, image/png) and bytes.
  std::string media_type;
  std::string bytes;
};

struct Section {
  std::string heading;
  std::vector<std::string> paragraphs;
  std::vector<Table> tables;
  // After the tables: printed, each map sheet is a page of its own, and the section's heading
  // stays with its first table.
  std::vector<Figure> figures;
};

struct Document {
  std::string title;
  Heading meta;            // 项目, 坐标系, 面积算法… shown under the title
  std::string date;        // 生成日期, YYYY-MM-DD
  std::vector<Section> sections;
};

// "图 3 水库淹没影响范围": figures are numbered through the document, in its order.
std::string figure_caption(std::size_t number, const Figure& figure);

// The name of a figure's image as a file of its own: figure-3.svg, figure-3.png.
std::string figure_file(std::size_t number, const Figure& figure);

// The document as one HTML file for A4: figures embedded as data: URIs (or, `linked`, as
// figure_file names beside it, for pandoc, which reads megabytes of data: URIs slowly), tables
// with their headers repeated on each printed page, Chinese fonts first. Figures without bytes
// are left out.
std::string to_html(const Document& document, bool linked = false);

// Today's date as YYYY-MM-DD, or the date of SOURCE_DATE_EPOCH when it is set (the
// reproducible-builds convention), so a document can be made the same every time.
std::string document_date();

}  // namespace landplan::report
