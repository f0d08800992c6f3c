// Parsing of map request options.
#include "map_request.hpp"

#include <charconv>
#include <sstream>

#include "landplan/error.hpp"

namespace landplan::cli {
namespace {

bool to_double(const std::string& s, double& out) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc() && ptr == end;
}

}  // namespace

std::vector<std::string> parse_list(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    auto first = item.find_first_not_of(' '), last = item.find_last_not_of(' ');
    if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
  }
  return out;
}

std::pair<unsigned, unsigned> parse_size(const std::string& text) {
  auto x = text.find_first_of("xX");
  double w = 0, h = 0;
  if (x == std::string::npos || !to_double(text.substr(0, x), w) ||
      !to_double(text.substr(x + 1), h) || w < 16 || h < 16 || w > 16384 || h > 16384 ||
      w != static_cast<unsigned>(w) || h != static_cast<unsigned>(h)) {
    throw InputError("--size", "'" + text + "' is not a size",
                     "write WIDTHxHEIGHT in pixels, e.g. 1600x1200");
  }
  return {static_cast<unsigned>(w), static_cast<unsigned>(h)};
}

Box parse_bbox(const std::string& text) {
  std::vector<std::string> parts = parse_list(text);
  double v[4];
  bool ok = parts.size() == 4;
  for (std::size_t i = 0; ok && i < 4; ++i) ok = to_double(parts[i], v[i]);
  if (!ok || !(v[0] < v[2]) || !(v[1] < v[3])) {
    throw InputError("--bbox", "'" + text + "' is not a box",
                     "write minx,miny,maxx,maxy in the working CRS (metres), min before max");
  }
  Box box;
  box.extend(v[0], v[1]);
  box.extend(v[2], v[3]);
  return box;
}

std::string no_display_message(const std::string& problem, const std::string& what_instead) {
  return "landplan: no display (" + problem + ") — " + what_instead;
}

}  // namespace landplan::cli
