// The viewer's render tests share one X connection and one OpenGL context for the whole run:
// opening an X display now and then fails with "connection reset" on this kind of machine, and
// SFML aborts when it does, so the tests open it once instead of once per render texture.
#pragma once

#include <gtest/gtest.h>

#include <SFML/Window/Context.hpp>
#include <cstdlib>
#include <memory>
#include <string>

namespace landplan::test {

class DisplayEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    const char* display = std::getenv("DISPLAY");
    if (display && *display) context_ = std::make_unique<sf::Context>();
  }
  void TearDown() override { context_.reset(); }
  static bool available() {
    const char* display = std::getenv("DISPLAY");
    return display && *display;
  }

 private:
  std::unique_ptr<sf::Context> context_;
};

}  // namespace landplan::test

// Fails (does not skip) a test that needs OpenGL when there is no display.
#define REQUIRE_DISPLAY()                               \
  if (!landplan::test::DisplayEnvironment::available()) \
  GTEST_FAIL() << "no X display (DISPLAY is not set): run the viewer tests under xvfb-run -a"
