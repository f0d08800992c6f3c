// Tables: CSV stays plain and exact, text aligns Chinese by display width, JSON keeps types.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "landplan/report/table.hpp"
#include "landplan/text.hpp"

using namespace landplan;
using namespace landplan::report;

namespace {
Table sample() {
  Table t;
  t.add_column("group");
  t.add_column("count", 0);
  t.add_column("area_mu", 2);
  t.rows.push_back({std::string("水浇地"), std::int64_t{1234}, 12345.678});
  t.rows.push_back({std::string("a,b"), std::int64_t{1}, Cell{}});
  t.meta["method"] = "ellipsoidal";
  return t;
}
}  // namespace

TEST(Table, CsvIsPlainExactAndQuoted) {
  EXPECT_EQ(to_csv(sample()), "group,count,area_mu\n水浇地,1234,12345.678\n\"a,b\",1,\n");
}

TEST(Table, TextHasThousandsSeparatorsAndAlignsChinese) {
  std::string text = to_text(sample());
  EXPECT_NE(text.find("12,345.68"), std::string::npos) << text;
  EXPECT_NE(text.find("1,234"), std::string::npos) << text;
  // Every table line has the same display width up to its last column's end.
  std::vector<std::size_t> widths;
  std::size_t start = 0;
  for (int line = 0; line < 3; ++line) {
    std::size_t end = text.find('\n', start);
    widths.push_back(display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  EXPECT_EQ(widths[0], widths[1]);
  EXPECT_EQ(widths[1], widths[2]);
}

TEST(Table, JsonKeepsNumbersAndNulls) {
  auto doc = nlohmann::json::parse(to_json(sample()));
  EXPECT_EQ(doc["method"], "ellipsoidal");
  EXPECT_EQ(doc["rows"][0]["count"], 1234);
  EXPECT_DOUBLE_EQ(doc["rows"][0]["area_mu"].get<double>(), 12345.678);
  EXPECT_TRUE(doc["rows"][1]["area_mu"].is_null());
}

TEST(Text, DisplayWidthCountsChineseAsTwo) {
  EXPECT_EQ(display_width("abc"), 3u);
  EXPECT_EQ(display_width("水浇地"), 6u);
  EXPECT_TRUE(is_valid_utf8("三座店"));
  EXPECT_FALSE(is_valid_utf8("\xc8\xfd"));  // "三" in GBK
  EXPECT_EQ(latin1_to_utf8("\xe9"), "\xc3\xa9");
}
