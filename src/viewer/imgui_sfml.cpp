// The SFML → ImGui 1.86 adapter: keys go to io.KeysDown indexed by sf::Keyboard::Key.
#include "viewer/imgui_sfml.hpp"

#include <backends/imgui_impl_opengl2.h>
#include <imgui.h>

#include <SFML/Graphics/VertexBuffer.hpp>
#include <algorithm>

namespace landplan::viewer {
namespace {

// Every character the panels' own words use (the common set lacks a few, such as 椭).
constexpr const char* kInterfaceText =
    "工具全图测距离面积保存搜索村庄地名图层上显示例缩放不透明度按分类属性字段值空长度至要素量周"
    "少三点椭球单击加双或回车结束取消比尺约已无法冲突界块亩²°·—…（）：";

void map_keys(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
  io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
  io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
  io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
  io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
  io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
  io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
  io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
  io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
  io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
  io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
  io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
  io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
  io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
  io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
  io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Enter;
  io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
  io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
  io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
  io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
  io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
  io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
}

}  // namespace

ImGuiLayer::ImGuiLayer(const std::string& font_file, float ui_scale,
                       const std::vector<std::string>& extra_text) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // panels open where the program puts them, every time
  map_keys(io);
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 4.0f;
  style.FrameRounding = 3.0f;
  style.ScaleAllSizes(ui_scale);
  // The common set misses rarer characters of place names; add every character the data has.
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
  builder.AddText(kInterfaceText);
  for (const std::string& text : extra_text) builder.AddText(text.c_str());
  static ImVector<ImWchar> ranges;  // must outlive the atlas build
  ranges.clear();
  builder.BuildRanges(&ranges);
  io.Fonts->AddFontFromFileTTF(font_file.c_str(), 15.0f * ui_scale, nullptr, ranges.Data);
  ImGui_ImplOpenGL2_Init();
}

ImGuiLayer::~ImGuiLayer() {
  ImGui_ImplOpenGL2_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiLayer::process_event(const sf::Event& event) {
  ImGuiIO& io = ImGui::GetIO();
  switch (event.type) {
    case sf::Event::MouseMoved:
      io.MousePos = ImVec2(float(event.mouseMove.x), float(event.mouseMove.y));
      break;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased: {
      int button = event.mouseButton.button;
      if (button < 0 || button >= 3) break;
      io.MousePos = ImVec2(float(event.mouseButton.x), float(event.mouseButton.y));
      if (event.type == sf::Event::MouseButtonPressed) {
        io.MouseDown[button] = true;
        pressed_since_frame_[button] = true;
      } else if (pressed_since_frame_[button]) {
        release_next_frame_[button] = true;
      } else {
        io.MouseDown[button] = false;
      }
      break;
    }
    case sf::Event::MouseWheelScrolled:
      if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
        io.MouseWheel += event.mouseWheelScroll.delta;
      else
        io.MouseWheelH += event.mouseWheelScroll.delta;
      break;
    case sf::Event::MouseLeft:
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
      bool down = event.type == sf::Event::KeyPressed;
      if (event.key.code >= 0 && event.key.code < 512) io.KeysDown[event.key.code] = down;
      io.KeyCtrl = event.key.control;
      io.KeyShift = event.key.shift;
      io.KeyAlt = event.key.alt;
      io.KeySuper = event.key.system;
      break;
    }
    case sf::Event::TextEntered:
      // Control characters arrive as key presses; only printable text goes to text fields.
      if (event.text.unicode >= 32 && event.text.unicode != 127)
        io.AddInputCharacter(event.text.unicode);
      break;
    case sf::Event::LostFocus:
      std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
      break;
    default:
      break;
  }
}

void ImGuiLayer::new_frame(const sf::RenderWindow& window, float dt_seconds) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(float(window.getSize().x), float(window.getSize().y));
  io.DeltaTime = std::max(dt_seconds, 1e-4f);
  ImGui_ImplOpenGL2_NewFrame();
  ImGui::NewFrame();
  for (int b = 0; b < 3; ++b) {
    if (release_next_frame_[b]) io.MouseDown[b] = false;
    release_next_frame_[b] = pressed_since_frame_[b] = false;
  }
}

void ImGuiLayer::render(sf::RenderWindow& window) {
  ImGui::Render();
  window.pushGLStates();
  // ImGui's OpenGL2 backend draws from client memory: no vertex buffer may stay bound.
  sf::VertexBuffer::bind(nullptr);
  ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
  window.popGLStates();
}

bool ImGuiLayer::wants_mouse() const {
  return ImGui::GetIO().WantCaptureMouse;
}
bool ImGuiLayer::wants_keyboard() const {
  return ImGui::GetIO().WantCaptureKeyboard;
}

}  // namespace landplan::viewer
