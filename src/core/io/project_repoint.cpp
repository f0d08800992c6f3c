// Editing the few bytes of project.toml that say where a layer is: toml++ finds the line of
// each value, a small lexer of that one line finds its bytes.
#include "io/project_repoint.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <vector>

#include "landplan/error.hpp"

namespace landplan::io::detail {
namespace {

enum class Token { key_part, string, dot, equals, comma, open, close, other };

struct Lexed {
  Token kind = Token::other;
  std::size_t begin = 0, end = 0;  // byte offsets in the whole text
  std::string text;                // a key part or string, unquoted
  bool multiline = false;          // a """ or ''' string, which goes on past this line
  int depth = 0;                   // inline tables and arrays open around it
};

// One `key = value` written on a line, as byte offsets in the whole text.
struct KeyValue {
  std::vector<std::string> path;  // the key's parts, unquoted ("layers", "sites", "source")
  std::size_t key_begin = 0;
  std::size_t last_part_begin = 0;  // where its last part is written
  std::size_t value_begin = 0, value_end = 0;
  bool string_value = false;
  bool multiline = false;
  int depth = 0;
};

struct Line {
  std::size_t begin = 0, end = 0;  // end: before "\r\n" or "\n"
  std::size_t comment = 0;         // where a # comment starts; `end` when there is none
  std::vector<KeyValue> key_values;
};

bool is_bare(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// A quoted string from `i`: its end and its text (escapes of basic strings taken as the
// character they escape, which is enough to compare keys).
Lexed string_at(const std::string& text, std::size_t i, std::size_t end, int depth) {
  char quote = text[i];
  Lexed token{Token::string, i, end, "", false, depth};
  if (text.compare(i, 3, std::string(3, quote)) == 0) {
    token.multiline = true;
    return token;
  }
  std::size_t j = i + 1;
  for (; j < end && text[j] != quote; ++j) {
    if (quote == '"' && text[j] == '\\' && j + 1 < end) ++j;
    token.text += text[j];
  }
  token.end = std::min(j + 1, end);
  return token;
}

std::vector<Lexed> lex(const std::string& text, Line& line) {
  std::vector<Lexed> tokens;
  int depth = 0;
  line.comment = line.end;
  for (std::size_t i = line.begin; i < line.end;) {
    char c = text[i];
    if (c == ' ' || c == '\t') {
      ++i;
    } else if (c == '#') {
      line.comment = i;
      break;
    } else if (c == '"' || c == '\'') {
      tokens.push_back(string_at(text, i, line.end, depth));
      i = tokens.back().end;
    } else if (is_bare(c)) {
      std::size_t j = i;
      while (j < line.end && is_bare(text[j])) ++j;
      tokens.push_back({Token::key_part, i, j, text.substr(i, j - i), false, depth});
      i = j;
    } else {
      Token kind = c == '.'                 ? Token::dot
                   : c == '='               ? Token::equals
                   : c == ','               ? Token::comma
                   : (c == '{' || c == '[') ? Token::open
                   : (c == '}' || c == ']') ? Token::close
                                            : Token::other;
      if (kind == Token::close) --depth;
      tokens.push_back({kind, i, i + 1, "", false, depth});
      if (kind == Token::open) ++depth;
      ++i;
    }
  }
  return tokens;
}

// The key = value pairs of the line: a key starts the line, or follows "{" or ",".
void find_key_values(const std::string& text, Line& line) {
  std::vector<Lexed> tokens = lex(text, line);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    bool key_place = k == 0 || tokens[k - 1].kind == Token::comma ||
                     (tokens[k - 1].kind == Token::open && text[tokens[k - 1].begin] == '{');
    if (!key_place) continue;
    KeyValue pair;
    pair.key_begin = tokens[k].begin;
    pair.depth = tokens[k].depth;
    std::size_t t = k;
    while (t < tokens.size() &&
           (tokens[t].kind == Token::key_part || tokens[t].kind == Token::string)) {
      pair.path.push_back(tokens[t].text);
      pair.last_part_begin = tokens[t].begin;
      if (t + 1 < tokens.size() && tokens[t + 1].kind == Token::dot) {
        t += 2;
      } else {
        ++t;
        break;
      }
    }
    if (pair.path.empty() || t + 1 >= tokens.size() || tokens[t].kind != Token::equals) continue;
    const Lexed& value = tokens[t + 1];
    pair.value_begin = value.begin;
    pair.value_end = value.end;
    pair.string_value = value.kind == Token::string;
    pair.multiline = value.multiline;
    line.key_values.push_back(std::move(pair));
  }
}

Line line_at(const std::string& text, std::size_t number) {
  Line line;
  for (std::size_t n = 1; n < number; ++n) {
    std::size_t next = text.find('\n', line.begin);
    if (next == std::string::npos) throw std::logic_error("toml++ named a line past the end");
    line.begin = next + 1;
  }
  line.end = std::min(text.find('\n', line.begin), text.size());
  if (line.end > line.begin && text[line.end - 1] == '\r') --line.end;
  find_key_values(text, line);
  return line;
}

std::string quoted(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      constexpr const char* kHex = "0123456789abcdef";
      out += "\\u00";
      out += kHex[(c >> 4) & 0xf];
      out += kHex[c & 0xf];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

struct Edit {
  std::size_t begin, end;
  std::string text;
};

class Repointer {
 public:
  Repointer(const std::string& text, const std::string& file, const std::string& key)
      : text_(text), file_(file), key_(key) {
    try {
      root_ = toml::parse(text_, file_);
    } catch (const toml::parse_error& error) {
      throw InputError(file_ + ":" + std::to_string(error.source().begin.line),
                       "is not valid TOML (" + std::string(error.description()) + ")",
                       "fix the line shown");
    }
    const toml::table* layers = root_["layers"].as_table();
    table_ = layers ? (*layers)[key_].as_table() : nullptr;
    if (!table_) {
      throw InputError(file_, "has no [layers." + key_ + "] table",
                       "add it, or choose a layer it has");
    }
  }

  // Where `name` of the layer's table is written, or nullopt when it is not. When several pairs
  // of that name share the line (an inline `fields = { source = … }` beside it), the outermost.
  std::optional<std::pair<Line, KeyValue>> find(const std::string& name) const {
    const toml::node* node = table_->get(name);
    if (!node) return std::nullopt;
    Line line = line_at(text_, node->source().begin.line);
    const KeyValue* found = nullptr;
    for (const KeyValue& pair : line.key_values) {
      if (pair.path.back() == name && (!found || pair.depth < found->depth)) found = &pair;
    }
    if (!found) throw std::logic_error("layers." + key_ + "." + name + " not found on its line");
    if (found->multiline || !found->string_value) {
      throw InputError(place(file_, "layers." + key_ + "." + name),
                       "is not a one-line string, which landplan cannot repoint",
                       "write it as " + name + " = \"…\" on one line");
    }
    KeyValue pair = *found;
    return std::pair{std::move(line), std::move(pair)};
  }

  // Whether the table already says exactly this, with no hint of another source.
  bool points_at(const std::string& source, const std::string& layer) const {
    return table_->get_as<std::string>("source") &&
           table_->get_as<std::string>("source")->get() == source &&
           table_->get_as<std::string>("layer") &&
           table_->get_as<std::string>("layer")->get() == layer &&
           !table_->get("source_encoding") && !table_->get("assume_crs");
  }

  std::string raw(std::size_t begin, std::size_t end) const {
    return text_.substr(begin, end - begin);
  }
  const std::string& text() const { return text_; }
  const std::string& file() const { return file_; }

 private:
  const std::string& text_;
  std::string file_, key_;
  toml::table root_;
  const toml::table* table_ = nullptr;
};

// The bytes a pair of an inline table takes, with one comma beside it.
std::pair<std::size_t, std::size_t> inline_span(const std::string& text, const KeyValue& pair) {
  std::size_t begin = pair.key_begin, end = pair.value_end;
  std::size_t after = text.find_first_not_of(" \t", end);
  if (after != std::string::npos && text[after] == ',') {
    end = text.find_first_not_of(" \t", after + 1);
    return {begin, end};
  }
  std::size_t before = text.find_last_not_of(" \t", begin - 1);
  if (before != std::string::npos && text[before] == ',') begin = before;
  return {begin, end};
}

void check(const std::string& edited, const std::string& key, const std::string& source,
           const std::string& layer) {
  toml::table root = toml::parse(edited);
  auto table = root["layers"][key];
  if (table["source"].value<std::string>() != source ||
      table["layer"].value<std::string>() != layer || table["source_encoding"] ||
      table["assume_crs"]) {
    throw std::logic_error("project.toml was not repointed as meant:\n" + edited);
  }
}

}  // namespace

std::string repointed_project(const std::string& text, const std::string& file,
                              const std::string& key, const std::string& source,
                              const std::string& layer) {
  Repointer repointer(text, file, key);
  if (repointer.points_at(source, layer)) return text;  // a second save of a stale Project
  auto [source_line, source_pair] = *repointer.find("source");
  std::vector<Edit> edits;
  edits.push_back({source_pair.value_begin, source_pair.value_end, quoted(source)});
  std::string was = "was " + repointer.raw(source_pair.value_begin, source_pair.value_end);
  std::string prefix = repointer.raw(source_pair.key_begin, source_pair.last_part_begin);
  std::string layer_pair = prefix + "layer = " + quoted(layer);
  std::string after_source_line;  // a line added below the source line
  if (auto existing = repointer.find("layer")) {
    const KeyValue& pair = existing->second;
    was += ", layer " + repointer.raw(pair.value_begin, pair.value_end);
    edits.push_back({pair.value_begin, pair.value_end, quoted(layer)});
  } else if (source_pair.depth > 0) {
    edits.push_back({source_pair.value_end, source_pair.value_end, ", " + layer_pair});
  } else {
    bool crlf = source_line.end < text.size() && text[source_line.end] == '\r';
    std::size_t indent = text.find_first_not_of(" \t", source_line.begin) - source_line.begin;
    after_source_line =
        (crlf ? "\r\n" : "\n") + text.substr(source_line.begin, indent) + layer_pair;
  }
  // How the old source was read (its text encoding, an assumed CRS or GCJ-02) does not describe
  // the GeoPackage, which holds UTF-8 and declares its CRS: read with them, it would be garbled.
  for (const char* name : {"source_encoding", "assume_crs"}) {
    auto found = repointer.find(name);
    if (!found) continue;
    const KeyValue& pair = found->second;
    if (pair.depth == 0) {
      edits.push_back({pair.key_begin, pair.key_begin, "# "});
    } else {
      auto [begin, end] = inline_span(text, pair);
      was += ", " + repointer.raw(pair.key_begin, pair.value_end);
      edits.push_back({begin, end, ""});
    }
  }
  std::string note = was + " before a sketch was saved";
  note = source_line.comment < source_line.end ? " — " + note : "  # " + note;
  edits.push_back({source_line.end, source_line.end, note + after_source_line});

  std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.begin != b.begin ? a.begin > b.begin : a.end > b.end;
  });
  std::string edited = text;
  for (const Edit& edit : edits) edited.replace(edit.begin, edit.end - edit.begin, edit.text);
  check(edited, key, source, layer);
  return edited;
}

}  // namespace landplan::io::detail
