// The sample's map through landplan_print: a PDF sheet at A3 1:10000 read back with poppler
// (pdftotext finds the title, legend and scale as text; two grid labels 500 m apart are 50 mm
// apart on the page), and a PNG and an SVG of one view agreeing with the style on the colour at
// known ground points.
#include "print/sheet.hpp"

#include <gdal_priv.h>
#include <gtest/gtest.h>

#include <SFML/Graphics/Image.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "support/fixtures.hpp"
#include "viewer/even_odd.hpp"
#include "test_data.hpp"

using namespace landplan;
namespace fs = std::filesystem;

namespace {

const viewer::MapModel& sample_map() {
  static const viewer::MapModel map = [] {
    GDALAllRegister();
    viewer::LoadOptions options;
    options.meshes = false;  // as render loads it
    return viewer::load_map(fs::path(test::kSampleDir) / "project.toml", options);
  }();
  return map;
}


struct Word {
  double x0, y0, x1, y1;  // points, y down from the top of the page
  std::string text;
};

// `pdftotext -bbox`: every word with its box.
std::vector<Word> words_of(const std::string& pdf) {
  std::string html = test::output_of("pdftotext -bbox '" + pdf + "' -");
  std::regex word(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  std::vector<Word> out;
  for (std::sregex_iterator it(html.begin(), html.end(), word), end; it != end; ++it) {
    const std::smatch& m = *it;
    out.push_back({std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), m[5]});
  }
  return out;
}

bool has_word(const std::vector<Word>& words, const std::string& text) {
  for (const Word& w : words)
    if (w.text == text) return true;
  return false;
}

}  // namespace

TEST(Sheet, PdfAtA3OneToTenThousandMeasuresToScaleAndKeepsItsText) {
  test::TempDir dir;
  print::SheetOptions options;
  options.paper = "A3-landscape";
  options.scale = 10000;
  std::string pdf = dir.file("sheet.pdf");
  print::SheetResult result = print::write_sheet(sample_map(), options, pdf);
  EXPECT_EQ(result.scale, 10000);
  // ISO A3 is 420 × 297 mm = 1190.55 × 841.89 pt.
  EXPECT_TRUE(std::regex_search(test::output_of("pdfinfo '" + pdf + "'"),
                                std::regex(R"(Page size: +1190\.55 x 841\.89 pts \(A3\))")));
  std::vector<Word> words = words_of(pdf);
  for (const char* text : {"三座店镇土地利用规划图", "图例", "旱地", "机井", "水库", "1:10000",
                           "制图单位：三座店镇人民政府", "制图日期：2026-12"})
    EXPECT_TRUE(has_word(words, text)) << text;
  // The grid labels of northings (4696.0, 4696.5, …) left of the map frame: labels 500 m apart
  // on the ground are 500 m / 10000 = 50 mm = 141.732 pt apart on the page.
  std::vector<double> northings;
  double left = 1e9;
  for (const Word& w : words)
    if (std::regex_match(w.text, std::regex(R"(469\d\.\d)"))) left = std::min(left, w.x0);
  for (const Word& w : words)
    if (std::regex_match(w.text, std::regex(R"(469\d\.\d)")) && w.x0 < left + 1)
      northings.push_back((w.y0 + w.y1) / 2);
  ASSERT_GE(northings.size(), 3u);
  std::sort(northings.begin(), northings.end());
  for (std::size_t i = 1; i < northings.size(); ++i)
    EXPECT_NEAR(northings[i] - northings[i - 1], 141.732, 141.732 * 0.005);
  // And the eastings along the bottom (408.0, 408.5, …), centre to centre.
  std::vector<double> eastings;
  double bottom = 0;
  for (const Word& w : words)
    if (std::regex_match(w.text, std::regex(R"(4[01]\d\.\d)"))) bottom = std::max(bottom, w.y0);
  for (const Word& w : words)
    if (std::regex_match(w.text, std::regex(R"(4[01]\d\.\d)")) && w.y0 > bottom - 1)
      eastings.push_back((w.x0 + w.x1) / 2);
  ASSERT_GE(eastings.size(), 3u);
  std::sort(eastings.begin(), eastings.end());
  for (std::size_t i = 1; i < eastings.size(); ++i)
    EXPECT_NEAR(eastings[i] - eastings[i - 1], 141.732, 141.732 * 0.005);
}

