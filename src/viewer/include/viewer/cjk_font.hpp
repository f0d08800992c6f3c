// Finding a font that has Chinese glyphs, through fontconfig (fonts-wqy-microhei is installed by
// scripts/install-deps.sh), so labels never come out as empty boxes.
#pragma once

#include <string>

namespace landplan::viewer {

// The file of the best installed font for Simplified Chinese: WenQuanYi Micro Hei if present,
// else whatever fontconfig matches for lang zh-cn that really covers 中文. "" when none does.
std::string find_cjk_font();

}  // namespace landplan::viewer
