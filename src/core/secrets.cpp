// Finding the passwords of libpq connection strings in any text, to hide them.
#include "landplan/secrets.hpp"

#include <cctype>

namespace landplan {
namespace {

bool is_blank(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool starts_with_ignoring_case(std::string_view text, std::size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(text[at + i]) != prefix[i]) return false;
  }
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = lower(c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// A keyword as libpq reads it in a URI query: %XX decoded; lower case for comparing.
std::string decoded_key(std::string_view key) {
  std::string out;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (key[i] == '%' && i + 2 < key.size() && hex_value(key[i + 1]) >= 0 &&
        hex_value(key[i + 2]) >= 0) {
      out += lower(static_cast<char>(hex_value(key[i + 1]) * 16 + hex_value(key[i + 2])));
      i += 2;
    } else {
      out += lower(key[i]);
    }
  }
  return out;
}

bool is_key_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '%';
}

// Hides the value of each `password=` item: key/value (ends at a blank, or 'quoted') or URI
// query (after ? or &, ends at &, # or a blank).
std::string mask_password_items(std::string_view text) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t eq = text.find('='); eq != std::string_view::npos; eq = text.find('=', eq + 1)) {
    std::size_t key_end = eq;
    while (key_end > copied && is_blank(text[key_end - 1])) --key_end;
    std::size_t key_start = key_end;
    while (key_start > copied && is_key_char(text[key_start - 1])) --key_start;
    if (key_start == key_end ||
        decoded_key(text.substr(key_start, key_end - key_start)) != "password") {
      continue;
    }
    bool in_uri = key_start > 0 && (text[key_start - 1] == '?' || text[key_start - 1] == '&');
    std::size_t value = eq + 1;
    while (!in_uri && value < text.size() && is_blank(text[value]) && text[value] != '\n') ++value;
    std::size_t end = value;
    if (!in_uri && end < text.size() && text[end] == '\'') {
      for (++end; end < text.size() && text[end] != '\'' && text[end] != '\n'; ++end) {
        if (text[end] == '\\' && end + 1 < text.size()) ++end;
      }
      if (end < text.size() && text[end] == '\'') ++end;
    } else {
      while (end < text.size() && !is_blank(text[end]) &&
             !(in_uri && (text[end] == '&' || text[end] == '#'))) {
        ++end;
      }
      // "source: problem": the colon of the message is not the password's.
      if (end > value && text[end - 1] == ':' && (end == text.size() || is_blank(text[end]))) --end;
    }
    out.append(text.substr(copied, value - copied)).append(kHiddenPassword);
    copied = end;
    eq = end > eq ? end - 1 : eq;
  }
  return out.append(text.substr(copied));
}

// Hides the password of each URI's userinfo: postgresql://user:password@host — libpq takes
// everything up to the first @ before a / as userinfo, and the password after its first ':'.
std::string mask_uri_passwords(std::string_view text) {
  std::string out;
  std::size_t copied = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::size_t scheme = starts_with_ignoring_case(text, at, "postgresql://") ? 13
                         : starts_with_ignoring_case(text, at, "postgres://") ? 11
                                                                              : 0;
    if (scheme == 0) continue;
    std::size_t start = at + scheme;
    std::size_t end = start;
    while (end < text.size() && text[end] != '@' && text[end] != '/' && text[end] != '\n') ++end;
    if (end == text.size() || text[end] != '@') continue;
    std::size_t colon = text.find(':', start);
    if (colon < end) {
      out.append(text.substr(copied, colon + 1 - copied)).append(kHiddenPassword);
      copied = end;
    }
    at = end;
  }
  return out.append(text.substr(copied));
}

}  // namespace

std::string mask_passwords(std::string_view text) {
  return mask_password_items(mask_uri_passwords(text));
}

}  // namespace landplan
