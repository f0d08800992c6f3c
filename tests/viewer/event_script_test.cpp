// Input scripts for the window: steps parsed with their numbers, and bad lines refused naming
// the file and line.
#include "viewer/event_script.hpp"

#include <gtest/gtest.h>

#include "support/fixtures.hpp"

using namespace landplan::viewer;

TEST(EventScript, StepsWithTheirArguments) {
  auto steps = parse_script(
      "# a site\nview 409075 4696025 0.5\n\nclick 350 400  # first vertex\n"
      "drag 1 2 3 4\nkey Z ctrl\nname 孤山子 新点\nhouseholds 40\nwait\nquit\n",
      "s.txt");
  ASSERT_EQ(steps.size(), 8u);
  EXPECT_EQ(steps[0].command, "view");
  EXPECT_EQ(steps[0].numbers, (std::vector<double>{409075, 4696025, 0.5}));
  EXPECT_EQ(steps[1].numbers, (std::vector<double>{350, 400}));
  EXPECT_EQ(steps[1].line, 4u);
  EXPECT_EQ(steps[2].numbers.size(), 4u);
  EXPECT_EQ(steps[3].text, "Z");
  EXPECT_TRUE(steps[3].ctrl);
  EXPECT_FALSE(steps[3].shift);
  EXPECT_EQ(steps[4].text, "孤山子 新点");  // the rest of the line
  EXPECT_EQ(steps[5].numbers, std::vector<double>{40});
}

TEST(EventScript, BadLinesNameTheFileAndLine) {
  using landplan::test::input_error_of;
  auto error = [](const std::string& text) {
    return input_error_of([&] { parse_script(text, "s.txt"); });
  };
  EXPECT_NE(error("wait\nfly 1 2\n").find("s.txt:2"), std::string::npos);
  EXPECT_NE(error("click 1\n").find("click takes 2 numbers"), std::string::npos);
  EXPECT_NE(error("click 1 two\n").find("s.txt:1"), std::string::npos);
  EXPECT_NE(error("key Z alt\n").find("modifier"), std::string::npos);
  EXPECT_NE(error("answers\n").find("needs a value"), std::string::npos);
  EXPECT_NE(error("wait now\n").find("takes nothing"), std::string::npos);
  EXPECT_NE(input_error_of([] { read_script("/nonexistent/script.txt"); }).find("cannot be read"),
            std::string::npos);
}
