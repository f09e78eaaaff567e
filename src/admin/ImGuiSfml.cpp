#include "admin/ImGuiSfml.hpp"

#include <SFML/Window/Context.hpp>
#include <backends/imgui_impl_opengl2.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace lantern::admin {

namespace {

constexpr std::pair<sf::Keyboard::Key, int> kKeyTable[] = {
    {sf::Keyboard::Tab, ImGuiKey_Tab},
    {sf::Keyboard::Left, ImGuiKey_LeftArrow},
    {sf::Keyboard::Right, ImGuiKey_RightArrow},
    {sf::Keyboard::Up, ImGuiKey_UpArrow},
    {sf::Keyboard::Down, ImGuiKey_DownArrow},
    {sf::Keyboard::PageUp, ImGuiKey_PageUp},
    {sf::Keyboard::PageDown, ImGuiKey_PageDown},
    {sf::Keyboard::Home, ImGuiKey_Home},
    {sf::Keyboard::End, ImGuiKey_End},
    {sf::Keyboard::Insert, ImGuiKey_Insert},
    {sf::Keyboard::Delete, ImGuiKey_Delete},
    {sf::Keyboard::Backspace, ImGuiKey_Backspace},
    {sf::Keyboard::Space, ImGuiKey_Space},
    {sf::Keyboard::Enter, ImGuiKey_Enter},
    {sf::Keyboard::Escape, ImGuiKey_Escape},
    {sf::Keyboard::A, ImGuiKey_A},
    {sf::Keyboard::C, ImGuiKey_C},
    {sf::Keyboard::V, ImGuiKey_V},
    {sf::Keyboard::X, ImGuiKey_X},
    {sf::Keyboard::Y, ImGuiKey_Y},
    {sf::Keyboard::Z, ImGuiKey_Z},
};

// ImGui's default font is a 13 px pixel font: integer multiples stay crisp.
constexpr float kBaseFontPx = 13.0f;
constexpr float kReferenceHeight = 540.0f;

float scaleForHeight(unsigned height) {
    return std::max(1.0f, std::round(static_cast<float>(height) / kReferenceHeight));
}

int mouseIndex(sf::Mouse::Button button) {
    switch (button) {
    case sf::Mouse::Left:
        return 0;
    case sf::Mouse::Right:
        return 1;
    case sf::Mouse::Middle:
        return 2;
    default:
        return -1;
    }
}

bool isMouseEvent(sf::Event::EventType type) {
    return type == sf::Event::MouseMoved || type == sf::Event::MouseButtonPressed ||
           type == sf::Event::MouseButtonReleased || type == sf::Event::MouseWheelScrolled ||
           type == sf::Event::TouchBegan || type == sf::Event::TouchMoved ||
           type == sf::Event::TouchEnded;
}

} // namespace

std::optional<int> imguiKeyFor(sf::Keyboard::Key key) {
    for (const auto& [sfKey, imKey] : kKeyTable)
        if (sfKey == key) return imKey;
    return std::nullopt;
}

ImGuiSfml::~ImGuiSfml() {
    if (!m_context) return;
    sf::Context glContext;
    makeCurrent();
    ImGui_ImplOpenGL2_Shutdown();
    ImGui::DestroyContext(m_context);
}

bool ImGuiSfml::init(sf::RenderWindow& window, float uiScale) {
    if (m_context) return true;
    m_scale = uiScale > 0.0f ? uiScale : scaleForHeight(window.getSize().y);
    m_context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // a kiosk must not litter its working directory
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    for (int key = 0; key < ImGuiKey_COUNT; ++key)
        io.KeyMap[key] = key;
    ImFontConfig font;
    font.SizePixels = kBaseFontPx * m_scale;
    io.Fonts->AddFontDefault(&font);
    ImGui::StyleColorsDark();
    ImGui::GetStyle().ScaleAllSizes(m_scale);
    if (!window.setActive(true) || !ImGui_ImplOpenGL2_Init()) {
        ImGui::DestroyContext(m_context);
        m_context = nullptr;
        return false;
    }
    return true;
}

void ImGuiSfml::makeCurrent() const {
    ImGui::SetCurrentContext(m_context);
}

bool ImGuiSfml::processEvent(const sf::Event& event) {
    if (!m_context) return false;
    makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased:
        setKey(event.key.code, event.type == sf::Event::KeyPressed, event.key);
        return io.WantCaptureKeyboard;
    case sf::Event::TextEntered:
        if (event.text.unicode >= 32 && event.text.unicode != 127)
            io.AddInputCharacter(event.text.unicode);
        return io.WantCaptureKeyboard;
    case sf::Event::MouseMoved:
        io.MousePos =
            ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
        break;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased:
        io.MousePos = ImVec2(static_cast<float>(event.mouseButton.x),
                             static_cast<float>(event.mouseButton.y));
        setMouseButton(event.mouseButton.button, event.type == sf::Event::MouseButtonPressed);
        break;
    case sf::Event::MouseWheelScrolled:
        if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
            io.MouseWheel += event.mouseWheelScroll.delta;
        else
            io.MouseWheelH += event.mouseWheelScroll.delta;
        break;
    case sf::Event::TouchBegan:
    case sf::Event::TouchMoved:
    case sf::Event::TouchEnded:
        // A kiosk finger is the left mouse button.
        io.MousePos = ImVec2(static_cast<float>(event.touch.x), static_cast<float>(event.touch.y));
        if (event.type != sf::Event::TouchMoved)
            setMouseButton(sf::Mouse::Left, event.type == sf::Event::TouchBegan);
        break;
    case sf::Event::Resized:
        io.DisplaySize =
            ImVec2(static_cast<float>(event.size.width), static_cast<float>(event.size.height));
        return false;
    case sf::Event::LostFocus:
        releaseInputs();
        return false;
    default:
        return false;
    }
    return isMouseEvent(event.type) && io.WantCaptureMouse;
}

void ImGuiSfml::setKey(sf::Keyboard::Key key, bool down, const sf::Event::KeyEvent& mods) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = mods.control;
    io.KeyShift = mods.shift;
    io.KeyAlt = mods.alt;
    io.KeySuper = mods.system;
    if (const auto slot = imguiKeyFor(key)) io.KeysDown[*slot] = down;
}

void ImGuiSfml::setMouseButton(sf::Mouse::Button button, bool down) {
    const int index = mouseIndex(button);
    if (index < 0) return;
    m_held[index] = down;
    if (down) m_pressedThisFrame[index] = true;
}

void ImGuiSfml::releaseInputs() {
    if (!m_context) return;
    makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
    m_held = {};
    m_pressedThisFrame = {};
}

void ImGuiSfml::newFrame(sf::RenderWindow& window, float dtSeconds) {
    if (!m_context) return;
    makeCurrent();
    ImGuiIO& io = ImGui::GetIO();
    const sf::Vector2u size = window.getSize();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    io.DeltaTime = std::max(dtSeconds, 1.0e-4f);
    for (std::size_t i = 0; i < m_held.size(); ++i) {
        io.MouseDown[i] = m_held[i] || m_pressedThisFrame[i];
        m_pressedThisFrame[i] = false;
    }
    (void)window.setActive(true); // the backend uploads its font texture on the first frame
    ImGui_ImplOpenGL2_NewFrame();
    ImGui::NewFrame();
}

void ImGuiSfml::render(sf::RenderWindow& window) {
    if (!m_context) return;
    makeCurrent();
    ImGui::Render();
    window.pushGLStates();
    ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
    window.popGLStates();
}

} // namespace lantern::admin
