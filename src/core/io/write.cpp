// Exporting layers: schema every file, refuse what cannot be written, write into a staging folder,
// then move the whole export into place.
#include "landplan/io/write.hpp"

#include <algorithm>

#include "io/write_folder.hpp"
#include "io/write_formats.hpp"
#include "io/write_jzd.hpp"
#include "io/write_kml.hpp"
#include "io/write_names.hpp"
#include "io/write_ogr.hpp"
#include "io/write_schema.hpp"
#include "landplan/text.hpp"

namespace landplan::io {
namespace fs = std::filesystem;
namespace {

using detail::LayerSchema;

// True when `file` is one of the inputs or a part of an input shapefile.
bool is_input(const fs::path& file, const std::vector<fs::path>& inputs) {
  std::error_code ec;
  for (const fs::path& input : inputs) {
    if (fs::equivalent(file, input, ec)) return true;
    bool shapefile = upper_ascii(input.extension().string()) == ".SHP";
    if (shapefile && file.stem() == input.stem() &&
        fs::equivalent(file.parent_path(), input.parent_path(), ec)) {
      return true;
    }
  }
  return false;
}

std::string listed(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 6;
  std::string text;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i) text += (i ? ", " : "") + names[i];
  if (names.size() > kShown) text += " and " + std::to_string(names.size() - kShown) + " more";
  return text;
}

// The files of earlier exports of these layers that `dir` holds: refused without `overwrite`,
// and never an input.
std::vector<std::string> earlier_files(const detail::OutputFolder& folder,
                                       const std::vector<LayerSchema>& schemas,
                                       const WriteOptions& options) {
  std::vector<std::string> family;
  for (const LayerSchema& schema : schemas) {
    for (std::string& name : detail::file_family(schema)) {
      // Layers sharing one dataset share its files: list each once, in order.
      if (std::find(family.begin(), family.end(), name) == family.end()) {
        family.push_back(std::move(name));
      }
    }
  }
  std::vector<std::string> existing = folder.existing(family);
  for (const std::string& name : existing) {
    if (is_input(folder.dir() / name, options.inputs)) {
      throw InputError((folder.dir() / name).string(), "is an input of this export",
                       "export to another folder (" + options.folder_option + ")");
    }
  }
  if (!existing.empty() && !options.overwrite) {
    throw InputError(folder.dir().string(), "already holds " + listed(existing),
                     "add --overwrite to replace them, or choose another " + options.folder_option);
  }
  return existing;
}

// "地类名称代码说明 → 地类名称_1, …": the first few renamed fields.
std::string renamed_fields(const LayerSchema& schema) {
  std::vector<std::string> renamed;
  for (std::size_t i = 0; i < schema.columns.size(); ++i) {
    const std::string& name = schema.layer->columns[i].name();
    if (name != schema.columns[i].name) renamed.push_back(name + " → " + schema.columns[i].name);
  }
  return listed(renamed);
}

// A UTF-8 DBF name holds 3 Chinese characters, a GBK one 5.
std::string gbk_hint(const LayerSchema& schema, const WriteOptions& options) {
  if (!detail::is_shapefile(schema.format) || options.encoding != TextEncoding::utf8) return "";
  for (std::size_t i = 0; i < schema.columns.size(); ++i) {
    const std::string& name = schema.layer->columns[i].name();
    bool chinese = std::any_of(name.begin(), name.end(), [](char c) { return c & 0x80; });
    if (chinese && name != schema.columns[i].name) {
      return "; with --encoding GBK a name holds 5 Chinese characters instead of 3";
    }
  }
  return "";
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view text) {
  for (OutputFormat f : {OutputFormat::shp, OutputFormat::shpzip, OutputFormat::gpkg,
                         OutputFormat::geojson, OutputFormat::fgb, OutputFormat::csv,
                         OutputFormat::jzd, OutputFormat::kml, OutputFormat::kmz}) {
    if (text == format_name(f)) return f;
  }
  return std::nullopt;
}

std::string_view format_name(OutputFormat format) {
  switch (format) {
    case OutputFormat::shpzip:
      return "shpzip";
    case OutputFormat::gpkg:
      return "gpkg";
    case OutputFormat::geojson:
      return "geojson";
    case OutputFormat::fgb:
      return "fgb";
    case OutputFormat::csv:
      return "csv";
    case OutputFormat::jzd:
      return "jzd";
    case OutputFormat::kml:
      return "kml";
    case OutputFormat::kmz:
      return "kmz";
    case OutputFormat::shp:
      break;
  }
  return "shp";
}

std::optional<TextEncoding> parse_text_encoding(std::string_view text) {
  std::string name = upper_ascii(text);
  if (name == "UTF-8" || name == "UTF8") return TextEncoding::utf8;
  if (name == "GBK" || name == "CP936" || name == "936") return TextEncoding::gbk;
  return std::nullopt;
}

void check_options(const WriteOptions& options) {
  // GeoPackage, GeoJSON and FlatGeobuf are UTF-8 by specification.
  bool any_encoding = detail::is_shapefile(options.format) || options.format == OutputFormat::csv ||
                      options.format == OutputFormat::jzd;
  if (options.encoding == TextEncoding::utf8 || any_encoding) return;
  throw InputError(
      "--encoding",
      std::string(format_name(options.format)) + " files are always UTF-8, which every GIS reads",
      "drop --encoding GBK, or use --format shp, shpzip or csv");
}

std::vector<WrittenLayer> write_layers(const std::vector<Layer>& layers, const fs::path& dir,
                                       const WriteOptions& options, Warnings& warnings) {
  check_options(options);
  std::vector<std::string> bases;
  bool kml = detail::is_kml(options.format);
  bool together = kml || (!options.one_dataset.empty() && options.format == OutputFormat::gpkg);
  std::string dataset = options.one_dataset.empty() ? "landplan" : options.one_dataset;
  for (const Layer& layer : layers) {
    bases.push_back(detail::safe_file_name(together ? dataset : layer.name));
  }
  if (!together) detail::make_unique(bases);

  detail::TextEncoder encoder(options.encoding);
  detail::OutputFolder folder(dir, options.folder_option);
  std::vector<LayerSchema> schemas;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    LayerSchema probe;
    probe.layer = &layers[i];
    probe.format = options.format;
    probe.base = bases[i];
    std::string where = (folder.dir() / detail::main_file_name(probe)).string();
    if (options.format == OutputFormat::jzd) {  // text of its own: no columns to fit
      detail::check_jzd_layer(layers[i], where);
      probe.where = where;
      schemas.push_back(probe);
      continue;
    }
    if (kml) where = place(where, layers[i].name);  // a folder of the one document
    schemas.push_back(detail::layer_schema(layers[i], bases[i], where, options, encoder, warnings));
  }
  std::vector<std::string> existing = earlier_files(folder, schemas, options);

