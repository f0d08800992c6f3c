// The headless map.
#include "viewer/offscreen.hpp"

#include <X11/Xlib.h>

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Context.hpp>
#include <cstdlib>
#include <stdexcept>

namespace landplan::viewer {

std::string display_problem() {
  const char* name = std::getenv("DISPLAY");
  if (!name || !*name) return "DISPLAY is not set";
  Display* display = XOpenDisplay(nullptr);
  if (!display) return std::string("cannot open display ") + name;
  XCloseDisplay(display);
  return "";
}

std::string gl_renderer() {
  sf::Context context;  // any current context answers
  const GLubyte* name = glGetString(GL_RENDERER);
  return name ? reinterpret_cast<const char*>(name) : "";
}

bool is_software_renderer(const std::string& renderer) {
  for (const char* soft : {"llvmpipe", "softpipe", "swrast", "Software Rasterizer"})
    if (renderer.find(soft) != std::string::npos) return true;
  return false;
}

OffscreenMap::OffscreenMap(const MapModel& map, const RenderSettings& settings)
    : settings_(settings) {
  sf::ContextSettings context;
  context.antialiasingLevel = settings.antialiasing;
  if (!texture_.create(settings.width, settings.height, context)) {
    throw std::runtime_error("cannot create a " + std::to_string(settings.width) + "x" +
                             std::to_string(settings.height) + " OpenGL render texture");
  }
  texture_.setActive(true);
  canvas_ = std::make_unique<MapCanvas>(map, settings.font_file);
  canvas_->prepare(map);
}

FrameOptions OffscreenMap::frame_options() const {
  FrameOptions o;
  Decorations& d = o.decorations;
  d.ui_scale = static_cast<float>(settings_.dpi / 96.0);
  d.labels = settings_.labels;
  d.title = d.legend = d.scale_bar = d.north_arrow = settings_.decorations;
  d.scale_dpi = settings_.dpi;
  d.area = {0, 0, static_cast<double>(settings_.width), static_cast<double>(settings_.height)};
  return o;
}

FrameResult OffscreenMap::draw(const MapModel& map, const ViewTransform& view,
                               const FrameOptions& options) {
  texture_.setActive(true);
  texture_.clear(kBackground);
  FrameResult result = canvas_->draw(texture_, map, view, options);
  texture_.display();
  return result;
}

FrameResult OffscreenMap::draw_complete(const MapModel& map, const ViewTransform& view) {
  FrameResult result = draw(map, view);
  while (canvas_->renderer().refining()) result = draw(map, view);
  return result;
}

void OffscreenMap::finish() {
  texture_.setActive(true);
  glFinish();
}

sf::Image OffscreenMap::image() {
  return texture_.getTexture().copyToImage();
}

}  // namespace landplan::viewer
