// Passwords of PostgreSQL connections never shown: every message landplan prints passes here.
#pragma once

#include <string>
#include <string_view>

namespace landplan {

// What stands for a hidden password.
inline constexpr std::string_view kHiddenPassword = "***";

// `text` with every password that a libpq connection string can carry replaced by ***, wherever
// in the text the connection string sits: key/value `password=x`, `password = 'x y'` (any
// spacing, quoted with \' escapes), URI userinfo `postgresql://user:x@host` (and postgres://),
// URI query `?password=x` / `&password=x` — keys percent-encoded too (`pass%77ord=`), any case.
// Text without a password comes back unchanged.
std::string mask_passwords(std::string_view text);

}  // namespace landplan
