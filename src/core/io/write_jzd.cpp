// The coordinate-exchange TXT as approval systems and Chinese GIS plug-ins read it: strict in
// what it writes (README.md, "界址点坐标 TXT"), so that landplan's own liberal reader and every
// other one read the same plots back.
#include "io/write_jzd.hpp"

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fstream>

#include "io/jzd_format.hpp"
#include "landplan/gauss_kruger.hpp"
#include "landplan/planar.hpp"

namespace landplan::io::detail {
namespace {

std::string today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

// The header of a file in `gk` (its zone number in Y or not).
std::string header_of(const GaussKruger& gk) {
  return "[属性描述]\n格式版本号=1.01版本\n数据产生单位=\n数据产生日期=" + today() +
         "\n坐标系=" + std::string(gk_datum_name_zh(gk.datum)) +
         "\n几度分带=" + std::to_string(gk.width) +
         "\n投影类型=高斯克吕格\n计量单位=米\n带号=" + std::to_string(gk.zone) +
         "\n精度=0.001\n转换参数=,,,,,,\n[地块坐标]\n";
}

// A field value that keeps the line's structure: commas become full-width (a reader splits on
// half-width ones), line breaks spaces.
std::string field_text(std::string text, std::size_t& changed) {
  std::string out;
  for (char c : text) {
    if (c == ',') {
      out += "，";
      ++changed;
    } else if (c == '\r' || c == '\n') {
      out += ' ';
      ++changed;
    } else {
      out += c;
    }
  }
  return out;
}

// One ring as written: closed, the coordinates rounded as the text has them, and turned
// clockwise for a shell (界址点 are numbered clockwise) or counter-clockwise for a hole.
std::vector<double> written_ring(RingView ring, double x_offset, bool shell) {
  std::vector<double> xy;
  for (std::size_t i = 0; i < ring.size; ++i) {
    for (double value : {ring.x(i) + x_offset, ring.y(i)}) {
      xy.push_back(std::strtod(jzd::decimal_text(value, 3).c_str(), nullptr));
    }
  }
  if (xy.size() >= 2 && (xy[0] != xy[xy.size() - 2] || xy[1] != xy.back())) {
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
  }
  double area = signed_ring_area(RingView{xy.data(), xy.size() / 2});
  if ((area > 0) == shell) {  // counter-clockwise shell or clockwise hole: reverse
    for (std::size_t i = 0, j = xy.size() - 2; i < j; i += 2, j -= 2) {
      std::swap(xy[i], xy[j]);
      std::swap(xy[i + 1], xy[j + 1]);
    }
  }
  return xy;
}

std::string text_of(const Column* column, std::size_t feature) {
  return column && !column->is_null(feature) ? column->to_string(feature) : "";
}

}  // namespace

void check_jzd_layer(const Layer& layer, const std::string& where) {
  if (layer.kind != GeometryKind::polygon) {
    throw InputError(where,
                     "the layer holds " + std::string(kind_name(layer.kind)) +
                         "s: the coordinate-exchange TXT records plots (面)",
                     "export its polygon layers only (--layers)");
  }
  if (gauss_kruger_of(layer.crs)) return;
  std::string hint = "EPSG:4549 (CGCS2000 3-degree Gauss-Kruger CM 120E)";
  Box extent = layer.extent();
  if (!extent.empty()) {
    double centre[2] = {(extent.minx + extent.maxx) / 2, (extent.miny + extent.maxy) / 2};
    Transformer(layer.crs, layer.crs.geographic()).transform(centre);
    if (auto gk = gauss_kruger_of(working_crs_for(centre[0], centre[1], layer.crs)))
      hint = gk->described();
  }
  throw InputError(where,
                   "the coordinate-exchange TXT needs a Gauss-Kruger CRS, and the layer is in " +
                       layer.crs.label(),
                   "pass --crs " + hint);
}

std::size_t write_jzd(const Layer& layer, const std::filesystem::path& file,
                      const std::string& where, const WriteOptions& options,
                      const TextEncoder& encoder, Warnings& warnings) {
  GaussKruger gk = *gauss_kruger_of(layer.crs);
  GaussKruger out = gk.with_prefix(options.zone_prefix);
  double x_offset = ((out.zone_prefix ? 1 : 0) - (gk.zone_prefix ? 1 : 0)) * gk.zone * 1e6;
  auto name_field = options.name_fields.find(layer.name);
  const Column* name =
      name_field == options.name_fields.end() ? nullptr : layer.column(name_field->second);
  const Column* number = layer.column(jzd::kNumber);
  const Column* use = layer.column(jzd::kUse);
  const Column* land_code = layer.column(jzd::kLandCode);
  const Column* sheet = layer.column(jzd::kSheet);
  std::vector<const Column*> extras;
  for (int i = 1; const Column* extra = layer.column(jzd::kExtraField + std::to_string(i)); ++i)
    extras.push_back(extra);

  std::string text = header_of(out);
  std::size_t plots = 0, null_geometries = 0, changed = 0;
  for (std::size_t f = 0; f < layer.size(); ++f) {
    if (layer.is_null(f)) {
      ++null_geometries;
      continue;
    }
    ++plots;
    std::vector<std::vector<double>> rings;
    double m2 = 0;
    auto [first_part, end_part] = layer.parts(f);
    for (std::size_t p = first_part; p < end_part; ++p) {
      auto [first_ring, end_ring] = layer.rings(p);
      for (std::size_t r = first_ring; r < end_ring; ++r) {
        rings.push_back(written_ring(layer.ring(r), x_offset, r == first_ring));
        double area =
            std::abs(signed_ring_area(RingView{rings.back().data(), rings.back().size() / 2}));
        m2 += r == first_ring ? area : -area;
      }
    }
    std::size_t points = 0;
    for (const auto& ring : rings) points += ring.size() / 2;
    std::string plot_number = text_of(number, f);
    if (plot_number.empty()) plot_number = std::to_string(plots);
    std::vector<std::string> fields = {std::to_string(points),
                                       jzd::decimal_text(m2 / 1e4, 4),
                                       plot_number,
                                       text_of(name, f),
                                       "面",
                                       text_of(sheet, f),
                                       text_of(use, f),
                                       text_of(land_code, f)};
    for (const Column* extra : extras) fields.push_back(text_of(extra, f));
    for (std::size_t i = 0; i < fields.size(); ++i) text += field_text(fields[i], changed) + ",";
    text += "@\n";
    int point = 0;
    for (std::size_t r = 0; r < rings.size(); ++r) {
      const std::vector<double>& xy = rings[r];
      int ring_first = point + 1;
      for (std::size_t i = 0; i < xy.size() / 2; ++i) {
        bool closing = i + 1 == xy.size() / 2;
        // X is the northing, Y the easting.
        text += "J" + std::to_string(closing ? ring_first : ++point) + "," + std::to_string(r + 1) +
                "," + jzd::decimal_text(xy[2 * i + 1], 3) + "," + jzd::decimal_text(xy[2 * i], 3) +
                "\n";
      }
    }
  }
  if (null_geometries > 0) {
    warnings.push_back(where + ": " + std::to_string(null_geometries) +
                       " features without geometry left out (a plot needs its points)");
  }
  if (changed > 0) {
    warnings.push_back(where + ": " + std::to_string(changed) +
                       " commas or line breaks in text written as ， or spaces (the format "
                       "separates fields by commas, plots by lines)");
  }
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::optional<std::string> bytes = encoder.encode(crlf);
  if (!bytes) {
    std::size_t replaced = 0;
    bytes = encoder.encode(encoder.representable(crlf, "?", replaced));
    warnings.push_back(where + ": " + std::to_string(replaced) +
                       " characters GBK lacks written as ?");
  }
  std::ofstream stream(file, std::ios::binary | std::ios::trunc);
  stream << *bytes;
  if (!stream.flush()) {
    throw InputError(file.string(), "could not be written", "check free space and --to");
  }
  return plots;
}

}  // namespace landplan::io::detail
