// `landplan report --format html|pdf|docx` end to end on the sample: every table the JSON report
// has is in the document under its number, every part has its map, and the PDF (read back with
// poppler) and the DOCX (read back with pandoc) hold them too. Pages and a Chromium screenshot are
// kept in build/test-output/report/ for people to look at.
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <fstream>
#include <nlohmann/json.hpp>
#include <cctype>
#include <regex>

#include "support/fixtures.hpp"
#include "test_data.hpp"

namespace landplan::test {
namespace {

namespace fs = std::filesystem;
const std::string kProject = std::string(kSampleDir) + "/project.toml";

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path output_dir() {
  fs::path dir = fs::path(kTestOutputDir) / "report";
  fs::create_directories(dir);
  return dir;
}

// The titles of the report's tables, in order, from its JSON: what the document must hold.
std::vector<std::string> table_titles() {
  RunResult json = run_cli({"report", kProject, "--format", "json"});
  EXPECT_EQ(json.exit_code, 0) << json.err;
  std::vector<std::string> titles;
  nlohmann::json report = nlohmann::json::parse(json.out);
  for (const auto& table : report["tables"]) {
    titles.push_back(table["title"].get<std::string>());
  }
  return titles;
}

// The maps the sample's report has: the overview, the reservoir, each of its 3 relocation
// sites close up, irrigation, the greenhouse zones, the roads, and where its 2 broken rules are.
constexpr std::size_t kSampleFigures = 9;

// A report of the sample written once per format for all the tests here.
const fs::path& report_of(const std::string& format) {
  static std::map<std::string, fs::path> made;
  if (auto it = made.find(format); it != made.end()) return it->second;
  static TempDir dir;
  fs::path file = dir.path() / ("三座店镇报告." + format);
  RunResult run = run_cli({"report", kProject, "--format", format, "--out", file.string()});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("wrote " + file.string()), std::string::npos) << run.err;
  return made[format] = file;
}

// The share of a PNG's pixels `counts` says yes to, read with GDAL's PNG driver.
double share_of(const fs::path& png, const std::function<bool(int r, int g, int b)>& counts) {
  GDALAllRegister();
  GDALDatasetH image = GDALOpen(png.c_str(), GA_ReadOnly);
  if (!image || GDALGetRasterCount(image) < 3) {
    ADD_FAILURE() << png << " is no RGB image";
    if (image) GDALClose(image);
    return 0;
  }
  int w = GDALGetRasterXSize(image), h = GDALGetRasterYSize(image);
  std::vector<unsigned char> rgb(static_cast<std::size_t>(w) * h * 3);
  int bands[] = {1, 2, 3};
  CPLErr read = GDALDatasetRasterIO(image, GF_Read, 0, 0, w, h, rgb.data(), w, h, GDT_Byte, 3,
                                    bands, 3, 3 * w, 1);
  GDALClose(image);
  EXPECT_EQ(read, CE_None);
  std::size_t yes = 0;
  for (std::size_t p = 0; p < rgb.size(); p += 3) yes += counts(rgb[p], rgb[p + 1], rgb[p + 2]);
  return double(yes) / (double(w) * h);
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST(ReportDocument, HtmlHoldsEveryTableNumberedAndAnSvgMapPerPart) {
  std::string html = read_file(report_of("html"));
  std::vector<std::string> titles = table_titles();
  ASSERT_GE(titles.size(), 8u);
  std::size_t at = 0;
  for (std::size_t t = 0; t < titles.size(); ++t) {
    std::string caption = "<caption>表 " + std::to_string(t + 1) + " " + titles[t] + "</caption>";
    at = html.find(caption, at);
    EXPECT_NE(at, std::string::npos) << caption;
    if (at == std::string::npos) at = 0;
  }
  EXPECT_EQ(count(html, "<table>"), titles.size());
  EXPECT_NE(html.find("<img alt=\"图 3 安置点：三座店安置点（安置三座店）\""), std::string::npos);
  // Each figure is an SVG map sheet embedded whole: decoded, it is an SVG document. (Found with
  // find, not std::regex, whose recursion overflows the stack on megabytes of base64.)
  const std::string marker = "src=\"data:image/svg+xml;base64,";
  std::size_t images = 0;
  for (std::size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at)) {
    at += marker.size();
    std::string bytes = html.substr(at, html.find('"', at) - at);
    int size = CPLBase64DecodeInPlace(reinterpret_cast<GByte*>(bytes.data()));
    bytes.resize(static_cast<std::size_t>(size));
    EXPECT_NE(bytes.find("<svg"), std::string::npos);
    EXPECT_NE(bytes.find("</svg>"), std::string::npos);
    ++images;
  }
  EXPECT_EQ(images, kSampleFigures);
  EXPECT_NE(html.find("椭球面积"), std::string::npos);  // the method is stated
}

TEST(ReportDocument, PdfPrintsEveryTableAndEachMapAsAnA4LandscapeSheet) {
  fs::path pdf = report_of("pdf");
  // Compared without white space: a long caption wraps over two lines of the page.
  auto squeezed = [](std::string text) {
    std::erase_if(text, [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
    return text;
  };
  std::string text = squeezed(output_of("pdftotext '" + pdf.string() + "' -"));
  std::vector<std::string> titles = table_titles();
  for (std::size_t t = 0; t < titles.size(); ++t) {
    std::string caption = squeezed("表 " + std::to_string(t + 1) + " " + titles[t]);
    EXPECT_NE(text.find(caption), std::string::npos) << caption;
  }
  // Text pages are A4 portrait (595.28 × 841.89 pt, Chromium rounds it); each map is an A4
  // landscape page of its own.
  std::string info = output_of("pdfinfo -f 1 -l 999 '" + pdf.string() + "'");
  std::regex page("Page +(\\d+) size: +([\\d.]+) x ([\\d.]+) pts");
  std::size_t portrait = 0, landscape = 0;
  int first_landscape = 0;
  for (std::sregex_iterator it(info.begin(), info.end(), page), end; it != end; ++it) {
    double w = std::stod((*it)[2]), h = std::stod((*it)[3]);
    if (std::abs(w - 595.3) < 1 && std::abs(h - 841.9) < 1) ++portrait;
    if (std::abs(w - 841.9) < 1 && std::abs(h - 595.3) < 1) {
      if (++landscape == 1) first_landscape = std::stoi((*it)[1]);
    }
  }
  EXPECT_GE(portrait, 2u);
  EXPECT_EQ(landscape, kSampleFigures);
  // The first map page drawn: the map fills it (no blank page), kept to look at.
  ASSERT_GT(first_landscape, 0);
  fs::path png = output_dir() / "pdf-map-page";
  output_of("pdftoppm -r 40 -png -singlefile -f " + std::to_string(first_landscape) + " -l " +
            std::to_string(first_landscape) + " '" + pdf.string() + "' '" + png.string() + "'");
  double inked = share_of(png.string() + ".png",
                          [](int r, int g, int b) { return r < 235 || g < 235 || b < 235; });
  // A blank page is 0; the sheet's map, legend, grid and frame ink about a sixth of it.
  EXPECT_GT(inked, 0.1);
  output_of("pdftoppm -r 50 -png -f 1 -l 2 '" + pdf.string() + "' '" +
            (output_dir() / "pdf-page").string() + "'");
}

TEST(ReportDocument, ChromiumShowsTheHtml) {
  fs::path html = report_of("html");
  fs::path shot = output_dir() / "chromium.png";
  fs::remove(shot);
  TempDir profile;
  output_of("chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "
            "--user-data-dir='" + profile.path().string() + "' --window-size=900,2400 "
            "--screenshot='" + shot.string() + "' 'file://" + html.string() + "' 2>/dev/null");
  // The overview map is near the top: its colours cover part of the page, which text alone
  // (black and grey) would not.
  double coloured = share_of(shot, [](int r, int g, int b) {
    return std::max({r, g, b}) - std::min({r, g, b}) > 40;
  });
  EXPECT_GT(coloured, 0.04);
}

TEST(ReportDocument, DocxReadsBackWithEveryTableAndAPngPerMap) {
  fs::path docx = report_of("docx");
  std::string text = output_of("pandoc -f docx -t plain '" + docx.string() + "'");
  for (const std::string& title : table_titles()) {
    EXPECT_NE(text.find(title), std::string::npos) << title;
  }
  // Word shows no SVG: the maps are PNG images inside the package.
  char** media = VSIReadDir(("/vsizip/{" + docx.string() + "}/word/media").c_str());
  std::size_t pngs = 0;
  for (int i = 0; media && media[i]; ++i) pngs += std::string(media[i]).ends_with(".png") ? 1 : 0;
  CSLDestroy(media);
  EXPECT_EQ(pngs, kSampleFigures);
}

TEST(ReportDocument, RefusesBeforeAnyWork) {
  TempDir dir;
  RunResult no_out = run_cli({"report", kProject, "--format", "pdf"});
  EXPECT_EQ(no_out.exit_code, 2);
  EXPECT_NE(no_out.err.find("--format pdf: needs a file to write the report to — add --out "
                            "FILE.pdf"),
            std::string::npos)
      << no_out.err;
  RunResult wrong = run_cli({"report", kProject, "--format", "html", "--out", dir.file("r.pdf")});
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find("does not end in .html"), std::string::npos) << wrong.err;
  std::ofstream(dir.file("old.html")) << "old";
  RunResult existing = run_cli({"report", kProject, "--format", "html", "--out", dir.file("old.html")});
  EXPECT_EQ(existing.exit_code, 2);
  EXPECT_EQ(read_file(dir.file("old.html")), "old");
}

TEST(ReportDocument, WithoutChromiumAPdfIsRefusedAndNothingIsWritten) {
  TempDir dir;
  setenv("LANDPLAN_CHROMIUM", "/nonexistent/chromium", 1);
  RunResult run = run_cli({"report", kProject, "--format", "pdf", "--out", dir.file("r.pdf")});
  unsetenv("LANDPLAN_CHROMIUM");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("a PDF report needs Chromium, which is not installed"), std::string::npos)
      << run.err;
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

}  // namespace
}  // namespace landplan::test
