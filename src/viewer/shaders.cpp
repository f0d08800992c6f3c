// Compiling the embedded shaders.
#include "viewer/shaders.hpp"

#include <stdexcept>
#include <string>

#include "viewer/shaders_embedded.hpp"

namespace landplan::viewer {
namespace {

void load(sf::Shader& shader, std::string_view name) {
  if (!shader.loadFromMemory(std::string(embedded_shader(name)), sf::Shader::Fragment)) {
    throw std::runtime_error("shader " + std::string(name) +
                             " does not compile (see the GL log above)");
  }
}

}  // namespace

std::string_view embedded_shader(std::string_view name) {
  for (const embedded::Shader& shader : embedded::kShaders)
    if (shader.name == name) return shader.source;
  throw std::out_of_range("no embedded shader " + std::string(name));
}

Shaders::Shaders() {
  if (!sf::Shader::isAvailable()) {
    throw std::runtime_error("this OpenGL driver has no GLSL shaders, which the map needs");
  }
  load(hatch, "hatch.frag");
}

}  // namespace landplan::viewer