  std::vector<WrittenLayer> written;
  // KML: one document holding every layer, written at once.
  std::vector<std::size_t> kml_features;
  if (kml) {
    kml_features = detail::write_kml(schemas, folder.staging(), options, encoder, warnings);
    if (!schemas.empty()) detail::finish_files(schemas.front(), folder.staging(), encoder);
  }
  for (std::size_t i = 0; i < schemas.size(); ++i) {
    const LayerSchema& schema = schemas[i];
    WrittenLayer out;
    out.layer = schema.layer->name;
    out.file = folder.dir() / detail::main_file_name(schema);
    if (kml) {
      out.features = kml_features[i];
    } else {
      out.features =
          schema.format == OutputFormat::jzd
              ? detail::write_jzd(*schema.layer, folder.staging() / detail::main_file_name(schema),
                                  schema.where, options, encoder, warnings)
              : detail::write_dataset(schema, folder.staging(), encoder, warnings);
      detail::finish_files(schema, folder.staging(), encoder);
    }
    if (schema.names_changed) {
      out.fields = folder.dir() / detail::field_map_name(schema);
      detail::write_field_map(schema, folder.staging() / detail::field_map_name(schema));
      warnings.push_back(schema.where + ": field names changed to " +
                         (detail::is_shapefile(schema.format) ? "fit the 10 bytes of a DBF name"
                                                              : "be unique ignoring case") +
                         " (" + renamed_fields(schema) + ") — the mapping is in " +
                         out.fields.string() + gbk_hint(schema, options));
    }
    written.push_back(std::move(out));
  }
  // Files of the earlier export that this one does not write again (a stale .qix, an old
  // fields.csv) go, so that no layer is left a mix of old and new.
  std::vector<std::string> stale;
  for (const std::string& name : existing) {
    if (!fs::exists(folder.staging() / name)) stale.push_back(name);
  }
  folder.commit(stale);
  return written;
}

}  // namespace landplan::io
