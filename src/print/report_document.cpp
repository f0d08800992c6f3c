// Drawing the report's figures (each one's view resolved against the map, its layers shown) and
// writing the document.
#include "print/report_document.hpp"

#include <algorithm>

#include "landplan/io/write_text.hpp"
#include "landplan/report/document_convert.hpp"

namespace landplan::print {
namespace {

// A close-up shows its feature with the ground around it: at least three times its size and
// 400 m across, so a 30-mu site is seen among its neighbours.
Box close_up(const Box& feature) {
  double side = std::max({feature.width() * 3.0, (feature.maxy - feature.miny) * 3.0, 400.0});
  double cx = (feature.minx + feature.maxx) / 2, cy = (feature.miny + feature.maxy) / 2;
  return {cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2};
}

const viewer::MapLayer* layer_of(const viewer::MapModel& map, Role role) {
  for (const LayerSpec& spec : map.project.layers) {
    if (spec.role == role) return map.find(spec.key);
  }
  return nullptr;
}

// The ground a figure shows; none = the whole map.
std::optional<Box> ground_of(const report::FigureView& view, const viewer::MapModel& map) {
  if (view.box && !view.box->empty()) {
    double margin = std::max(view.box->width(), view.box->maxy - view.box->miny) * 0.08;
    return view.box->grown(margin);
  }
  if (!view.role) return std::nullopt;
  const viewer::MapLayer* layer = layer_of(map, *view.role);
  if (!layer || layer->data.size() == 0) return std::nullopt;
  if (!view.fid) {
    Box extent = layer->data.extent();
    return extent.grown(std::max(extent.width(), extent.maxy - extent.miny) * 0.08);
  }
  for (std::size_t f = 0; f < layer->data.size(); ++f) {
    if (layer->data.fid(f) == *view.fid) return close_up(layer->data.box(f));
  }
  return std::nullopt;
}

}  // namespace

void draw_figures(report::Document& document, viewer::MapModel& map, Output output,
                  const Progress& progress) {
  std::size_t total = 0, done = 0;
  for (const report::Section& section : document.sections) total += section.figures.size();
  for (report::Section& section : document.sections) {
    for (report::Figure& figure : section.figures) {
      std::vector<bool> visible;
      for (viewer::MapLayer& layer : map.layers) {
        visible.push_back(layer.visible);
        if (std::find(figure.shown.begin(), figure.shown.end(), layer.key) != figure.shown.end())
          layer.visible = true;
      }
      SheetOptions options;
      options.paper = kFigurePaper;
      options.dpi = output == Output::png ? 150.0 : 96.0;
      options.bbox = ground_of(figure.view, map);
      options.title = report::figure_caption(done + 1, figure);
      if (progress) progress(figure.caption, double(done) / double(total));
      figure.bytes = sheet_bytes(map, options, output);
      figure.media_type = output == Output::png ? "image/png" : "image/svg+xml";
      for (std::size_t l = 0; l < map.layers.size(); ++l) map.layers[l].visible = visible[l];
      ++done;
      if (progress) progress(figure.caption, double(done) / double(total));
    }
  }
}

std::optional<DocumentFormat> document_format(std::string_view name) {
  if (name == "html") return DocumentFormat::html;
  if (name == "pdf") return DocumentFormat::pdf;
  if (name == "docx") return DocumentFormat::docx;
  return std::nullopt;
}

void write_document(report::Document document, viewer::MapModel& map, DocumentFormat format,
                    const std::filesystem::path& file, bool overwrite, const Progress& progress) {
  io::refuse_existing(file, overwrite);  // before drawing a single map
  draw_figures(document, map, format == DocumentFormat::docx ? Output::png : Output::svg,
               progress);
  if (format == DocumentFormat::html) {
    io::write_text_file(file, report::to_html(document), overwrite, "--out");
    return;
  }
  io::write_file(file, overwrite, "--out", [&](const std::filesystem::path& staged) {
    if (format == DocumentFormat::pdf) {
      report::html_to_pdf(report::to_html(document), staged, file.string());
    } else {
      report::document_to_docx(document, staged, file.string());
    }
  });
}

}  // namespace landplan::print
