// Dear ImGui inside an SFML window: our own small adapter from SFML events to ImGui's input
// (Debian has no ImGui-SFML package) and ImGui's OpenGL2 backend for drawing.
#pragma once

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>
#include <string>
#include <vector>

namespace landplan::viewer {

class ImGuiLayer {
 public:
  // `font_file` must have Chinese glyphs; `extra_text` is UTF-8 whose characters the font atlas
  // must hold besides the common Simplified Chinese set (village names, attribute values).
  ImGuiLayer(const std::string& font_file, float ui_scale,
             const std::vector<std::string>& extra_text);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  void process_event(const sf::Event& event);
  void new_frame(const sf::RenderWindow& window, float dt_seconds);
  void render(sf::RenderWindow& window);

  bool wants_mouse() const;
  bool wants_keyboard() const;

 private:
  // ImGui 1.86 reads button state once per frame: a press and release between two frames would
  // be lost, so such a release is held back one frame.
  bool pressed_since_frame_[3] = {false, false, false};
  bool release_next_frame_[3] = {false, false, false};
};

}  // namespace landplan::viewer