namespace {

bool inside(const Layer& layer, std::size_t f, double x, double y) {
  return viewer::polygon_contains(layer, f, {x, y});
}

struct SvgFill {
  sf::Color colour;
  std::vector<std::vector<viewer::Point2>> rings;
};

// The filled paths of a Cairo SVG, in painting order: "fill:rgb(r%,g%,b%)" and "M x y L x y … Z".
std::vector<SvgFill> svg_fills(const std::string& svg) {
  std::vector<SvgFill> out;
  std::regex path(R"re(<path[^>]*style="([^"]*)"[^>]*d="([^"]*)")re");
  std::regex rgb(R"(fill:rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\))");
  for (std::sregex_iterator it(svg.begin(), svg.end(), path), end; it != end; ++it) {
    std::string style = (*it)[1], d = (*it)[2];
    std::smatch m;
    if (!std::regex_search(style, m, rgb)) continue;  // stroked, not filled
    auto channel = [&](int k) {
      return static_cast<std::uint8_t>(std::lround(std::stod(m[k]) * 2.55));
    };
    SvgFill fill{sf::Color(channel(1), channel(2), channel(3)), {}};
    std::istringstream in(d);
    std::string token;
    while (in >> token) {
      if (token == "M") fill.rings.emplace_back();
      if (token == "M" || token == "L") {
        double x, y;
        in >> x >> y;
        fill.rings.back().push_back({x, y});
      }
    }
    out.push_back(std::move(fill));
  }
  return out;
}

bool svg_inside(const SvgFill& fill, viewer::Point2 p) {
  bool in = false;
  for (const auto& ring : fill.rings)
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
      if ((ring[i].y > p.y) != (ring[j].y > p.y) &&
          p.x < (ring[j].x - ring[i].x) * (p.y - ring[i].y) / (ring[j].y - ring[i].y) + ring[i].x)
        in = !in;
  return in;
}

}  // namespace

TEST(Sheet, PngAndSvgOfOneViewShowTheStylesColourAtKnownGroundPoints) {
  GDALAllRegister();
  viewer::LoadOptions load;
  load.meshes = false;
  load.layers = {"parcels"};
  viewer::MapModel map =
      viewer::load_map(fs::path(test::kSampleDir) / "project.toml", load);
  const viewer::MapLayer& parcels = map.layers[0];
  print::SheetOptions options;
  options.width = 400;
  options.height = 300;
  options.labels = options.decorations = false;
  Box box = parcels.data.extent();
  double cx = (box.minx + box.maxx) / 2, cy = (box.miny + box.maxy) / 2;
  options.bbox = Box{cx - 400, cy - 300, cx + 400, cy + 300};  // 2 m per pixel
  print::SheetResult result;
  std::string png = print::sheet_bytes(map, options, print::Output::png, &result);
  std::string svg = print::sheet_bytes(map, options, print::Output::svg);
  sf::Image image;
  ASSERT_TRUE(image.loadFromMemory(png.data(), png.size()));
  std::vector<SvgFill> fills = svg_fills(svg);
  ASSERT_GT(fills.size(), 3u);
  const Box& shown = result.extent;
  double mpp = shown.width() / 400;
  EXPECT_NEAR(mpp, 2.0, 1e-9);
  // Ground points: a grid across the view, each kept where it lies in exactly one parcel and
  // at least 4 px from that parcel's edges (checked by the 8 points around it).
  std::size_t checked = 0, distinct = 0;
  std::set<std::uint32_t> colours;
  for (double gx = shown.minx + 20 * mpp; gx < shown.maxx; gx += 37 * mpp) {
    for (double gy = shown.miny + 20 * mpp; gy < shown.maxy; gy += 37 * mpp) {
      std::vector<std::uint32_t> hits = parcels.index.query(Box{gx, gy, gx, gy});
      std::vector<std::uint32_t> in;
      for (std::uint32_t f : hits)
        if (inside(parcels.data, f, gx, gy)) in.push_back(f);
      if (in.size() != 1) continue;
      bool clear = true;
      for (double ox : {-4.0, 0.0, 4.0})
        for (double oy : {-4.0, 0.0, 4.0})
          clear = clear && inside(parcels.data, in[0], gx + ox * mpp, gy + oy * mpp);
      if (!clear) continue;
      sf::Color expected = parcels.style.fill_of(in[0]);
      viewer::Point2 px{(gx - shown.minx) / mpp, (shown.maxy - gy) / mpp};
      sf::Color got = image.getPixel(static_cast<unsigned>(px.x), static_cast<unsigned>(px.y));
      EXPECT_EQ(got.toInteger() | 0xFF, expected.toInteger() | 0xFF) << gx << "," << gy;
      // The SVG: the colour of the last filled path painted over that point.
      std::optional<sf::Color> svg_colour;
      for (const SvgFill& fill : fills)
        if (svg_inside(fill, px)) svg_colour = fill.colour;
      ASSERT_TRUE(svg_colour) << gx << "," << gy;
      EXPECT_EQ(svg_colour->toInteger() | 0xFF, expected.toInteger() | 0xFF) << gx << "," << gy;
      colours.insert(expected.toInteger());
      ++checked;
    }
  }
  distinct = colours.size();
  EXPECT_GE(checked, 20u);
  EXPECT_GE(distinct, 2u);  // more than one land use: the colours come from the categories
}
