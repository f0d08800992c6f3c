// Safe file names and short, unique field names.
#include "io/write_names.hpp"

#include <algorithm>
#include <array>

namespace landplan::io::detail {
namespace {

constexpr std::size_t kMaxFileNameBytes = 80;  // leaves room for ".fields.csv" and staging

bool is_forbidden_in_file_name(unsigned char c) {
  static constexpr std::string_view kForbidden = "/\\:*?\"<>|";
  return c < 0x20 || c == 0x7F || kForbidden.find(static_cast<char>(c)) != std::string_view::npos;
}

bool is_windows_device(std::string_view name) {
  std::string stem(name.substr(0, name.find('.')));
  std::transform(stem.begin(), stem.end(), stem.begin(), ::toupper);
  static const std::array<std::string_view, 4> kDevices = {"CON", "PRN", "AUX", "NUL"};
  if (std::find(kDevices.begin(), kDevices.end(), stem) != kDevices.end()) return true;
  return stem.size() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) &&
         stem[3] >= '1' && stem[3] <= '9';
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return c < 0x80 ? std::tolower(c) : c; });
  return out;
}

bool is_taken(const std::vector<std::string>& taken, std::string_view name) {
  return std::any_of(taken.begin(), taken.end(),
                     [&](const std::string& t) { return same_name(t, name); });
}

// Characters the encoding lacks and control characters become '_'; "" becomes "field".
std::string usable_field_name(const std::string& name, const TextEncoder& encoder) {
  bool invalid = false;
  std::string text = as_valid_utf8(name, invalid);
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '_';
  }
  std::size_t replaced = 0;
  text = encoder.representable(text, "_", replaced);
  return text.empty() ? "field" : text;
}

}  // namespace

std::string safe_file_name(std::string_view layer_name) {
  bool invalid = false;
  std::string text = as_valid_utf8(layer_name, invalid);
  for (char& c : text) {
    if (is_forbidden_in_file_name(static_cast<unsigned char>(c))) c = '_';
  }
  std::size_t first = text.find_first_not_of(". ");
  text = first == std::string::npos ? "" : text.substr(first);
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  TextEncoder utf8(TextEncoding::utf8);
  text = std::string(utf8.cut(text, kMaxFileNameBytes));
  if (text.empty()) return "layer";
  if (is_windows_device(text)) text.insert(0, "_");
  return text;
}

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && lower_ascii(a) == lower_ascii(b);
}

void make_unique(std::vector<std::string>& names) {
  for (std::size_t i = 1; i < names.size(); ++i) {
    std::vector<std::string> earlier(names.begin(), names.begin() + i);
    if (!is_taken(earlier, names[i])) continue;
    for (int n = 2;; ++n) {
      std::string candidate = names[i] + "_" + std::to_string(n);
      if (!is_taken(names, candidate)) {
        names[i] = candidate;
        break;
      }
    }
  }
}

std::vector<std::string> output_field_names(const std::vector<std::string>& names,
                                            const TextEncoder& encoder, std::size_t max_bytes) {
  std::size_t limit = max_bytes == 0 ? std::string::npos : max_bytes;
  std::vector<std::string> usable, out(names.size());
  for (const std::string& name : names) usable.push_back(usable_field_name(name, encoder));
  std::vector<std::string> taken;
  // First the names that fit as they are, so a long name never displaces a short one.
  std::vector<bool> done(names.size(), false);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (encoder.size(usable[i]) <= limit && !is_taken(taken, usable[i])) {
      out[i] = usable[i];
      taken.push_back(out[i]);
      done[i] = true;
    }
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (done[i]) continue;
    std::string candidate(encoder.cut(usable[i], limit));
    for (int n = 1; candidate.empty() || is_taken(taken, candidate); ++n) {
      std::string suffix = "_" + std::to_string(n);
      std::size_t room = limit == std::string::npos ? limit : limit - suffix.size();
      candidate = std::string(encoder.cut(usable[i], room)) + suffix;
    }
    out[i] = candidate;
    taken.push_back(candidate);
  }
  return out;
}

std::string free_name(const std::string& wanted, const std::vector<std::string>& taken) {
  std::string name = wanted;
  for (int n = 1; is_taken(taken, name); ++n) name = wanted + "_" + std::to_string(n);
  return name;
}

}  // namespace landplan::io::detail
