#pragma once

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>
#include <SFML/Window/Keyboard.hpp>

#include <array>
#include <optional>

struct ImGuiContext;

namespace lantern::admin {

// The ImGuiKey_ slot (ImGui 1.86 legacy key enum) for an SFML key, or nullopt if ImGui has no use
// for it. io.KeyMap is the identity, so io.KeysDown is indexed by these slots.
[[nodiscard]] std::optional<int> imguiKeyFor(sf::Keyboard::Key key);

// The single ImGui <-> SFML seam (STYLE.md §2): SFML events in, ImGui draw data out through the
// OpenGL2 backend. Owns one ImGui context; every call makes it current, so several instances may
// coexist. It may outlive its window: shutdown runs under a temporary sf::Context, which shares
// GL resources with every SFML window.
class ImGuiSfml {
public:
    ImGuiSfml() = default;
    ~ImGuiSfml();
    ImGuiSfml(const ImGuiSfml&) = delete;
    ImGuiSfml& operator=(const ImGuiSfml&) = delete;

    // Creates the context and the GL2 renderer for this window; false if the backend refuses.
    // uiScale multiplies fonts and spacing; 0 picks one from the window height (2 at 1080p).
    [[nodiscard]] bool init(sf::RenderWindow& window, float uiScale = 0.0f);
    [[nodiscard]] bool initialized() const { return m_context != nullptr; }

    // Feeds the event to ImGui. True if ImGui wants it (its WantCapture* flags from the last
    // frame), in which case the app should not act on it.
    bool processEvent(const sf::Event& event);
    // Forgets held keys and buttons, e.g. when the overlay hides mid-press.
    void releaseInputs();

    void newFrame(sf::RenderWindow& window, float dtSeconds);
    // Ends the frame and draws it over whatever the window holds, inside push/popGLStates.
    void render(sf::RenderWindow& window);

    [[nodiscard]] float uiScale() const { return m_scale; }
    [[nodiscard]] ImGuiContext* context() const { return m_context; }

private:
    void makeCurrent() const;
    void setKey(sf::Keyboard::Key key, bool down, const sf::Event::KeyEvent& mods);
    void setMouseButton(sf::Mouse::Button button, bool down);

    ImGuiContext* m_context = nullptr;
    float m_scale = 1.0f;
    // A press and release within one frame must still register as a click.
    std::array<bool, 3> m_pressedThisFrame{};
    std::array<bool, 3> m_held{};
};

} // namespace lantern::admin
