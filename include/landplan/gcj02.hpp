// GCJ-02 (国测局坐标, "Mars coordinates"): the obfuscated longitude/latitude that AMap, Tencent
// maps and 奥维 show and export, and its inverse back to WGS 84.
#pragma once

#include <string_view>

namespace landplan::gcj02 {

struct LonLat {
  double lon = 0.0;  // degrees east
  double lat = 0.0;  // degrees north
};

// Whether a CRS given by a user (--assume-crs, assume_crs) names GCJ-02: "GCJ-02" or "GCJ02",
// in any letter case. GCJ-02 is no CRS that PROJ knows, so readers check this first.
bool is_gcj02_name(std::string_view text);

// The published algorithm's own rule: outside the box 72.004–137.8347°E, 0.8293–55.8271°N
// GCJ-02 equals WGS 84 (the box of the leaked code that googollee/eviltransform carries).
bool outside_china(LonLat point);

// WGS 84 → GCJ-02: the published forward obfuscation (Krasovsky-ellipsoid offsets of a few
// hundred metres, varying smoothly across China).
LonLat from_wgs84(LonLat wgs84);

// GCJ-02 → WGS 84: the point whose forward obfuscation is `gcj02`, by fixed-point iteration
// (the offset changes by about 0.3% of a step per step, so each step gains two to three digits).
// Iterates until from_wgs84(result) is within 1e-10° of `gcj02`: measured over a 0.5° grid of
// China, it reproduces `gcj02` to better than 0.02 mm.
LonLat to_wgs84(LonLat gcj02);

}  // namespace landplan::gcj02
