// Pointing one [layers.<key>] of project.toml at another dataset by editing its text: people
// write project.toml with comments, order and spacing of their own, which re-serialising
// would lose.
#pragma once

#include <string>

namespace landplan::io::detail {

// `text` (project.toml) with [layers.<key>] pointing at `source`/`layer`: the values of its
// source and layer keys replaced where they are written (a layer key added after source when
// missing), a comment on the source line naming what it pointed at before, and the keys that
// described the old source (source_encoding, assume_crs) commented out or removed. Every other
// byte is kept; a table that already points there is left as it is. The layer may be a
// [layers.<key>] table, dotted keys, or an inline table. Throws InputError naming `file` when the
// table is not there or its source is a multi-line string.
std::string repointed_project(const std::string& text, const std::string& file,
                              const std::string& key, const std::string& source,
                              const std::string& layer);

}  // namespace landplan::io::detail
