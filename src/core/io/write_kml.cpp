// One KML document for all layers, through GDAL's LIBKML driver: layers become <Folder>s, the
// styles the document's shared <Style>s (LIBKML turns OGR style strings into KML's aabbggrr
// colours), attributes <ExtendedData> with a <Schema>, and a field of its own the <name>.
#include "io/write_kml.hpp"

#include <cpl_conv.h>
#include <fmt/format.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "io/gdal_source.hpp"
#include "io/write_formats.hpp"
#include "io/write_names.hpp"
#include "io/write_ogr.hpp"

namespace landplan::io::detail {
namespace {

// Columns with these names (LIBKML's defaults, compared without case) would become KML elements
// (<description>, <TimeStamp>, <visibility>…) instead of ExtendedData; the configuration option
// that names each is pointed at a free name while such a layer is written. (GDAL's LIBKML driver
// documentation, "Fields".)
constexpr std::pair<const char*, const char*> kSpecialFields[] = {
    {"LIBKML_DESCRIPTION_FIELD", "description"},
    {"LIBKML_TIMESTAMP_FIELD", "timestamp"},
    {"LIBKML_BEGIN_FIELD", "begin"},
    {"LIBKML_END_FIELD", "end"},
    {"LIBKML_ALTITUDEMODE_FIELD", "altitudeMode"},
    {"LIBKML_TESSELLATE_FIELD", "tessellate"},
    {"LIBKML_EXTRUDE_FIELD", "extrude"},
    {"LIBKML_VISIBILITY_FIELD", "visibility"},
    {"LIBKML_DRAWORDER_FIELD", "drawOrder"},
    {"LIBKML_ICON_FIELD", "icon"},
    {"LIBKML_SNIPPET_FIELD", "snippet"},
    {"LIBKML_HEADING_FIELD", "heading"},
    {"LIBKML_TILT_FIELD", "tilt"},
    {"LIBKML_ROLL_FIELD", "roll"},
    {"LIBKML_MODEL_FIELD", "model"},
    {"LIBKML_NETWORKLINK_FIELD", "networklink"},
    {"LIBKML_PHOTOOVERLAY_FIELD", "photooverlay"},
};

// "#rrggbbaa" as OGR style strings write colours, with the layer's opacity in the alpha.
std::string ogr_colour(Rgba c, double opacity) {
  auto alpha = static_cast<int>(std::lround(c.a * std::clamp(opacity, 0.0, 1.0)));
  return fmt::format("#{:02x}{:02x}{:02x}{:02x}", c.r, c.g, c.b, alpha);
}

// The OGR style string of a layer's features: a polygon's outline (PEN) and fill (BRUSH; a
// transparent one where the style has none, since KML fills polygons by default), a line's
// colour, a point's icon colour. `fill` is the category's colour or the layer's fill.
std::string style_string(GeometryKind kind, const LayerLook& look, std::optional<Rgba> fill) {
  std::string width = fmt::format("w:{:g}px", look.width);
  switch (kind) {
    case GeometryKind::point: {
      std::optional<Rgba> colour = fill ? fill : look.outline;
      // The scale is needed: GDAL 3.6's LIBKML driver dereferences a null IconStyle without it.
      return colour ? "SYMBOL(c:" + ogr_colour(*colour, look.opacity) + ",s:1)" : "";
    }
    case GeometryKind::line: {
      std::optional<Rgba> colour = fill && !look.category_colours.empty() ? fill : look.outline;
      if (!colour) colour = fill;
      return colour ? "PEN(c:" + ogr_colour(*colour, look.opacity) + "," + width + ")" : "";
    }
    case GeometryKind::polygon:
    case GeometryKind::none:
      break;
  }
  if (!fill && !look.outline) return "";
  std::string pen = look.outline
                        ? "PEN(c:" + ogr_colour(*look.outline, look.opacity) + "," + width + ");"
                        : "PEN(c:#00000000);";
  return pen + "BRUSH(fc:" + (fill ? ogr_colour(*fill, look.opacity) : "#00000000") + ")";
}

// The layer's id in the document: its name where that is a plain ASCII identifier (parcels),
// else layerN. LIBKML turns other characters into '_', and the <Schema> ids of two Chinese
// names of one length would collide.
std::string document_id(const std::string& name, std::size_t index,
                        const std::vector<std::string>& taken) {
  bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
  std::string id = plain ? name : "layer" + std::to_string(index + 1);
  return free_name(id, taken);
}

std::vector<std::string> column_names(const Layer& layer) {
  std::vector<std::string> names;
  for (const Column& column : layer.columns) names.push_back(column.name());
  return names;
}

// The Placemark extras of one layer, and its styles added to the document's style table.
PlacemarkExtras placemark_extras(const LayerSchema& schema, const std::string& id,
                                 const WriteOptions& options, OGRStyleTable& styles) {
  const Layer& layer = *schema.layer;
  PlacemarkExtras extras;
  extras.id = id;
  extras.name_field = free_name("name", column_names(layer));
  extras.styles.assign(layer.size(), "");
  auto found = options.looks.find(layer.name);
  if (found == options.looks.end()) return extras;
  const LayerLook& look = found->second;
  extras.name = look.name_field.empty() ? nullptr : layer.column(look.name_field);
  std::string plain = style_string(layer.kind, look, look.fill);
  if (!plain.empty()) styles.AddStyle(id.c_str(), plain.c_str());
  for (std::size_t c = 0; c < look.category_colours.size(); ++c) {
    std::string category = id + "-" + std::to_string(c + 1);
    styles.AddStyle(category.c_str(),
                    style_string(layer.kind, look, look.category_colours[c]).c_str());
  }
  for (std::size_t f = 0; f < layer.size(); ++f) {
    std::int32_t c = f < look.feature_category.size() ? look.feature_category[f] : -1;
    if (c >= 0) {
      extras.styles[f] = "@" + id + "-" + std::to_string(c + 1);
    } else if (!plain.empty()) {
      extras.styles[f] = "@" + id;
    }
  }
  return extras;
}

}  // namespace

std::vector<std::size_t> write_kml(const std::vector<LayerSchema>& schemas,
                                   const std::filesystem::path& staging,
                                   const WriteOptions& options, const TextEncoder& encoder,
                                   Warnings& warnings) {
  std::vector<std::size_t> written;
  if (schemas.empty()) return written;
  GdalMessages gdal;
  std::filesystem::path file = staging / gdal_file_name(schemas.front());
  if (GetGDALDriverManager()->GetDriverCount() == 0) GDALAllRegister();  // library callers
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("LIBKML");
  if (!driver) throw std::runtime_error("GDAL has no LIBKML driver");
  CPLStringList document;
  document.SetNameValue("NAME",
                        (options.title.empty() ? schemas.front().base : options.title).c_str());
  document.SetNameValue("DESCRIPTION", kKmlDatumNote);
  GDALDatasetUniquePtr dataset(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, document.List()));
  if (!dataset) {
    throw InputError(
        file.string(),
        "could not be created (" + (gdal.failures().empty() ? "" : gdal.failures().front()) + ")",
        "check free space and that --to can be written");
  }
  // The shared styles go into the document before its folders.
  OGRStyleTable styles;
  std::vector<PlacemarkExtras> extras;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < schemas.size(); ++i) {
    ids.push_back(document_id(schemas[i].layer->name, i, ids));
    extras.push_back(placemark_extras(schemas[i], ids.back(), options, styles));
  }
  dataset->SetStyleTable(&styles);
  for (std::size_t i = 0; i < schemas.size(); ++i) {
    LayerSchema schema = schemas[i];
    schema.placemark = &extras[i];
    CPLConfigOptionSetter name("LIBKML_NAME_FIELD", extras[i].name_field.c_str(), false);
    std::vector<std::string> taken = column_names(*schema.layer);
    taken.push_back(extras[i].name_field);
    std::vector<std::unique_ptr<CPLConfigOptionSetter>> renamed;
    for (const auto& [option, field] : kSpecialFields) {
      if (free_name(field, column_names(*schema.layer)) == field) continue;  // no such column
      renamed.push_back(std::make_unique<CPLConfigOptionSetter>(
          option, free_name(std::string(field) + "_kml", taken).c_str(), false));
    }
    std::vector<std::string> creation = layer_creation_options(schema, encoder.encoding(), "", "");
    written.push_back(write_layer(*dataset, schema, creation, encoder, warnings));
  }
  dataset.reset();  // closes and writes the document
  if (!gdal.failures().empty()) {
    throw InputError(file.string(), "could not be written (" + gdal.failures().front() + ")",
                     "check free space and that --to can be written");
  }
  return written;
}

}  // namespace landplan::io::detail
