// The square-site world as files.
#include "cli/square_world.hpp"

#include <fmt/format.h>

#include <fstream>

namespace landplan::test {

std::string rect(double x0, double y0, double x1, double y1) {
  return fmt::format("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))", kWorldX + x0,
                     kWorldY + y0, kWorldX + x1, kWorldY + y1);
}

void write_gpkg(const TempDir& dir, const std::string& name, std::vector<std::string> fields,
                std::vector<FeatureSpec> features) {
  write_dataset(dir.file(name + ".gpkg"),
                {.layer = name, .fields = std::move(fields), .features = std::move(features)});
}

std::string square_world(const TempDir& dir,
                         const std::vector<std::pair<std::string, std::string>>& layers,
                         const std::string& extra) {
  write_gpkg(
      dir, "sites", {"名称"},
      {{rect(0, 0, 100, 100), {{"名称", "甲点"}}}, {rect(200, 0, 210, 10), {{"名称", "乙点"}}}});
  write_gpkg(dir, "greenhouses", {"名称"}, {{rect(0, 0, 50, 50), {{"名称", "大棚区"}}}});
  write_gpkg(dir, "yjjbnt", {}, {{rect(-20, -20, 40, 60), {}}, {rect(30, 0, 60, 50), {}}});
  write_gpkg(dir, "stbhhx", {}, {{rect(80, 80, 150, 150), {}}});
  write_gpkg(dir, "czkfbj", {}, {{rect(-100, -100, 70, 200), {}}});
  std::vector<std::string> dltb = {"DLBM", "KCXS", "GDPDJB", "ZLDWMC"};
  auto parcel = [](std::string wkt, std::string code, std::string ratio, std::string grade,
                   std::string village) {
    return FeatureSpec{std::move(wkt),
                       {{"DLBM", code}, {"KCXS", ratio}, {"GDPDJB", grade}, {"ZLDWMC", village}}};
  };
  write_gpkg(dir, "dltb", dltb,
             {parcel(rect(-10, -10, 50, 110), "0103", "0.1", "2", "甲"),
              parcel(rect(50, -10, 110, 40), "0102", "0", "1", "乙"),
              parcel(rect(50, 40, 110, 80), "0101", "0.15", "3", "乙"),
              parcel(rect(50, 80, 110, 110), "0702", "0", "", "乙"),
              parcel(rect(195, -5, 205, 15), "9999", "0", "", "丙")});
  std::string toml = "[project]\ncrs = \"EPSG:4549\"\n";
  for (const auto& [key, role] : layers) {
    toml += fmt::format("[layers.{0}]\nsource = \"{0}.gpkg\"\nrole = \"{1}\"\n", key, role);
  }
  std::string file = dir.file("project.toml");
  std::ofstream(file) << toml << extra;
  return file;
}

const std::vector<std::pair<std::string, std::string>> kSquareWorld = {
    {"sites", "relocation_sites"},
    {"yjjbnt", "basic_farmland"},
    {"stbhhx", "ecological_redline"},
    {"czkfbj", "development_boundary"},
    {"dltb", "parcels"}};

}  // namespace landplan::test
