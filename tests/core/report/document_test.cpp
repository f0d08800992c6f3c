// The report document as HTML: numbering, escaping, embedded images that decode to the bytes
// given, and the date a reproducible build sets.
#include "landplan/report/document.hpp"

#include <cpl_string.h>
#include <gtest/gtest.h>

#include <cstdlib>

using namespace landplan;
using namespace landplan::report;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

Table small_table(const std::string& title) {
  Table t;
  t.title = title;
  t.add_column("村名");
  t.add_column("area_mu", 2);
  t.rows = {{std::string("三座店<东>"), 1886.054}, {std::string("合计"), 1886.054}};
  return t;
}

Figure figure(const std::string& caption, const std::string& bytes) {
  Figure f;
  f.caption = caption;
  f.media_type = "image/svg+xml";
  f.bytes = bytes;
  return f;
}

Document two_sections() {
  Document d;
  d.title = "三座店镇规划成果报告";
  d.meta = {{"坐标系", "EPSG:4549"}};
  d.date = "2026-12-02";
  d.sections.push_back({"概况", {"面积为椭球面积。"}, {}, {figure("项目区总图", "<svg>1</svg>")}});
  d.sections.push_back({"水库淹没影响",
                        {},
                        {small_table("淹没土地"), small_table("按地类")},
                        {figure("淹没范围", "<svg>2</svg>"), figure("未画", "")}});
  return d;
}

}  // namespace

TEST(DocumentHtml, NumbersFiguresAndTablesThroughTheDocument) {
  std::string html = to_html(two_sections());
  EXPECT_NE(html.find("<h2>1 概况</h2>"), std::string::npos);
  EXPECT_NE(html.find("<h2>2 水库淹没影响</h2>"), std::string::npos);
  EXPECT_NE(html.find("<img alt=\"图 1 项目区总图\""), std::string::npos);
  EXPECT_NE(html.find("<img alt=\"图 2 淹没范围\""), std::string::npos);
  EXPECT_NE(html.find("<caption>表 1 淹没土地</caption>"), std::string::npos);
  EXPECT_NE(html.find("<caption>表 2 按地类</caption>"), std::string::npos);
  // A figure without an image (not drawn) is left out, and takes no number.
  EXPECT_EQ(html.find("未画"), std::string::npos);
  EXPECT_EQ(count(html, "<figure>"), 2u);
  EXPECT_NE(html.find("生成日期：2026-12-02"), std::string::npos);
}

TEST(DocumentHtml, CellsAreEscapedFormattedAndTotalsMarked) {
  std::string html = to_html(two_sections());
  // A machine column name gets the workbook's Chinese header.
  EXPECT_NE(html.find("<th>村名</th><th>面积(亩)</th>"), std::string::npos);
  EXPECT_NE(html.find("<td>三座店&lt;东&gt;</td><td class=\"n\">1,886.05</td>"), std::string::npos);
  EXPECT_EQ(count(html, "<tr class=\"total\"><td>合计</td>"), 2u);
}

TEST(DocumentHtml, ImagesAreEmbeddedAsTheirBytes) {
  std::string html = to_html(two_sections());
  std::string marker = "src=\"data:image/svg+xml;base64,";
  std::size_t at = html.find(marker);
  ASSERT_NE(at, std::string::npos);
  at += marker.size();
  std::string encoded = html.substr(at, html.find('"', at) - at);
  // Decoded by GDAL's own base64, independently of how it was encoded.
  int size = CPLBase64DecodeInPlace(reinterpret_cast<GByte*>(encoded.data()));
  EXPECT_EQ(encoded.substr(0, static_cast<std::size_t>(size)), "<svg>1</svg>");
}

TEST(DocumentDate, FollowsSourceDateEpoch) {
  setenv("SOURCE_DATE_EPOCH", "31536000", 1);  // 365 days after 1970-01-01
  EXPECT_EQ(document_date(), "1971-01-01");
  unsetenv("SOURCE_DATE_EPOCH");
  EXPECT_EQ(document_date().size(), 10u);
}
