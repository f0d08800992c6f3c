// The GLSL programs of shaders/, compiled from the copies embedded at build time.
#pragma once

#include <SFML/Graphics/Shader.hpp>
#include <string_view>

namespace landplan::viewer {

// The source of an embedded shader file ("fill.frag"); throws std::out_of_range if absent.
std::string_view embedded_shader(std::string_view name);

// Needs an OpenGL context (a window or a render texture exists). Throws std::runtime_error
// when the driver has no GLSL or a shader does not compile. Plain fills need no shader: colour
// and opacity are in the vertices, which Mesa's software renderer draws fastest.
struct Shaders {
  Shaders();
  sf::Shader hatch;  // hatched results and conflicts
};

}  // namespace landplan::viewer
