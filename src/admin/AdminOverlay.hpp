#pragma once

#include "admin/OverlayStatus.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

#include <memory>

namespace lantern::admin {

class ImGuiSfml;

// The admin overlay drawn over the player. Hidden by default; F1 toggles it. While hidden it
// passes every other event through and frame() does nothing, so the player pays nothing for it.
// ImGui is only set up the first time the overlay is shown.
class AdminOverlay {
public:
    static constexpr sf::Keyboard::Key kToggleKey = sf::Keyboard::F1;

    AdminOverlay();
    ~AdminOverlay();
    AdminOverlay(const AdminOverlay&) = delete;
    AdminOverlay& operator=(const AdminOverlay&) = delete;

    // True if the overlay consumed the event (the toggle key, or input ImGui wants while
    // visible); the player must then ignore it.
    bool handleEvent(const sf::Event& event);
    // Draws the overlay over the window's current contents; call after the player has drawn and
    // before window.display(). No-op while hidden.
    void frame(sf::RenderWindow& window, const OverlayStatus& status, float dtSeconds);

    [[nodiscard]] bool visible() const { return m_visible; }
    void show() { requestOpen(); }
    void hide();

private:
    // The one place that decides whether the overlay may open. A PIN prompt goes here: it will
    // open a locked state that only shows the PIN panel until the PIN is verified.
    void requestOpen();
    void toggle();

    bool m_visible = false;
    std::unique_ptr<ImGuiSfml> m_gui; // created on the first visible frame
};

} // namespace lantern::admin
