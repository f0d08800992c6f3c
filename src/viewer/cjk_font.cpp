// fontconfig lookup of a CJK font.
#include "viewer/cjk_font.hpp"

#include <fontconfig/fontconfig.h>

#include <memory>

namespace landplan::viewer {
namespace {

// The matched file for `pattern` if that font has the characters of "中文".
std::string match_covering(FcConfig* config, const char* pattern_text) {
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pattern(
      FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text)), FcPatternDestroy);
  if (!pattern) return "";
  FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> match(
      FcFontMatch(config, pattern.get(), &result), FcPatternDestroy);
  if (!match) return "";
  FcCharSet* charset = nullptr;
  if (FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &charset) != FcResultMatch ||
      !FcCharSetHasChar(charset, 0x4E2D) || !FcCharSetHasChar(charset, 0x6587)) {
    return "";
  }
  FcChar8* file = nullptr;
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) return "";
  return reinterpret_cast<const char*>(file);
}

}  // namespace

std::string find_cjk_font() {
  FcConfig* config = FcInitLoadConfigAndFonts();
  if (!config) return "";
  std::string file = match_covering(config, "WenQuanYi Micro Hei");
  if (file.empty()) file = match_covering(config, ":lang=zh-cn");
  FcConfigDestroy(config);
  return file;
}

}  // namespace landplan::viewer
