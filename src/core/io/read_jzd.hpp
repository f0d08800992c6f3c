// Opening a coordinate-exchange TXT (界址点坐标) like any GDAL source: parsed by landplan into an
// in-memory GDAL dataset, so every reader (read, describe, layer names, export) takes it as it
// is (internal to the io module).
#pragma once

#include <gdal_priv.h>

#include <string>
#include <vector>

namespace landplan::io::detail {

// True for a plain file whose content opens with a [属性描述] or [地块坐标] line.
bool is_jzd_file(const std::string& source);

// One polygon layer named after the file, a feature per plot (FIDs 1, 2… in file order) with
// 地块编号, 地块名称, 地块用途, 地类编码, 图幅号, 申报面积_公顷 and any extra fields, in the CRS
// the header and eastings name (none when they name no zone). `encoding`: the user's, or null
// to detect. Throws InputError naming the file and line.
GDALDatasetUniquePtr open_jzd(const std::string& source, const char* encoding);

// For a dataset open_jzd made: the reader's warnings ("line N: …") and the text's encoding;
// nothing and "" for any other dataset.
std::vector<std::string> jzd_warnings(GDALDataset& dataset);
std::string jzd_encoding(GDALDataset& dataset);

}  // namespace landplan::io::detail
