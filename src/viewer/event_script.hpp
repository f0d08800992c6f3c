// A script of input for the window (`landplan view --script FILE`): mouse and key events at
// window pixels, as a planner's hand would make them, plus the panel's fields and a few checks,
// so a test under xvfb-run (and a timing run) drives the real window without a real mouse.
// One step per line; `#` starts a comment. Window-free.
//
//   view X Y MPP              centre the map on X Y (working CRS) at MPP metres per pixel
//   move X Y | press X Y | release X Y | click X Y | double-click X Y
//   drag X1 Y1 X2 Y2          press, four moves, release
//   key NAME [ctrl] [shift]   NAME: Enter Escape BackSpace Delete Z Y F12
//   sketch                    open the sketch panel and start drawing (its 绘制 button)
//   copy X Y                  select the feature at X Y and copy it into the sketch
//   target KEY | name TEXT | village TEXT | households N
//   wait                      until the answers are those of the sketch as it is now
//   answers FILE              the answers as JSON (vertices, area, occupation, rules…)
//   save                      save the sketch, answering the confirmation yes
//   export txt|shp
//   screenshot FILE
//   timings FILE              every wait's time from the last edit to its answers, as JSON
//   quit
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace landplan::viewer {

struct ScriptStep {
  std::string command;
  std::vector<double> numbers;  // the coordinates or count
  std::string text;             // the rest of the line for text arguments (file, name, key)
  bool ctrl = false, shift = false;
  std::size_t line = 0;
};

// Throws InputError naming `file`:line for an unknown command or wrong arguments.
std::vector<ScriptStep> parse_script(const std::string& text, const std::string& file);
std::vector<ScriptStep> read_script(const std::filesystem::path& file);

}  // namespace landplan::viewer
