// OGR's geometry and field types as the Layer's, and one field value into its column (internal).
#pragma once

#include <ogrsf_frmts.h>

#include <string>

#include "landplan/layer.hpp"

namespace landplan::io::detail {

// The layer's kind from OGR's declared geometry type (none: decided by the data).
GeometryKind layer_kind(OGRwkbGeometryType type);

// How a field is stored (integer, real, text) and what its values are (date, boolean, list…).
FieldType field_type(OGRFieldType type);
ValueKind value_kind(const OGRFieldDefn& field);

// `text` in `encoding`, as UTF-8 (for drivers that cannot recode themselves).
std::string recoded(const std::string& text, const std::string& encoding);

// Appends field `index` of `feature` to `column`: dates and times as ISO 8601, text recoded from
// `recode_from` when given, and, with `check_utf8`, text that is not UTF-8 taken as Latin-1 and
// noted in `saw_invalid_utf8`.
void read_attribute(const OGRFeature& feature, int index, Column& column, bool check_utf8,
                    const std::string& recode_from, bool& saw_invalid_utf8);

}  // namespace landplan::io::detail
