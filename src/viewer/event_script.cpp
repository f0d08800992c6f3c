// Parsing the window's input scripts.
#include "viewer/event_script.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "landplan/error.hpp"

namespace landplan::viewer {
namespace {

enum class Args { none, point, view, two_points, text, number };

const std::map<std::string, Args>& commands() {
  static const std::map<std::string, Args> kCommands = {
      {"view", Args::view},       {"move", Args::point},        {"press", Args::point},
      {"release", Args::point},   {"click", Args::point},       {"double-click", Args::point},
      {"drag", Args::two_points}, {"key", Args::text},          {"sketch", Args::none},
      {"copy", Args::point},      {"target", Args::text},       {"name", Args::text},
      {"village", Args::text},    {"households", Args::number}, {"wait", Args::none},
      {"answers", Args::text},    {"save", Args::none},         {"export", Args::text},
      {"screenshot", Args::text}, {"timings", Args::text},      {"quit", Args::none}};
  return kCommands;
}

std::string trim(const std::string& s) {
  std::size_t a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

}  // namespace

std::vector<ScriptStep> parse_script(const std::string& text, const std::string& file) {
  std::vector<ScriptStep> steps;
  std::istringstream lines(text);
  std::string raw;
  for (std::size_t number = 1; std::getline(lines, raw); ++number) {
    std::string line = trim(raw.substr(0, raw.find('#')));
    if (line.empty()) continue;
    std::string where = file + ":" + std::to_string(number);
    ScriptStep step;
    step.line = number;
    std::istringstream words(line);
    words >> step.command;
    auto known = commands().find(step.command);
    if (known == commands().end())
      throw InputError(where, "unknown step '" + step.command + "'",
                       "see the steps in src/viewer/include/viewer/event_script.hpp or README.md");
    std::string rest = trim(line.substr(step.command.size()));
    auto numbers = [&](std::size_t count) {
      std::istringstream in(rest);
      double value = 0;
      while (in >> value) step.numbers.push_back(value);
      if (step.numbers.size() != count || !in.eof())
        throw InputError(where, step.command + " takes " + std::to_string(count) + " numbers",
                         "write e.g. '" + step.command + " 400 300'");
    };
    switch (known->second) {
      case Args::none:
        if (!rest.empty())
          throw InputError(where, step.command + " takes nothing", "remove '" + rest + "'");
        break;
      case Args::point:
        numbers(2);
        break;
      case Args::view:
        numbers(3);
        break;
      case Args::two_points:
        numbers(4);
        break;
      case Args::number:
        numbers(1);
        break;
      case Args::text: {
        if (rest.empty())
          throw InputError(where, step.command + " needs a value", "add it after the step");
        if (step.command == "key") {
          std::istringstream in(rest);
          in >> step.text;
          for (std::string modifier; in >> modifier;) {
            if (modifier == "ctrl")
              step.ctrl = true;
            else if (modifier == "shift")
              step.shift = true;
            else
              throw InputError(where, "unknown modifier '" + modifier + "'", "use ctrl or shift");
          }
        } else {
          step.text = rest;
        }
        break;
      }
    }
    steps.push_back(std::move(step));
  }
  return steps;
}

std::vector<ScriptStep> read_script(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), "cannot be read", "check the path of --script");
  std::stringstream text;
  text << in.rdbuf();
  return parse_script(text.str(), file.string());
}

}  // namespace landplan::viewer
