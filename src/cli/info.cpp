// `landplan info SOURCE`: what a dataset holds — layers, counts, geometry, CRS, extent, encoding.
#include <fmt/format.h>

#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "landplan/io/read.hpp"
#include "landplan/project.hpp"

namespace landplan::cli {

Action add_info_command(CLI::App& app) {
  struct Options {
    std::string source, layer, source_encoding;
    FormatFlags output;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand("info", "List the layers of a dataset or project");
  command->add_option("SOURCE", options->source, "GDAL dataset or project.toml")->required();
  command->add_option("--layer", options->layer, "only this layer");
  command->add_option("--source-encoding", options->source_encoding,
                      "text encoding of shapefiles without .cpg and of CSV, e.g. GBK");
  add_format_flags(*command, options->output);
  return [options] {
    tables_format(options->output);  // refuses a bad --format or --out before the work
    report::Table table;
    for (const char* name : {"source", "layer", "features", "geometry", "crs", "extent", "encoding"})
      table.add_column(name);
    Warnings warnings;
    std::vector<std::pair<std::string, std::string>> sources;  // dataset, layer
    if (is_project_file(options->source)) {
      Project project = load_project(options->source, warnings);
      for (const LayerSpec& spec : project.layers) sources.emplace_back(spec.source, spec.layer);
    } else {
      sources.emplace_back(options->source, options->layer);
    }
    for (const auto& [source, layer] : sources) {
      io::ReadOptions read{.layer = layer, .assume_crs = {},
                           .source_encoding = options->source_encoding};
      for (const io::LayerInfo& info : io::describe(source, read)) {
        std::string extent = info.extent.empty() ? "" : fmt::format("{:.3f},{:.3f},{:.3f},{:.3f}",
            info.extent.minx, info.extent.miny, info.extent.maxx, info.extent.maxy);
        table.rows.push_back({source, info.name, static_cast<std::int64_t>(info.feature_count),
                              info.geometry_type, info.crs.empty() ? "(none)" : info.crs, extent,
                              info.encoding});
      }
    }
    print_warnings(warnings);
    print_table(std::move(table), options->output, warnings, "图层");
    return 0;
  };
}

}  // namespace landplan::cli
