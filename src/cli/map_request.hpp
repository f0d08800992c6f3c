// The command-line words of `landplan view | render` parsed into typed values, with errors a
// user can act on (InputError → exit code 2).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "landplan/layer.hpp"

namespace landplan::cli {

std::pair<unsigned, unsigned> parse_size(const std::string& text);  // "1600x1200"
Box parse_bbox(const std::string& text);                            // "minx,miny,maxx,maxy"
std::vector<std::string> parse_list(const std::string& text);       // "a,b" → {a, b}

// The message and exit code when no display can be opened (`what_instead` says what to do).
std::string no_display_message(const std::string& problem, const std::string& what_instead);

}  // namespace landplan::cli
