// Loading the project's map for the viewer and the renderer.
#include "map_loading.hpp"

#include "common.hpp"
#include "map_request.hpp"
#include "viewer/plan_layers.hpp"

namespace landplan::cli {

viewer::MapModel load_cli_map(const std::string& project, const std::string& layers,
                              unsigned width, unsigned height, bool lenient, bool meshes) {
  viewer::LoadOptions load;
  load.layers = parse_list(layers);
  load.view_width = width;
  load.view_height = height;
  load.lenient = lenient;
  load.meshes = meshes;
  viewer::MapModel map = viewer::load_map(project, load);
  viewer::add_plan_results(map, viewer::plan_of(map));
  print_warnings(map.warnings);
  return map;
}

}  // namespace landplan::cli
