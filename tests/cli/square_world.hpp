// The square-site world of the core tests as files: a 100 m site 甲点 over two 永久基本农田
// polygons, 生态保护红线, the 城镇开发边界 and 三调 parcels, in EPSG:4549 around (409000, 4696000),
// each layer a GeoPackage of its own, with a project.toml naming some of them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "support/fixtures.hpp"

namespace landplan::test {

inline constexpr double kWorldX = 409000, kWorldY = 4696000;

// A rectangle given as offsets from (kWorldX, kWorldY), as WKT.
std::string rect(double x0, double y0, double x1, double y1);

// `name`.gpkg in `dir` with one layer `name` of those fields and features.
void write_gpkg(const TempDir& dir, const std::string& name, std::vector<std::string> fields,
                std::vector<FeatureSpec> features);

// Writes the world's files into `dir` and a project.toml naming `layers` (key → role) of them,
// then `extra`; returns the project file. By hand, in m²: 甲点 (0,0)–(100,100) holds 3,400 of
// 永久基本农田, 400 of 生态保护红线, 7,000 inside the 城镇开发边界; 0103 4,500 (+500 田坎), 0102
// 2,000, 0101 1,700 (+300), 0702 1,000.
std::string square_world(const TempDir& dir,
                         const std::vector<std::pair<std::string, std::string>>& layers,
                         const std::string& extra = "");

// Every layer of the world with its role: sites, yjjbnt, stbhhx, czkfbj, dltb.
extern const std::vector<std::pair<std::string, std::string>> kSquareWorld;

}  // namespace landplan::test
